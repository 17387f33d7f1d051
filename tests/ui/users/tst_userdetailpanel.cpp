#include "api/apiclient.h"
#include "charts/gamificationchart.h"
#include "item/gamificationseriesmodel.h"
#include "messagebar.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/useraccountstore.h"
#include "stores/userdetailstore.h"
#include "testservices.h"
#include "users/restoreuserdialog.h"
#include "users/userdetailpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using Column = GamificationSeriesModel::Column;

// The user detail panel offscreen against the in-process sandbox: details, charts that match
// the sandbox's history for the chosen range, delete and restore behind a confirmation, and the
// chart data exported to CSV.
class tst_UserDetailPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensUserAndChartsMatchSandbox();
    void deleteAndRestoreWithConfirmation();
    void chartDataCsvReadsBack();
    void loadFailureShowsInline();
    void missingUserOffersRestore();

private:
    UserData firstUser(int index = 0);
    void openAndWait(const QString &userId);
    void compareWithSandbox(const QString &userId, int days);
    QLabel *valueLabel(const QString &accessibleName) const;

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserDetailStore> m_details;
    std::unique_ptr<UserAccountStore> m_accounts;
    std::unique_ptr<UserDetailPanel> m_panel;
    test::AnsweringQuestionProvider m_questions;
};

void tst_UserDetailPanel::initTestCase()
{
    QVERIFY(m_sandbox.start(30));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_UserDetailPanel::init()
{
    m_details = std::make_unique<UserDetailStore>(*m_client);
    m_accounts = std::make_unique<UserAccountStore>(*m_client);
    m_panel = std::make_unique<UserDetailPanel>(*m_details, *m_accounts, m_questions);
    m_panel->resize(760, 900);
    m_panel->show();
    m_questions.asked.clear();
    m_questions.answer = true;
}

void tst_UserDetailPanel::cleanup()
{
    m_panel.reset();
    m_accounts.reset();
    m_details.reset();
}

UserData tst_UserDetailPanel::firstUser(int index)
{
    auto page = track(m_client->getUsersByPage({QStringLiteral("email")}, {}, 1));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(page->done, 10000);
    }();
    return page->value.users.value(index);
}

void tst_UserDetailPanel::openAndWait(const QString &userId)
{
    m_panel->showUser(userId);
    QTRY_VERIFY_WITH_TIMEOUT(m_details->hasUser() && !m_details->isLoading(), 15000);
}

QLabel *tst_UserDetailPanel::valueLabel(const QString &accessibleName) const
{
    const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->accessibleName() == accessibleName)
            return l;
    }
    return nullptr;
}

void tst_UserDetailPanel::compareWithSandbox(const QString &userId, int days)
{
    auto history = track(m_client->getGamificationHistory(userId, QStringLiteral("id"), days));
    auto stats = track(m_client->getGamificationStats(userId, QStringLiteral("id"), days));
    QTRY_VERIFY_WITH_TIMEOUT(history->done && stats->done, 10000);
    QCOMPARE(history->value.days.size(), days);
    const GamificationChart *xpChart = m_panel->historyChart();
    const GamificationChart *actionChart = m_panel->statsChart();
    QTRY_COMPARE_WITH_TIMEOUT(xpChart->dates().size(), days, 10000);
    QCOMPARE(xpChart->graphCount(), 2);
    QCOMPARE(actionChart->graphCount(), 4);
    const QList<QDate> dates = xpChart->dates();
    // The API lists newest first; the chart runs oldest to newest.
    for (const GamificationDay &d : history->value.days) {
        const int i = int(dates.indexOf(QDate::fromString(d.date, Qt::ISODate)));
        QVERIFY2(i >= 0, qPrintable(d.date));
        QCOMPARE(xpChart->graphValues(0).at(i), double(d.xp));
        QCOMPARE(xpChart->graphValues(1).at(i), double(d.coins));
    }
    for (const GamificationDay &d : stats->value.days) {
        const int i = int(dates.indexOf(QDate::fromString(d.date, Qt::ISODate)));
        QVERIFY2(i >= 0, qPrintable(d.date));
        QCOMPARE(actionChart->graphValues(0).at(i), double(d.messages));
        QCOMPARE(actionChart->graphValues(1).at(i), double(d.replies));
        QCOMPARE(actionChart->graphValues(2).at(i), double(d.reactions));
        QCOMPARE(actionChart->graphValues(3).at(i), double(d.socials));
    }
}

void tst_UserDetailPanel::opensUserAndChartsMatchSandbox()
{
    const UserData user = firstUser();
    QVERIFY(!user.userId.isEmpty());
    openAndWait(user.userId);
    auto data = track(m_client->getUserData(user.userId));
    QTRY_VERIFY_WITH_TIMEOUT(data->done, 10000);
    QCOMPARE(valueLabel(QStringLiteral("E-mail"))->text(), data->value.email);
    QCOMPARE(valueLabel(QStringLiteral("XP"))->text(), QLocale().toString(data->value.xp));
    QCOMPARE(valueLabel(QStringLiteral("Highest role"))->text(), data->value.highestRole);
    // A number without a documented unit says so, on screen and in the tooltip.
    QCOMPARE(valueLabel(QStringLiteral("Time spent"))->text(),
             QStringLiteral("%1 (no unit given by the API)")
                 .arg(QLocale().toString(data->value.timeSpent)));
    QVERIFY(valueLabel(QStringLiteral("Time spent"))
                ->toolTip()
                .contains(QStringLiteral("does not say whether this is in seconds or minutes")));
    compareWithSandbox(user.userId, 30);
    test::saveScreenshot(*m_panel, QStringLiteral("userdetailpanel-details"));

    // The "Last 7 days" preset reloads the charts for that range.
    auto *preset = m_panel->findChild<QComboBox *>();
    QVERIFY(preset);
    QCOMPARE(preset->currentIndex(), 1);
    preset->setCurrentIndex(0);
    emit preset->activated(0);
    compareWithSandbox(user.userId, 7);
    QCOMPARE(m_details->rangeEnd(), QDateTime::currentDateTimeUtc().date());
    if (auto *tabs = m_panel->findChild<QTabWidget *>())
        tabs->setCurrentIndex(1);
    m_panel->historyChart()->hoverAt(m_panel->historyChart()->pointOf(3));
    QCOMPARE(m_panel->historyChart()->hoverText(), m_panel->historyChart()->valueText(3));
    test::saveScreenshot(*m_panel, QStringLiteral("userdetailpanel-activity"));
}

void tst_UserDetailPanel::deleteAndRestoreWithConfirmation()
{
    const UserData user = firstUser(2);
    openAndWait(user.userId);
    const QString name = m_details->user().displayName;
    QVERIFY(!name.isEmpty());
    QVERIFY(m_panel->deleteAction()->isEnabled());
    QVERIFY(!m_panel->restoreAction()->isEnabled());
    QSignalSpy changed(m_panel.get(), &UserDetailPanel::accountChanged);

    // Saying no changes nothing.
    m_questions.answer = false;
    m_panel->deleteAction()->trigger();
    QTRY_COMPARE(m_questions.answered, 1);
    QCOMPARE(m_questions.asked.size(), 1);
    QVERIFY2(m_questions.asked.first().text.contains(name),
             qPrintable(m_questions.asked.first().text));
    QVERIFY(m_questions.asked.first().destructive);
    QVERIFY(!changed.wait(300));
    QVERIFY(!m_details->user().deleted);

    m_questions.answer = true;
    m_panel->deleteAction()->trigger();
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().first().toString(), user.userId);
    QVERIFY(m_questions.asked.last().text.contains(name));
    QVERIFY(m_details->user().deleted);
    QVERIFY(m_panel->restoreAction()->isEnabled());
    QVERIFY(!m_panel->deleteAction()->isEnabled());
    auto gone = track(m_client->getUserData(user.userId));
    QTRY_VERIFY_WITH_TIMEOUT(gone->done, 10000);
    QCOMPARE(gone->error.httpStatus, 404);
    test::saveScreenshot(*m_panel, QStringLiteral("userdetailpanel-deleted"));

    m_panel->restoreAction()->trigger();
    QVERIFY(changed.wait(10000));
    QVERIFY(m_questions.asked.last().text.contains(name));
    QVERIFY(!m_questions.asked.last().destructive);
    QVERIFY(!m_details->user().deleted);
    auto back = track(m_client->getUserData(user.userId));
    QTRY_VERIFY_WITH_TIMEOUT(back->done, 10000);
    QVERIFY2(!back->error.isError(), qPrintable(back->error.userText()));
}

void tst_UserDetailPanel::chartDataCsvReadsBack()
{
    const UserData user = firstUser(1);
    openAndWait(user.userId);
    m_panel->setRange(QDateTime::currentDateTimeUtc().date().addDays(-9),
                      QDateTime::currentDateTimeUtc().date());
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->seriesModel()->rowCount(), 10, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_details->isLoading(), 10000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.csv"));
    QString error;
    QVERIFY2(m_panel->statsChart()->saveCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines.first(), QStringLiteral("date,messages,replies,reactions,socials"));
    const GamificationSeriesModel *model = m_panel->seriesModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QStringList cells = lines.at(row + 1).split(u',');
        QCOMPARE(cells.size(), 5);
        QCOMPARE(cells.at(0), model->dateAt(row).toString(Qt::ISODate));
        QCOMPARE(cells.at(1).toLongLong(), model->valueAt(row, Column::Messages));
        QCOMPARE(cells.at(4).toLongLong(), model->valueAt(row, Column::Socials));
        QCOMPARE(cells.at(1).toLongLong(), m_details->stats().at(row).messages);
    }
}

void tst_UserDetailPanel::loadFailureShowsInline()
{
    m_sandbox.addFault(QStringLiteral("route=getUserData;kind=error;status=403;count=1"));
    m_panel->showUser(firstUser(3).userId);
    auto *bar = m_panel->findChild<MessageBar *>();
    QVERIFY(bar);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    m_sandbox.clearFaults();
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("could not be loaded")), qPrintable(bar->text()));
    QVERIFY(!m_panel->deleteAction()->isEnabled());
    // Showing a good user afterwards clears the message.
    openAndWait(firstUser().userId);
    QVERIFY(!bar->isVisible());
}

void tst_UserDetailPanel::missingUserOffersRestore()
{
    // Nobody by that id: a warning that names it, with Restore… beside it.
    auto *bar = m_panel->findChild<MessageBar *>();
    // The user, roles, history and stats requests fail in any order; the user's 404 decides.
    m_panel->showUser(QStringLiteral("987654321"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == MessageBar::Kind::Warning, 10000);
    QVERIFY2(bar->text().contains(QStringLiteral("987654321")) &&
                 bar->text().contains(QStringLiteral("deleted")),
             qPrintable(bar->text()));

    // A member deleted elsewhere: Restore… opens the dialog with its id, and restoring it shows
    // the account again and tells the pane.
    const UserData user = firstUser(4);
    auto deleted = track(m_client->manageUser(QStringLiteral("delete"), user.userId));
    QTRY_VERIFY_WITH_TIMEOUT(deleted->done, 10000);
    QVERIFY2(!deleted->error.isError(), qPrintable(deleted->error.userText()));
    m_panel->showUser(user.userId);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == MessageBar::Kind::Warning &&
                                 bar->text().contains(user.userId),
                             10000);
    test::saveScreenshot(*m_panel, QStringLiteral("userdetailpanel-missing"));
    QSignalSpy changed(m_panel.get(), &UserDetailPanel::accountChanged);
    m_panel->restoreByName();
    RestoreUserDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<RestoreUserDialog *>()) != nullptr);
    QCOMPARE(dialog->identifier(), user.userId);
    dialog->accept();
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.constFirst().constFirst().toString(), user.userId);
    QTRY_VERIFY_WITH_TIMEOUT(m_details->hasUser() && !m_details->isLoading(), 10000);
    QCOMPARE(m_details->user().email, user.email);
    QVERIFY(!m_details->user().deleted);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(tst_UserDetailPanel)
#include "tst_userdetailpanel.moc"
