// A bulk job's whole life through DataBackend: queued -> running -> done with
// counts and failed-row reasons in the API log; files that are not the
// template fail the job with the reason; bulk update's <field>_op columns.

#include "datafixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ra;
using namespace ra::sandbox;
using namespace ra::sandbox::test;

class tst_BulkJobs : public QObject
{
    Q_OBJECT

private slots:
    void importLifecycle();
    void notTheTemplate_data();
    void notTheTemplate();
    void updateWithOperations();
    void pollingWithAfterCursor();
    void queuedJobSurvivesRestart();

private:
    static QString runImport(DataFixture &f, const QByteArray &csv, QStringList *states);
    static QJsonObject job(DataFixture &f, const QString &id);
};

QString tst_BulkJobs::runImport(DataFixture &f, const QByteArray &csv, QStringList *states)
{
    QSignalSpy spy(f.backend.get(), &DataBackend::jobStateChanged);
    const Response r = f.upload(
        QStringLiteral("bulkImport"),
        {DataFixture::part("data", csv, "users.csv", "text/csv"),
         DataFixture::part("communityId", f.ids.value(QStringLiteral("community")).toUtf8())},
        KeyKind::None);
    if (r.status != 200)
        return {};
    const QString id = r.data.toObject().value(QStringLiteral("jobId")).toString();
    const auto finished = [&] {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toString() == id && (args.at(1).toString() == QStringLiteral("done") ||
                                                args.at(1).toString() == QStringLiteral("failed")))
                return true;
        }
        return false;
    };
    for (int i = 0; i < 200 && !finished(); ++i)
        spy.wait(50);
    for (const QList<QVariant> &args : std::as_const(spy)) {
        if (args.at(0).toString() == id)
            states->append(args.at(1).toString());
    }
    return id;
}

QJsonObject tst_BulkJobs::job(DataFixture &f, const QString &id)
{
    return f.call(QStringLiteral("getApiLogJob"), {}, {{QStringLiteral("jobId"), id}})
        .data.toObject();
}

void tst_BulkJobs::importLifecycle()
{
    DataFixture f(20);
    QVERIFY(f.opened);
    QByteArray csv = "\xEF\xBB\xBF"
                     "First Name,Last Name,Username,Email,Phone,Country,Language,Role,Tag\r\n";
    // Good rows: plain, roles/tags quoted, non-ASCII names.
    csv += "Zoë,Müller,zoe_m,zoe@example.com,+4915100,DE,Deutsch,\"VIP,Member\",Beta\r\n";
    csv += "Жанна,Жукова,zhanna,zhanna@example.com,,RU,Русский,,\r\n";
    csv += "\"Multi\nLine\",中文,zhong,zhong@example.com,,CN,中文,,\r\n";
    // Failing rows with their reasons.
    csv += ",Nofirst,nofirst,nofirst@example.com,,,,,\r\n";                            // row 6
    csv += "A,B,dup,admin@example.com,,,,,\r\n";                                       // row 7
    csv += "A,B,badrole,badrole@example.com,,,,vip,\r\n";                              // row 8
    csv += QByteArray("A,") + QByteArray(51, 'x') + ",long,long@example.com,,,,,\r\n"; // row 9
    csv += "A,B,badmail,not-an-email,,,,,\r\n";                                        // row 10
    csv += "A,B,zoe_m,zoe2@example.com,,,,,\r\n";                                      // row 11
    csv += "only,three,cells\r\n";                                                     // row 12
    QStringList states;
    const QString id = runImport(f, csv, &states);
    QVERIFY(!id.isEmpty());
    QCOMPARE(states, (QStringList{QStringLiteral("queued"), QStringLiteral("running"),
                                  QStringLiteral("done")}));
    const QJsonObject j = job(f, id);
    QCOMPARE(j.value(QStringLiteral("type")).toString(), QStringLiteral("import"));
    QCOMPARE(j.value(QStringLiteral("fileName")).toString(), QStringLiteral("users.csv"));
    QCOMPARE(j.value(QStringLiteral("total")).toInt(), 10);
    QCOMPARE(j.value(QStringLiteral("processed")).toInt(), 10);
    QCOMPARE(j.value(QStringLiteral("created")).toInt(), 3);
    QCOMPARE(j.value(QStringLiteral("failed")).toInt(), 7);
    const QJsonArray jobs = f.call(QStringLiteral("listApiLogJobs")).data.toArray();
    QVERIFY(!jobs.isEmpty());
    QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    const QJsonArray entries =
        f.call(QStringLiteral("getApiLogEntries"), {}, {{QStringLiteral("jobId"), id}})
            .data.toObject()
            .value(QStringLiteral("entries"))
            .toArray();
    QHash<int, QString> failures;
    for (const QJsonValue &e : entries) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("level")).toString() == QStringLiteral("error"))
            failures.insert(o.value(QStringLiteral("row")).toInt(),
                            o.value(QStringLiteral("message")).toString());
    }
    QCOMPARE(failures.size(), 7);
    QVERIFY(failures.value(6).contains(QStringLiteral("First Name")));
    QVERIFY(failures.value(7).contains(QStringLiteral("already exists")));
    QVERIFY(failures.value(8).contains(QStringLiteral("vip")));
    QVERIFY(failures.value(9).contains(QStringLiteral("50")));
    QVERIFY(failures.value(10).contains(QStringLiteral("Email")));
    QVERIFY(failures.value(11).contains(QStringLiteral("Username already exists")));
    QVERIFY(failures.value(12).contains(QStringLiteral("cells")));
    const QJsonObject zoe =
        f.call(QStringLiteral("getUserData"),
               QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("zoe@example.com")}})
            .data.toObject();
    QCOMPARE(zoe.value(QStringLiteral("firstName")).toString(), QStringLiteral("Zoë"));
    QVERIFY(zoe.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("VIP")));
    QVERIFY(zoe.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("Member")));
    const QJsonObject multi =
        f.call(QStringLiteral("getUserData"),
               QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("zhong@example.com")}})
            .data.toObject();
    QCOMPARE(multi.value(QStringLiteral("firstName")).toString(), QStringLiteral("Multi\nLine"));
}

void tst_BulkJobs::notTheTemplate_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing required column")
        << QByteArray("First Name,Last Name,Email\nA,B,c@d.ef\n") << QStringLiteral("Username");
    QTest::newRow("unknown column")
        << QByteArray("First Name,Last Name,Username,Email,Shoe\n") << QStringLiteral("Shoe");
    QTest::newRow("binary garbage")
        << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16) << QStringLiteral("binary");
    QTest::newRow("unclosed quote")
        << QByteArray("First Name,Last Name,Username,Email\n\"A,B,c,d@e.fg\n")
        << QStringLiteral("Unclosed quote");
    QTest::newRow("not utf-8") << QByteArray(
                                      "First Name,Last Name,Username,Email\n\xE9,\xFC,c,d@e.fg\n")
                               << QStringLiteral("UTF-8");
}

void tst_BulkJobs::notTheTemplate()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, reason);
    DataFixture f(5);
    QVERIFY(f.opened);
    QStringList states;
    const QString id = runImport(f, csv, &states);
    QVERIFY(!id.isEmpty());
    QCOMPARE(states.last(), QStringLiteral("failed"));
    const QJsonObject j = job(f, id);
    QCOMPARE(j.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY2(j.value(QStringLiteral("error")).toString().contains(reason),
             qPrintable(j.value(QStringLiteral("error")).toString()));
    QCOMPARE(j.value(QStringLiteral("created")).toInt(), 0);
    // The server goes on answering.
    QCOMPARE(f.call(QStringLiteral("getIntegrationChannels")).status, 200);
}

void tst_BulkJobs::updateWithOperations()
{
    DataFixture f(10);
    QVERIFY(f.opened);
    const auto user = [&](const char *who) {
        return f
            .call(QStringLiteral("getUserData"),
                  QJsonObject{{QStringLiteral("idOrEmail"), QLatin1String(who)}})
            .data.toObject();
    };
    const QJsonObject before = user("2");
    const QString email2 = before.value(QStringLiteral("email")).toString();
    const QString email3 = user("3").value(QStringLiteral("email")).toString();
    const int xp2 = before.value(QStringLiteral("xp")).toInt();
    const QByteArray csv = "Email,xp_op,xp,coins_op,coins,Country,Role\n" + email2.toUtf8() +
                           ",add,15,overwrite,777,NO,Moderator\n" + email3.toUtf8() +
                           ",Add,1,,,,\n" + "ghost@example.com,add,1,,,,\n";
    QSignalSpy spy(f.backend.get(), &DataBackend::jobStateChanged);
    const Response r =
        f.upload(QStringLiteral("bulkUpdate"), {DataFixture::part("data", csv, "update.csv")});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.message, QStringLiteral("Bulk update user process is queued"));
    const QString id = r.data.toObject().value(QStringLiteral("jobId")).toString();
    QTRY_COMPARE(job(f, id).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const QJsonObject j = job(f, id);
    QCOMPARE(j.value(QStringLiteral("updated")).toInt(), 1);
    QCOMPARE(j.value(QStringLiteral("failed")).toInt(), 2);
    const QJsonObject after = user("2");
    QCOMPARE(after.value(QStringLiteral("xp")).toInt(), xp2 + 15);
    QCOMPARE(after.value(QStringLiteral("coins")).toInt(), 777);
    QCOMPARE(after.value(QStringLiteral("country")).toString(), QStringLiteral("NO"));
    QCOMPARE(after.value(QStringLiteral("roles")).toArray(),
             (QJsonArray{QStringLiteral("@all"), QStringLiteral("Moderator")}));
    const QJsonArray entries =
        f.call(QStringLiteral("getApiLogEntries"), {}, {{QStringLiteral("jobId"), id}})
            .data.toObject()
            .value(QStringLiteral("entries"))
            .toArray();
    QStringList errors;
    for (const QJsonValue &e : entries) {
        if (e.toObject().value(QStringLiteral("level")).toString() == QStringLiteral("error"))
            errors.append(e.toObject().value(QStringLiteral("message")).toString());
    }
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(0).contains(QStringLiteral("xp_op 'Add'")));
    QVERIFY(errors.at(1).contains(QStringLiteral("ghost@example.com")));
    // An _op column that is not right before its field fails the job.
    const Response bad =
        f.upload(QStringLiteral("bulkUpdate"),
                 {DataFixture::part("data", "Email,xp_op,coins,xp\na@b.cd,add,1,1\n")});
    const QString badId = bad.data.toObject().value(QStringLiteral("jobId")).toString();
    QTRY_COMPARE(job(f, badId).value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY(
        job(f, badId).value(QStringLiteral("error")).toString().contains(QStringLiteral("xp_op")));
}

void tst_BulkJobs::pollingWithAfterCursor()
{
    DataFixture f(5);
    QVERIFY(f.opened);
    f.backend->setBulkBatchSize(2);
    QByteArray csv = "First Name,Last Name,Username,Email\n";
    for (int i = 0; i < 9; ++i)
        csv +=
            "A,B,poll" + QByteArray::number(i) + ",poll" + QByteArray::number(i) + "@example.com\n";
    QSignalSpy started(f.backend.get(), &DataBackend::jobStateChanged);
    const Response r = f.upload(
        QStringLiteral("bulkImport"),
        {DataFixture::part("data", csv),
         DataFixture::part("communityId", f.ids.value(QStringLiteral("community")).toUtf8())},
        KeyKind::None);
    const QString id = r.data.toObject().value(QStringLiteral("jobId")).toString();
    // Once the job runs (its first batch not yet done), a request creates a
    // user: the job's users must not collide with it.
    while (started.last().at(1).toString() != QStringLiteral("running"))
        QVERIFY(started.wait(5000));
    QCOMPARE(job(f, id).value(QStringLiteral("processed")).toInt(), 0);
    const Response created = f.call(
        QStringLiteral("createUser"),
        QJsonDocument::fromJson(
            R"({"firstname":"Mid","lastname":"Job","username":"midjob","displayname":"M","email":"midjob@example.com","accessLevel":0,"joinServer":true,"emailPassword":false,"sendEmail":false})")
            .object());
    QCOMPARE(created.status, 201);
    // Poll while it runs: every entry is seen once, in order.
    qint64 after = 0;
    QList<qint64> seqs;
    QString state;
    QSignalSpy progress(f.backend.get(), &DataBackend::jobStateChanged);
    for (int i = 0; i < 400 && state != QStringLiteral("done"); ++i) {
        const QJsonObject data =
            f.call(QStringLiteral("getApiLogEntries"), {}, {{QStringLiteral("jobId"), id}},
                   QStringLiteral("after=%1").arg(after))
                .data.toObject();
        for (const QJsonValue &e : data.value(QStringLiteral("entries")).toArray())
            seqs.append(e.toObject().value(QStringLiteral("seq")).toInteger());
        after = data.value(QStringLiteral("next_after")).toInteger();
        state =
            data.value(QStringLiteral("job")).toObject().value(QStringLiteral("state")).toString();
        if (state != QStringLiteral("done"))
            progress.wait(20);
    }
    QCOMPARE(state, QStringLiteral("done"));
    const QJsonObject last =
        f.call(QStringLiteral("getApiLogEntries"), {}, {{QStringLiteral("jobId"), id}},
               QStringLiteral("after=%1").arg(after))
            .data.toObject();
    for (const QJsonValue &e : last.value(QStringLiteral("entries")).toArray())
        seqs.append(e.toObject().value(QStringLiteral("seq")).toInteger());
    QVERIFY(seqs.size() >= 5 + 3); // queued, started, 5 progress lines, finished
    for (int i = 1; i < seqs.size(); ++i)
        QVERIFY(seqs.at(i) > seqs.at(i - 1));
    QCOMPARE(job(f, id).value(QStringLiteral("created")).toInt(), 9);
    QCOMPARE(job(f, id).value(QStringLiteral("failed")).toInt(), 0);
}

void tst_BulkJobs::queuedJobSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("jobs.db"));
    QString id;
    {
        DataFixture f(5, 42, path);
        QVERIFY2(f.opened, qPrintable(f.openError));
        // Queued, and the event loop never runs before the backend closes.
        const Response r = f.upload(
            QStringLiteral("bulkImport"),
            {DataFixture::part(
                 "data", "First Name,Last Name,Username,Email\nR,S,restart1,r1@example.com\n"),
             DataFixture::part("communityId", f.ids.value(QStringLiteral("community")).toUtf8())},
            KeyKind::None);
        id = r.data.toObject().value(QStringLiteral("jobId")).toString();
        QCOMPARE(job(f, id).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        f.backend->close();
    }
    DataFixture again(5, 42, path);
    QVERIFY2(again.opened, qPrintable(again.openError));
    QTRY_COMPARE(job(again, id).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(job(again, id).value(QStringLiteral("created")).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_BulkJobs)
#include "tst_bulkjobs.moc"
