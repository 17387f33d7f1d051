#include "assign/assignitemkind.h"
#include "assign/userlist.h"
#include "bulk/bulkjournal.h"
#include "bulk/bulkreport.h"
#include "bulk/bulkthrottle.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

// The bulk engine's parts that need no server: the adaptive in-flight limit,
// the append-only journal (replay, torn last line, a bad line named), the
// report, the assignment kinds' journal form and inverses, and member lists.
class tst_BulkParts : public QObject
{
    Q_OBJECT

private slots:
    void throttleHalvesOnceAndHolds();
    void throttleRaisesSlowlyToTheMaximum();
    void journalReplaysResultsAndDoubts();
    void journalKeepsAwkwardTextExactly();
    void journalIgnoresATornLastLine();
    void journalNamesABadLine();
    void unfinishedListsOnlyOpenJobs();
    void reportSummaryAndCsv();
    void assignKindsRoundTripAndInvert();
    void listOfLinesReportsBlanksDuplicatesRubbish();
    void csvColumnIsGuessedFromItsHeader();
    void csvWithoutHeaderTakesTheColumnThatLooksLikeMembers();
    void csvColumnChosenByName();
    void csvWithNoUsableColumnSaysSo();
    void csvUnknownColumnNamesTheColumns();
};

void tst_BulkParts::throttleHalvesOnceAndHolds()
{
    BulkThrottle t(32);
    QVERIFY(t.maySend(31, 0));
    QVERIFY(!t.maySend(32, 0));
    t.onSent(32);
    t.onThrottled(2000, 100);
    QCOMPARE(t.limit(), 16);
    // More 429s of the same burst (answers to requests sent before the decrease) do not halve
    // again, and above one in flight nothing is held: the refused requests wait on their own.
    t.onThrottled(2000, 150);
    QCOMPARE(t.limit(), 16);
    QVERIFY(t.maySend(15, 150));
    QCOMPARE(t.holdRemaining(150), 0);
    // A window's worth sent at the lowered limit, then another 429: the push-back goes on.
    t.onSent(16);
    t.onThrottled(-1, 3000);
    QCOMPARE(t.limit(), 8);
    for (int i = 0; i < 10; ++i) {
        t.onSent(t.limit());
        t.onThrottled(-1, 4000 + i);
    }
    QCOMPARE(t.limit(), 1); // never below one
    QCOMPARE(t.holdRemaining(4009), qint64(BulkThrottle::defaultHoldMs));
    // At one in flight a 429 holds every new send for the server's Retry-After.
    t.onSent(1);
    t.onThrottled(2000, 6000);
    QVERIFY(!t.maySend(0, 7999));
    QCOMPARE(t.holdRemaining(7000), 1000);
    QVERIFY(t.maySend(0, 8000));
}

void tst_BulkParts::throttleRaisesSlowlyToTheMaximum()
{
    BulkThrottle t(8);
    t.setRaiseEvery(4);
    t.onThrottled(0, 0);
    QCOMPARE(t.limit(), 4);
    for (int i = 0; i < 3; ++i)
        t.onSuccess();
    QCOMPARE(t.limit(), 4);
    t.onSuccess();
    QCOMPARE(t.limit(), 5);
    for (int i = 0; i < 100; ++i)
        t.onSuccess();
    QCOMPARE(t.limit(), 8);
    t.setMaximum(3); // a lower maximum applies at once
    QCOMPARE(t.limit(), 3);
    t.setMaximum(10); // a higher one is reached slowly
    QCOMPARE(t.limit(), 3);

    // While the limit is small it rises by one per window, not per `raiseEvery` successes.
    BulkThrottle small(32);
    for (int i = 0; i < 5; ++i) {
        small.onSent(small.limit());
        small.onThrottled(0, i);
    }
    QCOMPARE(small.limit(), 1);
    small.onSuccess();
    QCOMPARE(small.limit(), 2);
    small.onSuccess();
    small.onSuccess();
    QCOMPARE(small.limit(), 3);
}

namespace {

QList<BulkItem> someItems(int count)
{
    QList<BulkItem> items;
    for (int i = 0; i < count; ++i) {
        BulkItem item;
        item.input = QStringLiteral("user%1@example.com").arg(i);
        item.line = i + 2;
        item.key = QString::number(100 + i);
        items.append(item);
    }
    return items;
}

BulkJobInfo someInfo()
{
    BulkJobInfo info;
    info.id = BulkJobInfo::newId();
    info.kind = QStringLiteral("awardBadge");
    info.params = AssignItemKind(AssignOutcome::Action::AwardBadge, QStringLiteral("b1")).toJson();
    info.server = QStringLiteral("http://127.0.0.1:1/system/api/v1");
    info.community = QStringLiteral("c1");
    info.created = QDateTime::currentDateTimeUtc();
    return info;
}

} // namespace

void tst_BulkParts::journalReplaysResultsAndDoubts()
{
    QTemporaryDir dir;
    const BulkJobInfo info = someInfo();
    const QString path = BulkJournal::pathFor(dir.path(), info.id);
    BulkJournal journal;
    QString error;
    QVERIFY(journal.create(path, info, someItems(5), &error));
    QVERIFY(!journal.create(path, info, someItems(5), &error)); // never overwritten
    QVERIFY(journal.sending({0, 1, 2, 3}));
    BulkItem done = someItems(1).at(0);
    done.state = BulkItemState::Done;
    QVERIFY(journal.result(0, done));
    BulkItem failed;
    failed.state = BulkItemState::Failed;
    failed.reason = QStringLiteral("Boom, \"quoted\"");
    failed.httpStatus = 500;
    QVERIFY(journal.result(2, failed));
    QVERIFY(journal.notApplied(3)); // a 429: sent, not processed
    journal.close();

    BulkJournal::Replay replay;
    QVERIFY2(BulkJournal::load(path, &replay, &error), qPrintable(error));
    QCOMPARE(replay.info.id, info.id);
    QCOMPARE(replay.info.params.value(u"target").toString(), QStringLiteral("b1"));
    QCOMPARE(replay.items.size(), 5);
    QCOMPARE(replay.items.at(4).input, QStringLiteral("user4@example.com"));
    QCOMPARE(replay.items.at(4).key, QStringLiteral("104"));
    QCOMPARE(replay.items.at(4).line, 6);
    QCOMPARE(replay.items.at(0).state, BulkItemState::Done);
    QCOMPARE(replay.items.at(2).state, BulkItemState::Failed);
    QCOMPARE(replay.items.at(2).reason, failed.reason);
    QCOMPARE(replay.items.at(2).httpStatus, 500);
    QCOMPARE(replay.inDoubt, QSet<int>{1});
    QVERIFY(!replay.ended);
    QCOMPARE(replay.tornLines, 0);
}

void tst_BulkParts::journalKeepsAwkwardTextExactly()
{
    // The per-item lines are escaped by hand: every character a server
    // message may hold comes back as it was, and the lines stay valid JSON.
    QTemporaryDir dir;
    const BulkJobInfo info = someInfo();
    const QString path = BulkJournal::pathFor(dir.path(), info.id);
    BulkJournal journal;
    QString error;
    QVERIFY(journal.create(path, info, someItems(3), &error));
    QVERIFY(journal.sending({0, 1, 2}));
    BulkItem odd;
    odd.state = BulkItemState::Failed;
    odd.outcome = QStringLiteral("o\\ut\"come");
    odd.reason = QStringLiteral("line\nbreak\ttab\r\b\f \\ back \"q\" ") + QChar(0x01) +
                 QChar(0x1f) + QStringLiteral(" caf\u00e9 \u2713 ") + QChar(0xd83d) + QChar(0xde00);
    odd.httpStatus = 422;
    QVERIFY(journal.result(1, odd));
    BulkItem plain;
    plain.state = BulkItemState::Already;
    journal.queueResult(2, plain);
    QVERIFY(journal.flushResults());
    journal.close();

    BulkJournal::Replay replay;
    QVERIFY2(BulkJournal::load(path, &replay, &error), qPrintable(error));
    QCOMPARE(replay.items.at(1).state, BulkItemState::Failed);
    QCOMPARE(replay.items.at(1).outcome, odd.outcome);
    QCOMPARE(replay.items.at(1).reason, odd.reason);
    QCOMPARE(replay.items.at(1).httpStatus, 422);
    QCOMPARE(replay.items.at(2).state, BulkItemState::Already);
    QCOMPARE(replay.items.at(2).reason, QString());
    QCOMPARE(replay.inDoubt, QSet<int>{0});
}

void tst_BulkParts::journalIgnoresATornLastLine()
{
    QTemporaryDir dir;
    const BulkJobInfo info = someInfo();
    const QString path = BulkJournal::pathFor(dir.path(), info.id);
    {
        BulkJournal journal;
        QString error;
        QVERIFY(journal.create(path, info, someItems(3), &error));
        QVERIFY(journal.sending({0}));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"r\":0,\"st\":\"do");
    file.close();
    BulkJournal::Replay replay;
    QString error;
    QVERIFY2(BulkJournal::load(path, &replay, &error), qPrintable(error));
    QCOMPARE(replay.tornLines, 1);
    QCOMPARE(replay.inDoubt, QSet<int>{0});
    QCOMPARE(replay.items.at(0).state, BulkItemState::Pending);
}

void tst_BulkParts::journalNamesABadLine()
{
    QTemporaryDir dir;
    const BulkJobInfo info = someInfo();
    const QString path = BulkJournal::pathFor(dir.path(), info.id);
    {
        BulkJournal journal;
        QString error;
        QVERIFY(journal.create(path, info, someItems(3), &error));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"s\":[0]}\nnot json\n{\"s\":[1]}\n");
    file.close();
    BulkJournal::Replay replay;
    QString error;
    QVERIFY(!BulkJournal::load(path, &replay, &error));
    QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
}

void tst_BulkParts::unfinishedListsOnlyOpenJobs()
{
    QTemporaryDir dir;
    BulkJobInfo open = someInfo();
    BulkJobInfo ended = someInfo();
    ended.id += QStringLiteral("-b");
    QString error;
    {
        BulkJournal journal;
        QVERIFY(
            journal.create(BulkJournal::pathFor(dir.path(), open.id), open, someItems(4), &error));
        QVERIFY(journal.sending({0, 1}));
    }
    {
        BulkJournal journal;
        QVERIFY(journal.create(BulkJournal::pathFor(dir.path(), ended.id), ended, someItems(2),
                               &error));
        QVERIFY(journal.end());
    }
    const QList<BulkJournal::Summary> list = BulkJournal::unfinished(dir.path());
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).info.id, open.id);
    QCOMPARE(list.at(0).inDoubt, 2);
    QCOMPARE(list.at(0).counts.pending, 4);
    QVERIFY(BulkJournal::forget(list.at(0).path));
    QVERIFY(BulkJournal::unfinished(dir.path()).isEmpty());
}

void tst_BulkParts::reportSummaryAndCsv()
{
    QList<BulkItem> items = someItems(4);
    items[0].state = BulkItemState::Done;
    items[1].state = BulkItemState::Failed;
    items[1].httpStatus = 500;
    items[1].reason = QStringLiteral("injected fault");
    items[2].state = BulkItemState::Failed;
    items[2].httpStatus = 500;
    items[2].reason = QStringLiteral("injected fault");
    items[3].state = BulkItemState::Already;
    items[3].input = QStringLiteral("=cmd()");
    BulkReport report(items);
    report.addUnsent(9, QStringLiteral("bob"), QStringLiteral("notMatched"),
                     QStringLiteral("no member has this username or e-mail"));
    QCOMPARE(report.counts().failed, 2);
    QCOMPARE(report.unsentCount(), 1);
    QCOMPARE(report.failureReasons().size(), 1);
    QCOMPARE(report.failureReasons().at(0).second, 2);
    QVERIFY(report.summary().contains(QStringLiteral("failed 2")));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(report.toCsv(&out, &error));
    const QString text = QString::fromUtf8(out.data());
    QVERIFY(text.contains(QStringLiteral("3,user1@example.com,101,failed,,500,injected fault")));
    QVERIFY(text.contains(QStringLiteral("\"'=cmd()\""))); // never a formula
    QVERIFY(text.contains(QStringLiteral("9,bob,,notMatched,,,no member")));
}

void tst_BulkParts::assignKindsRoundTripAndInvert()
{
    using Action = AssignOutcome::Action;
    const QList<QPair<Action, Action>> pairs{{Action::AwardBadge, Action::RemoveBadge},
                                             {Action::RemoveBadge, Action::AwardBadge},
                                             {Action::AddRole, Action::RemoveRole},
                                             {Action::RemoveRole, Action::AddRole}};
    for (const auto &p : pairs) {
        AssignItemKind kind(p.first, QStringLiteral("t1"), QStringLiteral("Early Bird"));
        QString error;
        std::unique_ptr<BulkItemKind> back = BulkKinds::create(kind.name(), kind.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name(), kind.name());
        QCOMPARE(back->toJson(), kind.toJson());
        QCOMPARE(kind.inverse()->name(), AssignItemKind::operationOf(p.second));
    }
    QString error;
    QVERIFY(!BulkKinds::create(QStringLiteral("launchRockets"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("launchRockets")));
}

void tst_BulkParts::listOfLinesReportsBlanksDuplicatesRubbish()
{
    const UserList list = UserList::parse("jurgen@example.com\n"
                                          "\n"
                                          "17\n"
                                          "bjorn.lefevre\n"
                                          "JURGEN@example.com\n"
                                          "two words\n"
                                          "5f1e2d3c4b5a697887766554\n"
                                          "a@b\n");
    QVERIFY(list.error().isEmpty());
    QVERIFY(!list.isCsv());
    QCOMPARE(list.entries().size(), 4);
    QCOMPARE(list.entries().at(0).type, UserList::EntryType::Email);
    QCOMPARE(list.entries().at(1).type, UserList::EntryType::Id);
    QCOMPARE(list.entries().at(1).line, 3);
    QCOMPARE(list.entries().at(2).type, UserList::EntryType::Username);
    QCOMPARE(list.entries().at(3).type, UserList::EntryType::Id);
    QCOMPARE(list.problems().size(), 4);
    QCOMPARE(list.problems().at(0).kind, UserList::Problem::Kind::Blank);
    QCOMPARE(list.problems().at(0).line, 2);
    QCOMPARE(list.problems().at(1).kind, UserList::Problem::Kind::Duplicate);
    QCOMPARE(list.problems().at(1).firstLine, 1);
    QCOMPARE(list.problems().at(2).kind, UserList::Problem::Kind::Rubbish);
    QCOMPARE(list.problems().at(2).line, 6);
    QVERIFY(list.problems().at(2).message().contains(QStringLiteral("Line 6")));
    QCOMPARE(list.problems().at(3).line, 8); // "a@b" has no domain dot
    QCOMPARE(list.errorCount(), 2);
}

void tst_BulkParts::csvColumnIsGuessedFromItsHeader()
{
    const UserList list = UserList::parse("Name,E-mail,Points\n"
                                          "Jurgen,jurgen@example.com,3\n"
                                          "Bjorn,,4\n"
                                          "Soren,soren@example.com,5\n");
    QVERIFY(list.isCsv());
    QVERIFY(list.hasHeader());
    QCOMPARE(list.column(), 1);
    QCOMPARE(list.entries().size(), 2);
    QCOMPARE(list.entries().at(1).line, 4);
    QCOMPARE(list.problems().size(), 1);
    QCOMPARE(list.problems().at(0).kind, UserList::Problem::Kind::Blank);
    QCOMPARE(list.problems().at(0).line, 3);
}

void tst_BulkParts::csvWithoutHeaderTakesTheColumnThatLooksLikeMembers()
{
    const UserList list = UserList::parse("Jurgen Muller;jurgen@example.com\n"
                                          "Bjorn Lefevre;bjorn@example.com\n");
    QVERIFY(list.isCsv());
    QVERIFY(!list.hasHeader());
    QCOMPARE(list.column(), 1);
    QCOMPARE(list.entries().size(), 2);
    QCOMPARE(list.entries().at(0).line, 1);
}

void tst_BulkParts::csvColumnChosenByName()
{
    const UserList list =
        UserList::parse("handle,email\nsoren,soren@example.com\n", QStringLiteral("HANDLE"));
    QCOMPARE(list.column(), 0);
    QCOMPARE(list.entries().size(), 1);
    QCOMPARE(list.entries().at(0).text, QStringLiteral("soren"));
    QCOMPARE(list.entries().at(0).type, UserList::EntryType::Username);
}

void tst_BulkParts::csvWithNoUsableColumnSaysSo()
{
    const UserList list = UserList::parse("Comment,Note\nhello there,big win\nsee you,ok then\n");
    QVERIFY(list.entries().isEmpty());
    QVERIFY2(list.error().contains(QStringLiteral("Comment, Note")), qPrintable(list.error()));
}

void tst_BulkParts::csvUnknownColumnNamesTheColumns()
{
    const UserList list = UserList::parse("name,email\nx,x@example.com\n", QStringLiteral("login"));
    QVERIFY(list.entries().isEmpty());
    QVERIFY2(list.error().contains(QStringLiteral("\"login\"")), qPrintable(list.error()));
    QVERIFY(list.error().contains(QStringLiteral("name, email")));
}

QTEST_GUILESS_MAIN(tst_BulkParts)
#include "tst_bulkparts.moc"
