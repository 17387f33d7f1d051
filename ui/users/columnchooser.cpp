#include "users/columnchooser.h"

#include <QHeaderView>
#include <QMenu>

namespace ra {

ColumnChooser::ColumnChooser(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

QList<int> ColumnChooser::visibleColumns() const
{
    QList<int> columns;
    if (!m_header)
        return columns;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void ColumnChooser::setColumnVisible(int logical, bool visible)
{
    if (!m_header || logical < 0 || logical >= m_header->count())
        return;
    if (!visible && visibleColumns() == QList<int>{logical})
        return; // keep one column
    m_header->setSectionHidden(logical, !visible);
    emit changed();
}

QMenu *ColumnChooser::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    if (!m_header || !m_header->model())
        return menu;
    const QList<int> visible = visibleColumns();
    for (int logical = 0; logical < m_header->count(); ++logical) {
        const QString title = m_header->model()->headerData(logical, Qt::Horizontal).toString();
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        action->setEnabled(!(visible.size() == 1 && visible.first() == logical));
        action->setObjectName(QStringLiteral("column%1").arg(logical));
        auto *self = const_cast<ColumnChooser *>(this);
        connect(action, &QAction::toggled, self,
                [self, logical](bool on) { self->setColumnVisible(logical, on); });
    }
    menu->addSeparator();
    QAction *all = menu->addAction(tr("Show All Columns"));
    auto *self = const_cast<ColumnChooser *>(this);
    connect(all, &QAction::triggered, self, [self] {
        for (int logical = 0; self->m_header && logical < self->m_header->count(); ++logical)
            self->m_header->setSectionHidden(logical, false);
        emit self->changed();
    });
    return menu;
}

void ColumnChooser::showMenu(const QPoint &pos)
{
    if (!m_header)
        return;
    QMenu *menu = createMenu(m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->viewport()->mapToGlobal(pos));
}

} // namespace ra
