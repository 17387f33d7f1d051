#include "overview/overviewpane.h"

#include "charts/countchart.h"
#include "overview/communityoverview.h"
#include "overview/countseriesmodel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ra {

namespace {
enum TopColumn { Rank, Member, Xp, Coins, TopColumnCount };
} // namespace

OverviewPane::OverviewPane(CommunityOverview &overview, QWidget *parent)
    : QWidget(parent)
    , m_overview(overview)
    , m_heading(new QLabel(this))
    , m_total(new QLabel(this))
    , m_joined(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_joinsChart(new CountChart(this))
    , m_xpChart(new CountChart(this))
    , m_coinsChart(new CountChart(this))
    , m_topTitle(new QLabel(this))
    , m_top(new QTableWidget(0, TopColumnCount, this))
{
    setObjectName(QStringLiteral("overviewPane"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont figureFont = m_total->font();
    figureFont.setPointSizeF(figureFont.pointSizeF() * 1.15);
    m_total->setFont(figureFont);
    m_joined->setFont(figureFont);
    m_status->setWordWrap(true);
    QFont bold = m_topTitle->font();
    bold.setBold(true);
    m_topTitle->setFont(bold);

    m_joinsChart->setModel(overview.joins());
    m_xpChart->setModel(overview.xp());
    m_xpChart->setColor(QColor(0x2f, 0x6f, 0xd6));
    m_coinsChart->setModel(overview.coins());
    m_coinsChart->setColor(QColor(0xe0, 0x9b, 0x12));
    m_joinsChart->setColor(QColor(0x2e, 0x9d, 0x5b));

    m_top->verticalHeader()->setVisible(false);
    m_top->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_top->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_top->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_top->horizontalHeader()->setSectionResizeMode(Member, QHeaderView::Stretch);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_refresh);
    auto *figures = new QHBoxLayout;
    figures->addWidget(m_total);
    figures->addSpacing(24);
    figures->addWidget(m_joined);
    figures->addStretch(1);
    auto *topBox = new QVBoxLayout;
    topBox->addWidget(m_topTitle);
    topBox->addWidget(m_top, 1);
    auto *grid = new QGridLayout;
    grid->addWidget(m_joinsChart, 0, 0);
    grid->addLayout(topBox, 0, 1);
    grid->addWidget(m_xpChart, 1, 0);
    grid->addWidget(m_coinsChart, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(figures);
    layout->addWidget(m_status);
    layout->addLayout(grid, 1);

    connect(m_refresh, &QPushButton::clicked, this, &OverviewPane::refresh);
    connect(&overview, &CommunityOverview::changed, this, &OverviewPane::showNumbers);
    retranslate();
}

OverviewPane::~OverviewPane() = default;

void OverviewPane::refresh()
{
    m_overview.reload();
}

void OverviewPane::setCommunity(const QString &community, bool named)
{
    m_community = community;
    m_named = named;
    showNumbers();
}

void OverviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewPane::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Count again (F5)"));
    m_joinsChart->setTitle(
        tr("Joined per week, last %n week(s)", nullptr, CommunityOverview::weekCount));
    m_joinsChart->setAxisLabel(tr("Week starting"));
    m_xpChart->setTitle(tr("XP distribution"));
    m_xpChart->setAxisLabel(tr("XP"));
    m_coinsChart->setTitle(tr("Coins distribution"));
    m_coinsChart->setAxisLabel(tr("Coins"));
    m_topTitle->setText(tr("Top %n member(s) by XP", nullptr, CommunityOverview::topCount));
    m_top->setHorizontalHeaderLabels({tr("#"), tr("Member"), tr("XP"), tr("Coins")});
    m_top->setAccessibleName(tr("Members with the most XP"));
    showNumbers();
}

void OverviewPane::showNumbers()
{
    const QLocale locale;
    if (m_community.isEmpty())
        m_heading->setText(tr("Overview"));
    else if (m_named)
        m_heading->setText(tr("How %1 is doing").arg(m_community));
    else
        m_heading->setText(tr("How community %1 is doing").arg(m_community));

    const qint64 total = m_overview.total();
    m_total->setText(total >= 0 ? tr("Members: %1").arg(locale.toString(total)) : tr("Members: …"));
    const qint64 joined = m_overview.joinedInWeeks();
    m_joined->setText(
        joined >= 0
            ? tr("Joined in the last %n week(s): %1", nullptr, CommunityOverview::weekCount)
                  .arg(locale.toString(joined))
            : tr("Joined in the last %n week(s): …", nullptr, CommunityOverview::weekCount));
    QString status;
    if (!m_overview.errorText().isEmpty())
        status = m_overview.errorText();
    else if (m_overview.isLoading())
        status = tr("Counting…");
    else if (!m_overview.hasLoaded())
        status = m_community.isEmpty() ? tr("Waiting for the connection.") : QString();
    else
        status = tr("Counted with %n request(s), without reading every member.", nullptr,
                    m_overview.requestCount());
    m_status->setText(status);
    fillTop();
}

void OverviewPane::fillTop()
{
    const QList<UserData> members = m_overview.topMembers();
    const QLocale locale;
    m_top->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const UserData &u = members.at(row);
        QString name = u.displayName.isEmpty() ? u.username : u.displayName;
        if (!u.displayName.isEmpty() && !u.username.isEmpty() && u.displayName != u.username)
            name = tr("%1 (%2)").arg(u.displayName, u.username);
        const QStringList cells = {locale.toString(row + 1), name, locale.toString(u.xp),
                                   locale.toString(u.coins)};
        for (int column = 0; column < TopColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != Member)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_top->setItem(row, column, item);
        }
    }
}

} // namespace ra
