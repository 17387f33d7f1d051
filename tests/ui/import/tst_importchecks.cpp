#include "../testservices.h"
#include "api/apiclient.h"
#include "import/csvpreviewmodel.h"
#include "import/dryrunchecker.h"
#include "import/failedrowsmodel.h"
#include "import/importdocument.h"
#include "import/importdryrunpage.h"
#include "import/importprogress.h"
#include "import/importprogressview.h"
#include "import/importsendpage.h"
#include "import/importsession.h"
#include "import/importvalidationpage.h"
#include "import/importwizard.h"
#include "import/jobjournal.h"
#include "replywaiter.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

// The honest numbers of the import wizard, offscreen against the sandbox: a 60-row file with a
// duplicated e-mail, a bad e-mail, a role in the wrong case, tags the app cannot check, a row
// skipped with the Delete key and a member that already exists. Both copies of the duplicate
// are flagged, the near match is one click away, the dry run counts the flagged rows as failing
// and lists the tags with their rows, Send asks with the numbers, and what is sent leaves the
// flagged and skipped rows out while failures still name the row of the user's file.
class tst_ImportChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gridDryRunAndSend();

private:
    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_ImportChecks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start(50));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_ImportChecks::gridDryRunAndSend()
{
    // A member who is on the server already: importing them fails there.
    auto page = track(m_client->getUsersByPage({QStringLiteral("email")}, {}, 1));
    QTRY_VERIFY_WITH_TIMEOUT(page->done, 10000);
    QVERIFY(!page->value.users.isEmpty());
    const QByteArray existing = page->value.users.first().email.toUtf8();

    constexpr int rows = 60;
    const int duplicateFirst = 10, duplicateSecond = 20, badEmail = 30, wrongCase = 5;
    const int skipped = 40, onServer = 50;
    QByteArray text = "First Name,Last Name,Username,Email,Role,Tag\n";
    int vip = 0;
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        QByteArray mail = "checks" + n + "@example.com";
        if (i == duplicateSecond)
            mail = "checks" + QByteArray::number(duplicateFirst) + "@example.com";
        if (i == badEmail)
            mail = "checks-at-example";
        if (i == onServer)
            mail = existing;
        const QByteArray role = i == wrongCase ? "moderator" : "Member";
        const bool flagged = i == duplicateFirst || i == duplicateSecond || i == badEmail;
        const QByteArray tag = i % 3 == 0 ? "VIP" : (i == 1 ? "Gold" : "");
        if (tag == "VIP" && !flagged && i != skipped)
            ++vip;
        text += "Ann,Doe," + QByteArray("chk_" + n) + ',' + mail + ',' + role + ',' + tag + '\n';
    }
    const QString path = m_dir.filePath(QStringLiteral("checks.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    test::Services services(m_dir.filePath(QStringLiteral("settings.ini")));
    JobJournal journal(m_dir.filePath(QStringLiteral("journal.json")));
    ImportWizard wizard(*m_client, journal, services.questions);
    wizard.session()->setPreparedFolder(m_dir.path());
    wizard.session()->setPollInterval(50);
    wizard.setCommunityName(QStringLiteral("Test Community")); // as the app names it
    wizard.setFile(path);
    wizard.show();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.session()->serverRoles().isEmpty(), false, 10000);
    while (wizard.currentId() != ImportWizard::ValidationPage) {
        const int before = wizard.currentId();
        wizard.next();
        QTRY_VERIFY(wizard.currentId() != before);
    }
    auto *validation = qobject_cast<ImportValidationPage *>(wizard.currentPage());
    QVERIFY(validation);
    ImportDocument *doc = wizard.session()->document();
    QTRY_VERIFY_WITH_TIMEOUT(validation->isComplete(), 20000);
    QTRY_VERIFY(doc->rowHasProblems(wrongCase));

    // Both copies of the duplicate are flagged, each naming the other's row (file rows:
    // header = 1).
    const int email = 3, role = 4;
    const CsvPreviewModel *preview = wizard.previewModel();
    const auto reason = [preview](int row, int column) {
        return preview->index(row, column)
            .data(int(CsvPreviewModel::DataRole::ProblemText))
            .toString();
    };
    QVERIFY2(reason(duplicateFirst, email).contains(QStringLiteral("row 22")),
             qPrintable(reason(duplicateFirst, email)));
    QVERIFY2(reason(duplicateSecond, email).contains(QStringLiteral("row 12")),
             qPrintable(reason(duplicateSecond, email)));
    // The reasons are in a column of their own, not only in a tooltip.
    QCOMPARE(preview->headerData(preview->columnCount() - 1, Qt::Horizontal).toString(),
             QStringLiteral("Problem"));
    QVERIFY(preview->index(badEmail, preview->columnCount() - 1)
                .data()
                .toString()
                .contains(QStringLiteral("checks-at-example")));

    // "moderator": one click puts the server's "Moderator" in.
    QTableView *grid = validation->grid();
    grid->setCurrentIndex(grid->model()->index(wrongCase, role));
    auto *fix = validation->findChild<QPushButton *>(QStringLiteral("useSuggestionButton"));
    QVERIFY(fix);
    QVERIFY(fix->isVisibleTo(validation));
    QVERIFY2(fix->text().contains(QStringLiteral("Moderator")), qPrintable(fix->text()));
    QTest::mouseClick(fix, Qt::LeftButton);
    QTRY_COMPARE(doc->cell(wrongCase, role), QStringLiteral("Moderator"));
    QTRY_VERIFY(!doc->rowHasProblems(wrongCase));

    // Delete skips the current row: not sent, counted as skipped.
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(skipped, 0));
    QTest::keyClick(grid, Qt::Key_Delete);
    QTRY_VERIFY2(validation->countsText().contains(QStringLiteral("1 skipped")),
                 qPrintable(validation->countsText()));
    QTRY_COMPARE(doc->problemRowCount(), qint64(3));
    test::saveScreenshot(wizard, QStringLiteral("importchecks-validation"));

    // The dry run: flagged rows will fail, the tags it could not check are listed.
    wizard.next();
    auto *dry = qobject_cast<ImportDryRunPage *>(wizard.currentPage());
    QVERIFY(dry);
    dry->startCheck();
    DryRunChecker *checker = wizard.session()->dryRun();
    QTRY_VERIFY_WITH_TIMEOUT(checker->isComplete(), 20000);
    const QString result = dry->resultText();
    QVERIFY2(result.contains(QStringLiteral("Would be created: 55.")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("would fail: 1.")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Rows with problems, will fail (not sent): 3.")),
             qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Skipped by you (not sent): 1.")), qPrintable(result));
    // (Tests run without the catalogue: plurals read "row(s)".)
    QVERIFY2(result.contains(QStringLiteral("Tag \"VIP\" on %1 row").arg(vip)), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Tag \"Gold\" on 1 row")), qPrintable(result));
    test::saveScreenshot(wizard, QStringLiteral("importchecks-dryrun"));

    // Send asks first, with the numbers; declining sends nothing.
    services.questions.answer = false;
    const qsizetype asked = services.questions.asked.size();
    wizard.next();
    QTRY_COMPARE(services.questions.answered, int(asked) + 1);
    QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPage));
    QCOMPARE(services.questions.asked.last().text,
             QStringLiteral("Send 56 row(s) to Test Community? 3 row(s) with problems will be "
                            "skipped. 1 row(s) you skipped will not be sent."));
    QVERIFY(!wizard.session()->progress());
    services.questions.answer = true;
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SendPage));

    // 56 rows go out. Two fail on the server, each named by its row in the user's file although
    // four rows before the second were left out: the member already there, and the row whose
    // "Gold" tag the dry run could not check (the sandbox has no such tag).
    ImportProgress *progress = wizard.session()->progress();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->isFinished(), 30000);
    QCOMPARE(progress->processed(), 56);
    QCOMPARE(progress->created(), 54);
    QCOMPARE(progress->failed(), 2);
    QSet<qint64> failedRows;
    QString failures;
    for (int i = 0; i < progress->failedRows()->rowCount(); ++i) {
        failedRows.insert(progress->failedRows()->at(i).row - 1);
        failures += progress->failedRows()->at(i).reason + u';';
    }
    QCOMPARE(failedRows, QSet<qint64>({1, onServer}));
    QVERIFY2(failures.contains(QStringLiteral("Gold")), qPrintable(failures));
    // The end says what was left out, so 56 of 56 does not read as the whole file.
    auto *send = qobject_cast<ImportSendPage *>(wizard.page(ImportWizard::SendPage));
    QVERIFY(send);
    QTRY_VERIFY2(send->progressView()->countersText().contains(
                     QStringLiteral("Left out of the file's 60 rows, not sent: 3 with problems, 1 "
                                    "skipped by you.")),
                 qPrintable(send->progressView()->countersText()));
}

QTEST_MAIN(tst_ImportChecks)
#include "tst_importchecks.moc"
