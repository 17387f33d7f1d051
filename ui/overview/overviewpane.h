#pragma once

#include "panecommands.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ra {

class CommunityOverview;
class CountChart;

// The Overview pane, the first in the window: how the community is doing at a glance. It names
// the community, shows the members in total and joined over the last weeks, three bar charts
// (joins per week, the XP and coins distributions, each with PNG/PDF/CSV export) and the ten
// members with the most XP, all from a CommunityOverview, which counts through the API. Refresh
// (F5, or the button) counts again. Borrows the overview; GUI thread.
class OverviewPane : public QWidget, public PaneCommands
{
    Q_OBJECT

public:
    explicit OverviewPane(CommunityOverview &overview, QWidget *parent = nullptr);
    ~OverviewPane() override;

    bool canRefresh() const override { return true; }
    void refresh() override;

    // The community the numbers are about (`named`: the name comes from the API, otherwise
    // `community` is its id); empty when not connected.
    void setCommunity(const QString &community, bool named);

    QLabel *heading() const { return m_heading; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *joinedLabel() const { return m_joined; }
    QLabel *statusLabel() const { return m_status; }
    CountChart *joinsChart() const { return m_joinsChart; }
    CountChart *xpChart() const { return m_xpChart; }
    CountChart *coinsChart() const { return m_coinsChart; }
    QTableWidget *topTable() const { return m_top; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showNumbers();
    void fillTop();

    CommunityOverview &m_overview;
    QString m_community;
    bool m_named = false;
    QLabel *m_heading = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_joined = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    CountChart *m_joinsChart = nullptr;
    CountChart *m_xpChart = nullptr;
    CountChart *m_coinsChart = nullptr;
    QLabel *m_topTitle = nullptr;
    QTableWidget *m_top = nullptr;
};

} // namespace ra
