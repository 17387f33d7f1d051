#include "../testservices.h"
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "apilog/apilogpane.h"
#include "import/importprogress.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "import/jobjournal.h"
#include "importpanes.h"
#include "item/apijobtablemodel.h"
#include "mainwindow.h"
#include "memberscsv.h"
#include "sandboxfixture.h"
#include "stores/apijobstore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

// The composition of issue 5's GUI (app/importpanes): the API log pane is a
// navigation entry, File > Import… (Ctrl+I) and a dropped file open the
// wizard, and on the first connection an import the journal lists as
// unfinished is offered (Resume, Review, Forget) once the client has an
// address, and resumed in a wizard of its own.
class tst_ImportPanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wiring();
    void resumesUnfinishedOnFirstBind();
    void waitsForTheConnectionBeforeResuming();
    void reviewShowsTheJournalThenAsksAgain();
    void forgottenImportNeverReturns();
    void unresumableImportCanBeForgotten();

private:
    // Journals an import of `rows` new members (tag `tag`) quit before
    // anything was sent; returns its session id.
    QString journalPending(const QByteArray &tag, int rows);
    qint64 membersTagged(const QByteArray &tag);

    QList<ImportWizard *> wizards(const MainWindow &window) const
    {
        return window.findChildren<ImportWizard *>();
    }

    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    RequestLog m_log;
    std::unique_ptr<ApiClient> m_client;
};

void tst_ImportPanes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the journal goes to a test location
    QFile::remove(JobJournal::defaultPath());
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setRequestLog(&m_log);
    m_client->setConfig(m_sandbox.config());
}

void tst_ImportPanes::cleanupTestCase()
{
    QFile::remove(JobJournal::defaultPath());
}

void tst_ImportPanes::wiring()
{
    test::Services services(m_dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    ImportPanes panes(window, *m_client, &m_log, services.questions);
    QVERIFY(window.paneIds().contains(QStringLiteral("apilog")));
    QVERIFY(qobject_cast<ApiLogPane *>(window.pane(QStringLiteral("apilog"))));
    QVERIFY(panes.journal());

    auto *import = window.findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(import);
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    import->trigger();
    QTRY_COMPARE(wizards(window).size(), 1);
    QVERIFY(wizards(window).constFirst()->file().isEmpty());
    wizards(window).constFirst()->reject();
    QTRY_COMPARE(wizards(window).size(), 0);

    emit window.importRequested(QStringLiteral("/tmp/dropped.csv"));
    QTRY_COMPARE(wizards(window).size(), 1);
    QCOMPARE(wizards(window).constFirst()->file(), QStringLiteral("/tmp/dropped.csv"));
    wizards(window).constFirst()->reject();
    QTRY_COMPARE(wizards(window).size(), 0);

    // A profile switch (Application calls clear()) empties the API log pane's job list.
    panes.onBound();
    QTRY_VERIFY_WITH_TIMEOUT(panes.jobs()->hasLoaded(), 10000);
    panes.clear();
    QVERIFY(!panes.jobs()->hasLoaded());
    QVERIFY(panes.jobs()->jobs().isEmpty());
    auto *apiLog = qobject_cast<ApiLogPane *>(window.pane(QStringLiteral("apilog")));
    QCOMPARE(apiLog->jobsModel()->rowCount(), 0);
}

QString tst_ImportPanes::journalPending(const QByteArray &tag, int rows)
{
    const QString csvPath = m_dir.filePath(QString::fromLatin1(tag) + QStringLiteral(".csv"));
    const QByteArray text = test::writeMembersCsv(csvPath, tag, rows);
    if (text.isEmpty())
        return {};
    JournalSession s;
    s.id = QString::fromLatin1(tag) + QStringLiteral("-session");
    s.sourcePath = csvPath;
    s.originalPath = csvPath;
    s.sourceSize = text.size();
    s.sourceModifiedMs = QFileInfo(csvPath).lastModified().toMSecsSinceEpoch();
    s.communityId = m_sandbox.config().communityId;
    s.totalRows = rows;
    JobJournal journal(JobJournal::defaultPath());
    if (!journal.load() || !journal.store(s))
        return {};
    return s.id;
}

qint64 tst_ImportPanes::membersTagged(const QByteArray &tag)
{
    qint64 total = -1;
    m_client->getCommunityUsers(1, 20, QString::fromLatin1(tag))
        ->then(
            this, [&](const CommunityUserPage &page) { total = page.total; },
            [&](const ApiError &error) { qWarning() << error.userText(); });
    if (!QTest::qWaitFor([&] { return total >= 0; }, 15000))
        return -2;
    return total;
}

void tst_ImportPanes::resumesUnfinishedOnFirstBind()
{
    // An import quit after journaling, before anything was sent.
    QVERIFY(!journalPending("zqpend", 300).isEmpty());

    test::Services services(m_dir.filePath(QStringLiteral("settings2.ini")));
    services.questions.choiceAnswers = {0}; // Resume
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    ImportPanes panes(window, *m_client, &m_log, services.questions);
    QCOMPARE(panes.journal()->unfinished().size(), 1);
    panes.onBound();
    QTRY_COMPARE(wizards(window).size(), 1);
    // It said what happened and what would be sent, and offered the three ways.
    QCOMPARE(services.questions.offered.size(), 1);
    QCOMPARE(services.questions.offered.constFirst(),
             QStringList(
                 {QStringLiteral("Resume"), QStringLiteral("Review"), QStringLiteral("Forget")}));
    const QuestionProvider::Question q = services.questions.asked.constFirst();
    QVERIFY2(q.text.contains(QStringLiteral("zqpend.csv")), qPrintable(q.text));
    QVERIFY2(q.informativeText.contains(QStringLiteral("0 of 300 row(s) were already handed")),
             qPrintable(q.informativeText));
    QVERIFY2(q.informativeText.contains(QStringLiteral("300 row(s) are left")),
             qPrintable(q.informativeText));
    ImportWizard *wizard = wizards(window).constFirst();
    QCOMPARE(wizard->currentId(), int(ImportWizard::SendPage));
    ImportProgress *progress = wizard->session()->progress();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->isFinished(), 30000);
    QCOMPARE(progress->created(), 300);
    QVERIFY(panes.journal()->unfinished().isEmpty());
    // Every row is on the server, once.
    QCOMPARE(membersTagged("zqpend"), 300);
    panes.onBound(); // a later re-bind does not resume again
    QCOMPARE(wizards(window).size(), 1);
    QCOMPARE(services.questions.asked.size(), 1);
}

void tst_ImportPanes::waitsForTheConnectionBeforeResuming()
{
    // The issue: at start-up the client is bound to the built-in profile
    // before its sandbox listens, with no base URL; the resume ran then and
    // failed with "no base URL for the integration API".
    QVERIFY(!journalPending("zqwait", 120).isEmpty());
    RequestLog log;
    ApiClient client(&m_network);
    client.setRequestLog(&log);
    test::Services services(m_dir.filePath(QStringLiteral("settings-wait.ini")));
    services.questions.choiceAnswers = {0}; // Resume
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    ImportPanes panes(window, client, &log, services.questions);
    panes.onBound(); // bound, but to no address
    QCOMPARE(services.questions.asked.size(), 0);
    QCOMPARE(wizards(window).size(), 0);
    QCOMPARE(log.size(), 0);
    QCOMPARE(client.inFlightCount(), 0);

    client.setConfig(m_sandbox.config()); // the sandbox listens, the binder binds again
    panes.onBound();
    QTRY_COMPARE(wizards(window).size(), 1);
    ImportProgress *progress = wizards(window).constFirst()->session()->progress();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->isFinished(), 30000);
    QCOMPARE(progress->created(), 120);
    QVERIFY(log.size() > 0);
    // Every request went to the address bound second (the import also reads the community's
    // custom fields and roles from the other API families).
    const QUrl integration = m_sandbox.config().baseUrl(ApiFamily::Integration);
    const QString bound = integration.scheme() + QStringLiteral("://") + integration.authority();
    for (const RequestRecord &r : log.records()) {
        QVERIFY2(r.url.startsWith(bound + QLatin1Char('/')), qPrintable(r.url));
        QVERIFY2(!r.error.contains(QStringLiteral("no base URL")), qPrintable(r.error));
    }
    QCOMPARE(membersTagged("zqwait"), 120);
}

void tst_ImportPanes::reviewShowsTheJournalThenAsksAgain()
{
    const QString id = journalPending("zqreview", 40);
    QVERIFY(!id.isEmpty());
    test::Services services(m_dir.filePath(QStringLiteral("settings-review.ini")));
    services.questions.choiceAnswers = {1}; // Review; then the question closes unanswered
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    ImportPanes panes(window, *m_client, &m_log, services.questions);
    panes.onBound();
    QDialog *report = nullptr;
    QTRY_VERIFY((report = window.findChild<QDialog *>(QStringLiteral("importJournalReport"))));
    auto *text = report->findChild<QPlainTextEdit *>();
    QVERIFY(text);
    QVERIFY2(text->toPlainText().contains(QStringLiteral("zqreview.csv")),
             qPrintable(text->toPlainText()));
    QVERIFY2(text->toPlainText().contains(QStringLiteral("Left to send: 40")),
             qPrintable(text->toPlainText()));
    QCOMPARE(services.questions.asked.size(), 1);
    report->reject();
    QTRY_COMPARE(services.questions.asked.size(), 2); // asked again after reading
    QTRY_COMPARE(services.questions.answered, 2);
    QCOMPARE(wizards(window).size(), 0);
    QCOMPARE(panes.journal()->unfinished().size(), 1); // closed: kept for the next start
    QVERIFY(panes.journal()->remove(id));
}

void tst_ImportPanes::forgottenImportNeverReturns()
{
    const QString id = journalPending("zqforget", 40);
    QVERIFY(!id.isEmpty());
    {
        test::Services services(m_dir.filePath(QStringLiteral("settings-forget.ini")));
        services.questions.choiceAnswers = {2}; // Forget
        MainWindow window(services.settings, services.profiles, services.activity,
                          services.questions);
        ImportPanes panes(window, *m_client, &m_log, services.questions);
        panes.onBound();
        QTRY_COMPARE(services.questions.answered, 1);
        QCOMPARE(wizards(window).size(), 0);
        QVERIFY(!panes.journal()->session(id));
    }
    // The next start offers nothing.
    test::Services services(m_dir.filePath(QStringLiteral("settings-forget2.ini")));
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    ImportPanes panes(window, *m_client, &m_log, services.questions);
    QVERIFY(!panes.journal()->session(id));
    panes.onBound();
    QCOMPARE(services.questions.asked.size(), 0);
    QCOMPARE(wizards(window).size(), 0);
    QCOMPARE(membersTagged("zqforget"), 0);
}

void tst_ImportPanes::unresumableImportCanBeForgotten()
{
    // An import whose prepared file was deleted: 100 rows sent (job done), 200 never sent.
    JournalSession s;
    s.id = QStringLiteral("orphan-session");
    s.sourcePath = m_dir.filePath(QStringLiteral("deleted.csv"));
    s.originalPath = QStringLiteral("/home/manager/members.csv");
    s.sourceSize = 4096;
    s.communityId = m_sandbox.config().communityId;
    s.totalRows = 300;
    JournalSession::Chunk sent;
    sent.first = 0;
    sent.last = 100;
    sent.fileName = QStringLiteral("members-part1.csv");
    sent.state = JournalSession::Chunk::State::Sending;
    s.chunks.append(sent);
    {
        JobJournal journal(JobJournal::defaultPath());
        QVERIFY(journal.store(s));
    }

    // Declined: nothing is resumed, and the import is kept to be asked about next time.
    {
        test::Services services(m_dir.filePath(QStringLiteral("settings3.ini")));
        services.questions.answer = false;
        MainWindow window(services.settings, services.profiles, services.activity,
                          services.questions);
        ImportPanes panes(window, *m_client, &m_log, services.questions);
        panes.onBound();
        QTRY_COMPARE(services.questions.answered, 1);
        const auto &q = services.questions.asked.constFirst();
        QVERIFY2(q.text.contains(QStringLiteral("/home/manager/members.csv")), qPrintable(q.text));
        QVERIFY2(q.informativeText.contains(QStringLiteral("300")), qPrintable(q.informativeText));
        QCOMPARE(q.confirmText, QStringLiteral("Forget Import"));
        QCOMPARE(wizards(window).size(), 0);
        QCOMPARE(panes.journal()->unfinished().size(), 1);
    }
    // Accepted: the journal forgets it, and the next start asks nothing.
    {
        test::Services services(m_dir.filePath(QStringLiteral("settings4.ini")));
        MainWindow window(services.settings, services.profiles, services.activity,
                          services.questions);
        ImportPanes panes(window, *m_client, &m_log, services.questions);
        panes.onBound();
        QTRY_COMPARE(services.questions.answered, 1);
        QVERIFY(panes.journal()->unfinished().isEmpty());
        JobJournal reread(JobJournal::defaultPath());
        QVERIFY(reread.load());
        QVERIFY(reread.unfinished().isEmpty());
    }
}

QTEST_MAIN(tst_ImportPanes)
#include "tst_importpanes.moc"
