#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QTableView;

namespace ra {

class GamificationChart;
class GamificationSeriesModel;
class UserDetailStore;

// The Activity tab of the user detail panel: a date-range chooser (presets and two date
// editors), the daily XP and coins chart, the daily messages / replies / reactions / socials
// chart and a table of the same days. The range goes to UserDetailStore, which loads the
// days; the series model it is given holds them. Does not own the store or the model; owns its
// widgets. GUI thread.
class UserActivityView : public QWidget
{
    Q_OBJECT

public:
    UserActivityView(UserDetailStore &details, GamificationSeriesModel *series,
                     QWidget *parent = nullptr);

    GamificationChart *historyChart() const { return m_historyChart; }
    GamificationChart *statsChart() const { return m_statsChart; }
    QTableView *table() const { return m_table; }
    // Sets the range (what the editors and presets do) and selects the matching preset.
    void setRange(const QDate &start, const QDate &end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPreset(int index);
    void onRangeEdited();

    UserDetailStore &m_details;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    GamificationChart *m_historyChart = nullptr;
    GamificationChart *m_statsChart = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace ra
