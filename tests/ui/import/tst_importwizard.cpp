#include "../testservices.h"
#include "api/apiclient.h"
#include "charts/importprogresschart.h"
#include "commaline.h"
#include "import/csvpreviewmodel.h"
#include "import/csvproblemfiltermodel.h"
#include "import/dryrunchecker.h"
#include "import/failedrowsmodel.h"
#include "import/importdocument.h"
#include "import/importdryrunpage.h"
#include "import/importfilepage.h"
#include "import/importmappingpage.h"
#include "import/importprogress.h"
#include "import/importprogressview.h"
#include "import/importrunner.h"
#include "import/importsendpage.h"
#include "import/importsession.h"
#include "import/importtemplatepage.h"
#include "import/importvalidationpage.h"
#include "import/importwizard.h"
#include "import/jobjournal.h"
#include "mainwindow.h"
#include "memberscsv.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace ra;

// The import wizard offscreen against the sandbox over HTTP, from a .csv
// dropped on the main window to the finished jobs: 10,000 rows of which some
// are bad, template page, file preview, mapping (required columns block),
// validation grid with a fix in place, dry run, sending in chunks with the
// live progress view, and the failed rows exported.
class tst_ImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dropToDone();
    void resumesJournaledImport();
    void stopSendingKeepsWhatWasSent();
    void preparingLargeFileStaysResponsive();
    void unreadableFilesStopAtTheFilePage_data();
    void unreadableFilesStopAtTheFilePage();
    void escapeAfterFixingCellsAsks();

private:
    QString writeFile(int rows, const QSet<int> &bad);

    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_ImportWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start(50));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

QString tst_ImportWizard::writeFile(int rows, const QSet<int> &bad)
{
    const QString path = m_dir.filePath(QStringLiteral("members.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    // Headers as a spreadsheet exports them: matched case- and space-insensitively.
    QByteArray text = "first name;LAST_NAME;User Name;E-mail;Country\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray mail = bad.contains(i) ? QByteArray("wizard" + n + "-at-example")
                                                : QByteArray("wizard" + n + "@example.com");
        text += "Ann" + n + ";\"Doe; " + n + "\";wiz_" + n + ';' + mail + ";NZ\n";
    }
    file.write(text);
    return path;
}

void tst_ImportWizard::dropToDone()
{
    const QSet<int> bad = {7, 1500, 4321, 8000, 9999};
    const QString path = writeFile(10000, bad);
    QVERIFY(!path.isEmpty());
    test::Services services(m_dir.filePath(QStringLiteral("settings.ini")));
    JobJournal journal(m_dir.filePath(QStringLiteral("journal.json")));
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    QPointer<ImportWizard> wizard;
    connect(&window, &MainWindow::importRequested, &window, [&](const QString &file) {
        wizard = new ImportWizard(*m_client, journal, services.questions, &window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->session()->setPreparedFolder(m_dir.path());
        wizard->session()->setMaxChunkBytes(256 * 1024);
        wizard->session()->setPollInterval(50);
        wizard->session()->dryRun()->setConcurrency(16);
        wizard->setFile(file);
        wizard->open();
    });
    window.show();

    // Drop the file on the window.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(ImportWizard::ModePage));
    QAbstractItemModelTester tester(wizard->previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Template: columns, example row, the server's role names.
    wizard->next();
    auto *templ = qobject_cast<ImportTemplatePage *>(wizard->currentPage());
    QVERIFY(templ);
    QCOMPARE(templ->columnsTable()->item(0, 0)->text(), QStringLiteral("First Name"));
    QCOMPARE(templ->exampleTable()->rowCount(), 1);
    QTRY_VERIFY2_WITH_TIMEOUT(
        templ->namesText().contains(QStringLiteral("Role names on the server")),
        qPrintable(templ->namesText()), 10000);
    test::saveScreenshot(*wizard, QStringLiteral("importwizard-template"));
    QString error;
    const QString templatePath = m_dir.filePath(QStringLiteral("template.csv"));
    QVERIFY2(templ->saveTemplate(templatePath, &error), qPrintable(error));
    QFile saved(templatePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().startsWith("First Name,Last Name,Username,Email"));

    // File: the delimiter is detected, the preview is there at once.
    wizard->next();
    auto *filePage = qobject_cast<ImportFilePage *>(wizard->currentPage());
    QVERIFY(filePage);
    QTRY_VERIFY(filePage->isComplete());
    QCOMPARE(filePage->delimiterBox()->currentData().toInt(), int(';'));
    QVERIFY(wizard->previewModel()->rowCount() > 0);
    test::saveScreenshot(*wizard, QStringLiteral("importwizard-file"));
    QCOMPARE(wizard->previewModel()->index(0, 1).data().toString(), QStringLiteral("Doe; 0"));

    // Mapping: auto-matched; unmapping a required column blocks the wizard.
    wizard->next();
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard->currentPage());
    QVERIFY(mapping);
    QVERIFY(mapping->isComplete());
    test::saveScreenshot(*wizard, QStringLiteral("importwizard-mapping"));
    mapping->mapColumn(3, -1);
    QVERIFY(!mapping->isComplete());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(mapping->missingText().contains(QStringLiteral("Email")));
    mapping->mapColumn(3, wizard->session()->document()->importTemplate().indexOf(u"Email"));
    QVERIFY(mapping->isComplete());

    // Validation: counts, problems-only filter, a fix in the grid.
    wizard->next();
    auto *validation = qobject_cast<ImportValidationPage *>(wizard->currentPage());
    QVERIFY(validation);
    QTRY_VERIFY_WITH_TIMEOUT(validation->isComplete(), 20000);
    QTRY_COMPARE(wizard->session()->document()->problemRowCount(), qint64(bad.size()));
    QVERIFY2(validation->countsText().contains(QStringLiteral("5 with problems")),
             qPrintable(validation->countsText()));
    validation->problemsOnlyBox()->setChecked(true);
    QTRY_COMPARE(validation->filter()->rowCount(), bad.size());
    const QModelIndex first = validation->filter()->index(0, 3);
    QVERIFY(validation->filter()->setData(first, QStringLiteral("wizard7@example.com")));
    QTRY_COMPARE(wizard->session()->document()->problemRowCount(), qint64(bad.size() - 1));
    QTRY_VERIFY(validation->countsText().contains(QStringLiteral("4 with problems")));
    test::saveScreenshot(*wizard, QStringLiteral("importwizard-validation"));
    const QString problemsPath = m_dir.filePath(QStringLiteral("problems.csv"));
    QVERIFY2(validation->exportProblemRows(problemsPath, &error), qPrintable(error));

    // Dry run (10,000 lookups take a while): nobody exists yet, so every
    // row checked would be created; sending stops the check.
    wizard->next();
    auto *dry = qobject_cast<ImportDryRunPage *>(wizard->currentPage());
    QVERIFY(dry);
    dry->startCheck();
    DryRunChecker *checker = wizard->session()->dryRun();
    // The sandbox's few members fit on one page, so the member list is read once instead of
    // 10,000 lookups.
    QTRY_VERIFY_WITH_TIMEOUT(checker->isComplete(), 20000);
    QCOMPARE(checker->strategyUsed(), DryRunChecker::Strategy::Directory);
    QTRY_VERIFY(dry->resultText().contains(QStringLiteral("Would be created")));
    QVERIFY(dry->resultText().contains(QStringLiteral("member list")));
    QCOMPARE(checker->existing(), 0);
    QCOMPARE(checker->errors(), 0);
    QCOMPARE(checker->flagged(), 4); // rows with problems will fail: not counted as created
    QCOMPARE(checker->fresh(), checker->total() - checker->skipped() - checker->flagged());
    test::saveScreenshot(*wizard, QStringLiteral("importwizard-dryrun"));

    // Send asks first (answered yes), then chunks, live progress, failed rows with reasons,
    // export. The four rows with problems are not sent.
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::SendPage));
    QVERIFY2(services.questions.asked.last().text.startsWith(QStringLiteral("Send 9,996 row")),
             qPrintable(services.questions.asked.last().text));
    auto *send = qobject_cast<ImportSendPage *>(wizard->currentPage());
    QVERIFY(send);
    QVERIFY2(send->errorText().isEmpty(), qPrintable(send->errorText()));
    ImportProgress *progress = wizard->session()->progress();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->isFinished(), 60000);
    QCOMPARE(progress->state(), ImportProgress::State::Done);
    QVERIFY2(progress->jobCount() > 1, "10,000 rows over a 256 KB limit make several jobs");
    QCOMPARE(progress->processed(), 9996);
    QCOMPARE(progress->created(), 9996);
    QCOMPARE(progress->failed(), 0);
    QVERIFY(send->isComplete());
    ImportProgressView *view = send->progressView();
    QTRY_VERIFY(view->stateText().contains(QStringLiteral("Done")));
    QTRY_VERIFY(view->countersText().contains(QStringLiteral("Failed: 0")));
    QCOMPARE(view->failedView()->model()->rowCount(), 0);
    QTRY_VERIFY(view->chart()->pointCount() >= 2);
    QVERIFY(view->chart()->replotCount() < view->chart()->pointCount() + 3);
    test::saveScreenshot(*wizard, QStringLiteral("importwizard-done"));

    QVERIFY(journal.unfinished().isEmpty());
    wizard->accept();
    QTRY_VERIFY(!wizard);
}

void tst_ImportWizard::resumesJournaledImport()
{
    // An import quit in the middle of sending (the app closed): the journal
    // lists it, and a wizard opened for it sends the rest and follows every
    // job to the end.
    const QString csvPath = m_dir.filePath(QStringLiteral("resume.csv"));
    QVERIFY(!test::writeMembersCsv(csvPath, "resume", 3000).isEmpty());
    JobJournal journal(m_dir.filePath(QStringLiteral("resume-journal.json")));
    QString id;
    {
        auto session = std::make_unique<ImportSession>(*m_client, journal);
        session->setPreparedFolder(m_dir.path());
        session->setMaxChunkBytes(40 * 1024);
        QVERIFY(session->document()->open(csvPath));
        QTRY_VERIFY_WITH_TIMEOUT(session->document()->isLoaded(), 10000);
        QString error;
        QVERIFY2(session->send(&error), qPrintable(error));
        id = session->journalId();
        QSignalSpy submitted(session->runner(), &ImportRunner::chunkSubmitted);
        QVERIFY(submitted.wait(10000));
    } // quit: the session and its runner go away mid-import
    QCOMPARE(journal.unfinished().size(), 1);
    QVERIFY(journal.session(id)->nextRow() < 3000);

    test::Services services(m_dir.filePath(QStringLiteral("settings2.ini")));
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    auto *wizard = new ImportWizard(*m_client, journal, services.questions, &window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    QVERIFY2(wizard->resumeJournaled(id, &error), qPrintable(error));
    wizard->open();
    QCOMPARE(wizard->currentId(), int(ImportWizard::SendPage));
    ImportProgress *progress = wizard->session()->progress();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->isFinished(), 60000);
    QCOMPARE(progress->state(), ImportProgress::State::Done);
    QCOMPARE(progress->processed(), 3000);
    QCOMPARE(progress->created(), 3000);
    QCOMPARE(progress->failed(), 0);
    QVERIFY(journal.unfinished().isEmpty());
    QVERIFY(wizard->currentPage()->isComplete());
    wizard->accept();
}

void tst_ImportWizard::stopSendingKeepsWhatWasSent()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("stop.csv"));
    QVERIFY(!test::writeMembersCsv(csvPath, "stop", 3000).isEmpty());
    JobJournal journal(m_dir.filePath(QStringLiteral("stop-journal.json")));
    ImportSession session(*m_client, journal);
    session.setPreparedFolder(m_dir.path());
    session.setMaxChunkBytes(30 * 1024);
    session.setPollInterval(50);
    ImportProgressView view(session);
    view.show();
    QVERIFY(session.document()->open(csvPath));
    QTRY_VERIFY_WITH_TIMEOUT(session.document()->isLoaded(), 10000);
    QVERIFY(!view.stopButton()->isEnabled());
    // Stop is clicked the moment the first chunk is accepted, before the next one is sent
    // (chunks go one at a time), however fast the sandbox answers.
    bool stopWasEnabled = false;
    bool stopped = false;
    QString error;
    QVERIFY2(session.send(&error), qPrintable(error));
    connect(session.runner(), &ImportRunner::chunkSubmitted, &view, [&] {
        if (stopped)
            return;
        stopped = true;
        stopWasEnabled = view.stopButton()->isEnabled();
        QTest::mouseClick(view.stopButton(), Qt::LeftButton);
    });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 10000);
    QVERIFY(stopWasEnabled);
    QVERIFY(!view.stopButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(session.progress()->isFinished(), 30000);
    QCOMPARE(session.progress()->state(), ImportProgress::State::Cancelled);
    const qint64 sent = session.progress()->planned();
    QVERIFY(sent > 0 && sent < 3000);
    QCOMPARE(session.progress()->created(), sent);
    QTRY_VERIFY(view.stateText().contains(QStringLiteral("Cancelled")));
    // The rows never sent are named as such once it is over.
    QCOMPARE(session.progress()->notSent(), 3000 - sent);
    QVERIFY2(view.countersText().contains(
                 QStringLiteral("Not sent: %1").arg(QLocale().toString(3000 - sent))),
             qPrintable(view.countersText()));
    QVERIFY(journal.unfinished().isEmpty());
}

void tst_ImportWizard::preparingLargeFileStaysResponsive()
{
    const int rows = 200000;
    const QString csvPath = m_dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(!test::writeMembersCsv(csvPath, "large", rows).isEmpty());
    JobJournal journal(m_dir.filePath(QStringLiteral("large-journal.json")));
    ImportSession session(*m_client, journal);
    session.setPreparedFolder(m_dir.filePath(QStringLiteral("large-prepared")));
    session.setPollInterval(50);
    ImportSendPage page(session);
    page.show();
    QVERIFY(session.document()->open(csvPath));
    QTRY_VERIFY_WITH_TIMEOUT(session.document()->isLoaded(), 30000);
    QCOMPARE(session.document()->rowCount(), qint64(rows));

    // The event loop keeps turning while the rows are written.
    int ticks = 0;
    QTimer timer;
    timer.setInterval(1);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();
    QSignalSpy preparing(&session, &ImportSession::preparing);
    QSignalSpy cancelled(&session, &ImportSession::preparingCancelled);
    QSignalSpy started(&session, &ImportSession::sendingStarted);
    int ticksAtStop = -1;
    auto stopAt = connect(&session, &ImportSession::preparing, this, [&](qint64 written) {
        if (written >= 30000 && ticksAtStop < 0) {
            ticksAtStop = ticks;
            QVERIFY(page.prepareBar()->isVisible());
            QVERIFY(page.prepareText().contains(QStringLiteral("of 200,000")));
            QTest::mouseClick(page.stopPrepareButton(), Qt::LeftButton);
        }
    });
    page.initializePage();
    QVERIFY2(page.errorText().isEmpty(), qPrintable(page.errorText()));
    QVERIFY(session.isPreparing());
    QVERIFY(!session.progress());
    QVERIFY(cancelled.wait(30000));
    disconnect(stopAt);
    QVERIFY(ticksAtStop > 0);
    QVERIFY(preparing.size() >= 2);
    QCOMPARE(started.size(), 0);
    QVERIFY(!session.isPreparing());
    QVERIFY(!session.runner());
    QVERIFY(page.isComplete());
    QVERIFY(!page.prepareBar()->isVisible());
    QVERIFY(page.errorText().contains(QStringLiteral("nothing was sent")));
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("large-prepared")))
                .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());

    // Again to the end: every row prepared, reported, then sending starts.
    preparing.clear();
    const int ticksBefore = ticks;
    QString error;
    QVERIFY2(session.startSend(&error), qPrintable(error));
    QVERIFY(session.isPreparing());
    QVERIFY(started.wait(30000));
    QVERIFY(ticks > ticksBefore);
    QCOMPARE(preparing.last().at(0).toLongLong(), qint64(rows));
    QVERIFY(preparing.size() >= 3);
    QVERIFY(session.runner());
    const JournalSession *journaled = journal.session(session.journalId());
    QVERIFY(journaled);
    QCOMPARE(journaled->totalRows, qint64(rows));
    session.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(session.progress()->isFinished(), 30000);
}

void tst_ImportWizard::unreadableFilesStopAtTheFilePage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says");
    const QString png = m_dir.filePath(QStringLiteral("photo.png"));
    QFile f(png);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"));
    f.close();
    QTest::newRow("a PNG") << png << QStringLiteral("the file is not a text file");
    const QString wide = m_dir.filePath(QStringLiteral("wide.csv"));
    QVERIFY(writeCommaLine(wide, "First Name,Email\nA,a@x.org\n", "\nB,b@x.org\n"));
    QTest::newRow("60 MB of commas")
        << wide << QStringLiteral("Row 3 (line 3): the row has more than");
}

// The wizard says what csv-check says, on the file page, and goes no further.
void tst_ImportWizard::unreadableFilesStopAtTheFilePage()
{
    QFETCH(QString, path);
    QFETCH(QString, says);
    JobJournal journal(m_dir.filePath(QStringLiteral("journal-unreadable.json")));
    test::AnsweringQuestionProvider questions;
    ImportWizard wizard(*m_client, journal, questions);
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    wizard.next();
    auto *filePage = qobject_cast<ImportFilePage *>(wizard.currentPage());
    QVERIFY(filePage);
    QTRY_VERIFY2(filePage->statusText().contains(says), qPrintable(filePage->statusText()));
    QVERIFY(filePage->statusText().contains(u"cannot be read"));
    QCOMPARE(wizard.session()->document()->state(), ImportDocument::State::Failed);
    QVERIFY(!filePage->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void tst_ImportWizard::escapeAfterFixingCellsAsks()
{
    // One Esc after fixing a cell used to close the wizard and forget the file.
    const QString path = writeFile(20, {3});
    test::Services services(m_dir.filePath(QStringLiteral("settings-esc.ini")));
    JobJournal journal(m_dir.filePath(QStringLiteral("esc-journal.json")));
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    window.show();
    QPointer<ImportWizard> wizard =
        new ImportWizard(*m_client, journal, services.questions, &window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setFile(path);
    wizard->open();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    wizard->next(); // template
    wizard->next(); // file
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    wizard->next(); // mapping
    wizard->next(); // validation
    auto *validation = qobject_cast<ImportValidationPage *>(wizard->currentPage());
    QVERIFY(validation);
    QTRY_VERIFY_WITH_TIMEOUT(validation->isComplete(), 10000);
    QTRY_COMPARE(wizard->session()->document()->problemRowCount(), qint64(1));

    // Fix the bad e-mail in the grid with the keyboard.
    QTableView *grid = validation->grid();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(3, 3));
    QTest::keyClick(grid, Qt::Key_F2);
    QWidget *editor = nullptr;
    QTRY_VERIFY((editor = QApplication::focusWidget()) && grid->isAncestorOf(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("wizard3@example.com"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(wizard->session()->document()->problemRowCount(), qint64(0));
    QVERIFY(wizard->session()->document()->hasEdits());

    // Esc asks; "Keep editing" (the default) keeps the wizard, the file and the fix.
    services.questions.answer = false;
    QTest::keyClick(wizard->currentPage(), Qt::Key_Escape);
    QTRY_COMPARE(services.questions.answered, 1);
    QCOMPARE(services.questions.asked.size(), 1);
    QCOMPARE(services.questions.asked.first().text, QStringLiteral("Discard your changes?"));
    QCOMPARE(services.questions.asked.first().confirmText, QStringLiteral("Discard"));
    QCOMPARE(services.questions.asked.first().cancelText, QStringLiteral("Keep editing"));
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(ImportWizard::ValidationPage));
    QCOMPARE(wizard->session()->document()->path(), path);
    QVERIFY(wizard->session()->document()->hasEdits());

    // The close button asks the same way; Discard closes it.
    services.questions.answer = true;
    QVERIFY(!wizard->close());
    QTRY_COMPARE(services.questions.answered, 2);
    QTRY_VERIFY(!wizard);
}

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
