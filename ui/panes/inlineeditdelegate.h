#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace ra {

// The in-place editor of an entity table: a line edit with a strong frame in the highlight
// colour, so the cell is visibly in edit mode, holding the cell's shown text, all selected.
// It never writes to the model: committing (Enter, or leaving the cell) emits committed() with
// the trimmed text, and the pane decides whether and how to send it. GUI thread.
class InlineEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    void editingStarted(const QPersistentModelIndex &index);
    void committed(const QPersistentModelIndex &index, const QString &text);
};

} // namespace ra
