#include "panes/inlineeditdelegate.h"

#include <QLineEdit>

namespace ra {

QWidget *InlineEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Q_UNUSED(option)
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("inlineEditor"));
    editor->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid palette(highlight); "
                                         "background: palette(base); padding: 0 2px; }"));
    // createEditor() is const by Qt's contract; the signal only reports that editing began.
    emit const_cast<InlineEditDelegate *>(this)->editingStarted(QPersistentModelIndex(index));
    return editor;
}

void InlineEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(index.data(Qt::DisplayRole).toString());
        line->selectAll();
    }
}

void InlineEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    Q_UNUSED(model)
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        emit const_cast<InlineEditDelegate *>(this)->committed(QPersistentModelIndex(index),
                                                               line->text().trimmed());
}

} // namespace ra
