#include "history/fieldhistoryaction.h"

#include "users/customfieldsview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>

namespace ra {

FieldHistoryAction::FieldHistoryAction(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
    , m_action(new QAction(view))
{
    // Ctrl+H on the focused list, or its context menu.
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_action->setShortcutContext(Qt::WidgetShortcut);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(m_action);
    view->installEventFilter(this);
    retranslate();
    connect(m_action, &QAction::triggered, this, [this] {
        const QString field = currentField();
        if (!field.isEmpty())
            emit requested(field);
    });
}

QString FieldHistoryAction::currentField() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    // The typed list keeps each row's field key beside the name it shows.
    const QModelIndex name = current.siblingAtColumn(0);
    const QString key = name.data(CustomFieldsView::FieldKeyRole).toString();
    return key.isEmpty() ? name.data().toString().trimmed() : key;
}

bool FieldHistoryAction::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::ContextMenu)
        m_action->setEnabled(!currentField().isEmpty());
    return QObject::eventFilter(watched, event);
}

void FieldHistoryAction::retranslate()
{
    m_action->setText(tr("&History"));
    m_action->setToolTip(tr("Show how this field of the member changed over time"));
}

} // namespace ra
