#include "../testservices.h"
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "apilog/apilogpane.h"
#include "import/importprogress.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "import/jobjournal.h"
#include "importpanes.h"
#include "mainwindow.h"
#include "memberscsv.h"
#include "sandboxfixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

// The composition of issue 5's GUI (app/importpanes): the API log pane is a
// navigation entry, File > Import… (Ctrl+I) and a dropped file open the
// wizard, and on the first connection an import the journal lists as
// unfinished is resumed in a wizard of its own.
class tst_ImportPanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wiring();
    void resumesUnfinishedOnFirstBind();
    void unresumableImportCanBeForgotten();

private:
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
}

void tst_ImportPanes::resumesUnfinishedOnFirstBind()
{
    // An import quit after journaling, before anything was sent.
    const QString csvPath = m_dir.filePath(QStringLiteral("pending.csv"));
    const QByteArray text = test::writeMembersCsv(csvPath, "pend", 300);
    QVERIFY(!text.isEmpty());
    JournalSession s;
    s.id = QStringLiteral("pending-session");
    s.sourcePath = csvPath;
    s.originalPath = csvPath;
    s.sourceSize = text.size();
    s.sourceModifiedMs = QFileInfo(csvPath).lastModified().toMSecsSinceEpoch();
    s.communityId = m_sandbox.config().communityId;
    s.totalRows = 300;
    {
        JobJournal journal(JobJournal::defaultPath());
        QVERIFY(journal.store(s));
    }

    test::Services services(m_dir.filePath(QStringLiteral("settings2.ini")));
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    ImportPanes panes(window, *m_client, &m_log, services.questions);
    QCOMPARE(panes.journal()->unfinished().size(), 1);
    panes.onBound();
    QTRY_COMPARE(wizards(window).size(), 1);
    ImportWizard *wizard = wizards(window).constFirst();
    QCOMPARE(wizard->currentId(), int(ImportWizard::SendPage));
    ImportProgress *progress = wizard->session()->progress();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->isFinished(), 30000);
    QCOMPARE(progress->created(), 300);
    QVERIFY(panes.journal()->unfinished().isEmpty());
    panes.onBound(); // a later re-bind does not resume again
    QCOMPARE(wizards(window).size(), 1);
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
