#include "users/useractivityview.h"

#include "charts/gamificationchart.h"
#include "item/gamificationseriesmodel.h"
#include "stores/userdetailstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace ra {

namespace {
using Column = GamificationSeriesModel::Column;

// Range presets in days; 0 is "Custom".
constexpr int presetDays[] = {7, 30, 90, 365, 0};

// The API's days end today in UTC (UserDetailStore uses the same).
QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}
} // namespace

UserActivityView::UserActivityView(UserDetailStore &details, GamificationSeriesModel *series,
                                   QWidget *parent)
    : QWidget(parent)
    , m_details(details)
{
    m_preset = new QComboBox(this);
    for (int days : presetDays)
        m_preset->addItem(QString(), days);
    m_from = new QDateEdit(m_details.rangeStart(), this);
    m_to = new QDateEdit(m_details.rangeEnd(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today());
        edit->setMinimumDate(today().addDays(-(UserDetailStore::MaxDays - 1)));
        connect(edit, &QDateEdit::dateChanged, this, &UserActivityView::onRangeEdited);
    }
    connect(m_preset, &QComboBox::activated, this, &UserActivityView::applyPreset);
    connect(&m_details, &UserDetailStore::rangeChanged, this,
            [this](const QDate &from, const QDate &to) {
                const QSignalBlocker a(m_from);
                const QSignalBlocker b(m_to);
                m_from->setDate(from);
                m_to->setDate(to);
            });
    auto *range = new QHBoxLayout;
    range->addWidget(m_preset);
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_to);
    range->addStretch(1);

    m_historyChart = new GamificationChart(this);
    m_historyChart->setModel(series, {Column::Xp, Column::Coins});
    m_statsChart = new GamificationChart(this);
    m_statsChart->setModel(series,
                           {Column::Messages, Column::Replies, Column::Reactions, Column::Socials});
    m_table = new QTableView(this);
    m_table->setModel(series);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_historyChart);
    splitter->addWidget(m_statsChart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(splitter, 1);
    retranslate();
    setRange(m_details.rangeStart(), m_details.rangeEnd());
}

void UserActivityView::retranslate()
{
    const QString presets[] = {tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                               tr("Last year"), tr("Custom range")};
    for (int i = 0; i < m_preset->count() && i < int(std::size(presets)); ++i)
        m_preset->setItemText(i, presets[i]);
    m_preset->setAccessibleName(tr("Date range"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_historyChart->setTitle(tr("Daily XP and coins"));
    m_statsChart->setTitle(tr("Daily messages, replies, reactions and socials"));
    m_table->setAccessibleName(tr("Daily activity table"));
}

void UserActivityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UserActivityView::setRange(const QDate &start, const QDate &end)
{
    m_details.setRange(start, end);
    const int days = int(m_details.rangeStart().daysTo(m_details.rangeEnd())) + 1;
    int preset = m_preset->count() - 1;
    if (m_details.rangeEnd() == today()) {
        for (int i = 0; i < m_preset->count() - 1; ++i)
            preset = presetDays[i] == days ? i : preset;
    }
    m_preset->setCurrentIndex(preset);
}

void UserActivityView::applyPreset(int index)
{
    const int days = m_preset->itemData(index).toInt();
    if (days > 0)
        setRange(today().addDays(-(days - 1)), today());
}

void UserActivityView::onRangeEdited()
{
    setRange(m_from->date(), std::max(m_from->date(), m_to->date()));
}

} // namespace ra
