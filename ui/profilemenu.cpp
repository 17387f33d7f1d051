#include "profilemenu.h"

#include "iconfactory.h"
#include "settings/profilestore.h"

#include <QActionGroup>
#include <QEvent>

namespace ra {

ProfileMenu::ProfileMenu(ProfileStore &profiles, QWidget *parent)
    : QMenu(parent)
    , m_profiles(profiles)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("switchProfileMenu"));
    m_group->setExclusive(true);
    for (auto signal : {&ProfileStore::profileAdded, &ProfileStore::profileRemoved,
                        &ProfileStore::profileChanged, &ProfileStore::activeProfileChanged})
        connect(&m_profiles, signal, this, &ProfileMenu::rebuild);
    rebuild();
}

void ProfileMenu::rebuild()
{
    setTitle(tr("&Switch profile"));
    clear();
    const QList<QAction *> old = m_group->actions();
    for (QAction *action : old) {
        m_group->removeAction(action);
        action->deleteLater();
    }
    for (const ConnectionProfile &profile : m_profiles.profiles()) {
        auto *action = new QAction(tr("%1 (%2)").arg(profile.name, profile.environment()), m_group);
        action->setIcon(IconFactory::environmentIcon(profile.environmentKind()));
        action->setCheckable(true);
        action->setChecked(profile.id == m_profiles.activeId());
        action->setObjectName(QStringLiteral("profileAction_") + profile.id);
        action->setData(profile.id);
        action->setStatusTip(tr("Connect to %1").arg(profile.name));
        connect(action, &QAction::triggered, this,
                [this, id = profile.id] { m_profiles.setActive(id); });
        addAction(action);
    }
}

void ProfileMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

} // namespace ra
