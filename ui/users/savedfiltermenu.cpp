#include "users/savedfiltermenu.h"

#include "settings/appsettings.h"
#include "settings/profilestore.h"

#include <QEvent>

namespace ra {

SavedFilterMenu::SavedFilterMenu(AppSettings &settings, ProfileStore &profiles, QWidget *parent)
    : QMenu(parent)
    , m_settings(settings)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("savedFilterMenu"));
    connect(this, &QMenu::aboutToShow, this, &SavedFilterMenu::rebuild);
    rebuild();
}

void SavedFilterMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

QStringList SavedFilterMenu::names() const
{
    return m_settings.savedUserFilters(m_profiles.activeId()).keys();
}

void SavedFilterMenu::saveFilter(const QString &name, const UserFilterSpec &spec)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QMap<QString, QString> filters = m_settings.savedUserFilters(m_profiles.activeId());
    filters.insert(trimmed, spec.toSaved());
    m_settings.setSavedUserFilters(m_profiles.activeId(), filters);
    rebuild();
}

void SavedFilterMenu::removeFilter(const QString &name)
{
    QMap<QString, QString> filters = m_settings.savedUserFilters(m_profiles.activeId());
    if (filters.remove(name) == 0)
        return;
    m_settings.setSavedUserFilters(m_profiles.activeId(), filters);
    rebuild();
}

void SavedFilterMenu::choose(const QString &name)
{
    const QMap<QString, QString> filters = m_settings.savedUserFilters(m_profiles.activeId());
    if (!filters.contains(name)) {
        emit failed(tr("There is no saved filter named \"%1\".").arg(name));
        return;
    }
    UserFilterSpec spec;
    QString error;
    if (!UserFilterSpec::fromSaved(filters.value(name), &spec, &error)) {
        emit failed(tr("The saved filter \"%1\" cannot be read: %2").arg(name, error));
        return;
    }
    emit chosen(spec, name);
}

void SavedFilterMenu::rebuild()
{
    // clear() drops the actions but not the "Delete" submenu made last time, a child.
    qDeleteAll(findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
    clear();
    const QStringList saved = names();
    for (const QString &name : saved)
        connect(addAction(name), &QAction::triggered, this, [this, name] { choose(name); });
    if (saved.isEmpty())
        addAction(tr("No saved filters"))->setEnabled(false);
    addSeparator();
    QAction *save = addAction(tr("&Save Current Filter…"));
    save->setObjectName(QStringLiteral("saveFilterAction"));
    connect(save, &QAction::triggered, this, &SavedFilterMenu::saveRequested);
    QMenu *remove = addMenu(tr("&Delete"));
    remove->setEnabled(!saved.isEmpty());
    for (const QString &name : saved)
        connect(remove->addAction(name), &QAction::triggered, this,
                [this, name] { removeFilter(name); });
}

} // namespace ra
