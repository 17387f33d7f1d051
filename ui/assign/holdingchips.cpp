#include "assign/holdingchips.h"

#include "assign/holdingchip.h"
#include "assign/memberholdings.h"
#include "assign/tileflowlayout.h"
#include "item/roletablemodel.h"
#include "stores/userdetailstore.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace ra {

namespace {
const QString everyoneRole = QStringLiteral("@all");
}

HoldingChips::HoldingChips(UserDetailStore &details, MemberHoldings &holdings, QWidget *parent)
    : QWidget(parent)
    , m_details(details)
    , m_holdings(holdings)
    , m_rolesTitle(new QLabel(this))
    , m_roleBox(new QWidget(this))
    , m_roleFlow(new TileFlowLayout(m_roleBox, 4))
    , m_rolesNote(new QLabel(this))
    , m_badgesTitle(new QLabel(this))
    , m_badgeBox(new QWidget(this))
    , m_badgeFlow(new TileFlowLayout(m_badgeBox, 4))
    , m_badgesNote(new QLabel(this))
{
    setObjectName(QStringLiteral("holdingChips"));
    m_roleFlow->setContentsMargins(0, 0, 0, 0);
    m_badgeFlow->setContentsMargins(0, 0, 0, 0);
    for (QLabel *note : {m_rolesNote, m_badgesNote}) {
        note->setWordWrap(true);
        note->setEnabled(false); // secondary text
    }
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_rolesTitle, 0, 0, Qt::AlignTop);
    grid->addWidget(m_roleBox, 0, 1);
    grid->addWidget(m_rolesNote, 1, 1);
    grid->addWidget(m_badgesTitle, 2, 0, Qt::AlignTop);
    grid->addWidget(m_badgeBox, 2, 1);
    grid->addWidget(m_badgesNote, 3, 1);
    grid->setColumnStretch(1, 1);

    connect(&m_details, &UserDetailStore::userChanged, this, &HoldingChips::rebuild);
    connect(&m_details, &UserDetailStore::rolesLoaded, this, &HoldingChips::rebuild);
    connect(&m_details, &UserDetailStore::loadFailed, this, &HoldingChips::rebuild);
    connect(&m_holdings, &MemberHoldings::holdingsChanged, this,
            [this](const QString &userId, const AssignTarget &target) {
                if (userId != m_details.userId())
                    return;
                if (target.kind == AssignTarget::Kind::Role)
                    m_details.reloadRoles(); // the server says what is held now
                else
                    rebuild();
            });
    retranslate();
}

HoldingChip *HoldingChips::chip(AssignTarget::Kind kind, const QString &id) const
{
    for (HoldingChip *c : m_chips) {
        if (c->target().kind == kind && c->target().id == id)
            return c;
    }
    return nullptr;
}

HoldingChip *HoldingChips::addChip(const AssignTarget &target, bool removable, QWidget *box,
                                   TileFlowLayout *flow)
{
    auto *c = new HoldingChip(target, m_details.userId(), removable, m_panel ? m_panel : this, box);
    connect(c, &HoldingChip::removeRequested, this,
            [this](const AssignTarget &t) { emit removeRequested(t, m_details.userId()); });
    flow->addWidget(c);
    m_chips.append(c);
    return c;
}

void HoldingChips::rebuild()
{
    // A chip may be the one whose Delete brought us here: delete later.
    for (HoldingChip *c : std::as_const(m_chips)) {
        c->hide();
        c->deleteLater();
    }
    m_chips.clear();
    const QString userId = m_details.userId();
    for (const Role &r : m_details.roles()) {
        AssignTarget t;
        t.kind = AssignTarget::Kind::Role;
        t.id = r.id;
        t.name = r.title;
        t.serverId = r.serverId;
        addChip(t, r.title != everyoneRole, m_roleBox, m_roleFlow)
            ->setSwatch(RoleTableModel::colorOf(r.colorClass));
    }
    for (const Badge &b : m_holdings.knownBadges(userId)) {
        AssignTarget t;
        t.kind = AssignTarget::Kind::Badge;
        t.id = b.id;
        t.name = b.title.isEmpty() ? b.id : b.title;
        addChip(t, true, m_badgeBox, m_badgeFlow);
    }
    retranslate();
}

void HoldingChips::retranslate()
{
    m_rolesTitle->setText(tr("Roles:"));
    m_badgesTitle->setText(tr("Badges:"));
    const bool rolesFailed = m_details.error(UserDetailStore::Part::Roles).isError();
    const bool hasRoles = !m_details.roles().isEmpty();
    m_rolesNote->setVisible(rolesFailed || !hasRoles);
    m_rolesNote->setText(rolesFailed
                             ? tr("The roles could not be loaded: %1")
                                   .arg(m_details.error(UserDetailStore::Part::Roles).userText())
                             : tr("No roles on this server."));
    const bool knowsBadges = m_holdings.badgeKnown(m_details.userId());
    m_badgesNote->setText(
        knowsBadges ? tr("Known from award replies in this session; the API lists no badges "
                         "per member.")
                    : tr("Not known: the API lists no badges per member. Badges show here "
                         "once an award reply in this session names them."));
}

void HoldingChips::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ra
