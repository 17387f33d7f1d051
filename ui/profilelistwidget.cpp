#include "profilelistwidget.h"

#include "iconfactory.h"
#include "profileitemdelegate.h"

namespace ra {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ProfileListWidget::ProfileListWidget(QWidget *parent)
    : QListWidget(parent)
{
    setIconSize(QSize(22, 22));
    setUniformItemSizes(true);
    setItemDelegate(new ProfileItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void ProfileListWidget::setProfiles(const QList<ConnectionProfile> &profiles,
                                    const QString &activeId)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const ConnectionProfile &profile : profiles) {
        auto *item = new QListWidgetItem(this);
        item->setData(IdRole, profile.id);
        const bool active = profile.id == activeId;
        QStringList details{profile.environment()};
        if (profile.builtIn)
            details.append(tr("built-in"));
        if (active)
            details.append(tr("active"));
        const QString detail = details.join(QStringLiteral(" · "));
        item->setText(profile.name);
        item->setData(ProfileItemDelegate::DetailRole, detail);
        item->setData(ProfileItemDelegate::ActiveRole, active);
        item->setIcon(IconFactory::environmentIcon(profile.environmentKind()));
        item->setToolTip(tr("%1 (%2)").arg(profile.name, detail));
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(profile.name, detail));
    }
    applyFilter();
}

void ProfileListWidget::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    applyFilter();
}

void ProfileListWidget::applyFilter()
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        const QString text =
            it->text() + QLatin1Char(' ') + it->data(ProfileItemDelegate::DetailRole).toString();
        it->setHidden(!m_filter.isEmpty() && !text.contains(m_filter, Qt::CaseInsensitive));
    }
}

void ProfileListWidget::selectProfile(const QString &id)
{
    const QSignalBlocker blocker(this);
    if (QListWidgetItem *it = itemFor(id)) {
        setCurrentItem(it);
        return;
    }
    setCurrentItem(nullptr);
    clearSelection();
}

QString ProfileListWidget::profileId(const QListWidgetItem *item)
{
    return item ? item->data(IdRole).toString() : QString();
}

QListWidgetItem *ProfileListWidget::itemFor(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(IdRole).toString() == id)
            return item(i);
    }
    return nullptr;
}

} // namespace ra
