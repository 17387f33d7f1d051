#include "api/requestlog.h"
#include "api/requestlogmodel.h"
#include "api/requestlogwriter.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class tst_RequestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void appendsRowsAndShowsColumns();
    void capacityDropsOldest();
    void clearResets();
    void writerWritesJsonLines();

private:
    static RequestRecord record(int i, bool failed = false);
};

RequestRecord tst_RequestLogModel::record(int i, bool failed)
{
    RequestRecord r;
    r.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC).addSecs(i);
    r.operationId = QStringLiteral("getUserData");
    r.method = QStringLiteral("POST");
    r.url = QStringLiteral("https://integration.example/apis/v1/users/info");
    r.status = failed ? 503 : 200;
    r.durationMs = 10 + i;
    r.bytesUp = 30;
    r.bytesDown = 1000 + i;
    r.retries = failed ? 3 : 0;
    if (failed) {
        r.errorKind = QStringLiteral("http");
        r.error = QStringLiteral("Service Unavailable");
    }
    return r;
}

void tst_RequestLogModel::appendsRowsAndShowsColumns()
{
    RequestLog log;
    RequestLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    log.append(record(0));
    log.append(record(1, true));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(RequestLogModel::ColumnCount));
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(cell(1, RequestLogModel::StatusColumn).toString(), QStringLiteral("503"));
    QCOMPARE(cell(1, RequestLogModel::StatusColumn, RequestLogModel::RawRole).toInt(), 503);
    QCOMPARE(cell(1, RequestLogModel::RetriesColumn).toInt(), 3);
    QCOMPARE(cell(0, RequestLogModel::OperationColumn).toString(), QStringLiteral("getUserData"));
    QCOMPARE(cell(0, RequestLogModel::DurationColumn, RequestLogModel::RawRole).toLongLong(), 10);
    QVERIFY(cell(1, RequestLogModel::ErrorColumn).toString().contains(QStringLiteral("http")));
    QVERIFY(cell(0, RequestLogModel::ErrorColumn).toString().isEmpty());
    QCOMPARE(cell(1, 0, RequestLogModel::FailedRole).toBool(), true);
    QCOMPARE(model.headerData(RequestLogModel::UrlColumn, Qt::Horizontal).toString(),
             QStringLiteral("URL"));
}

void tst_RequestLogModel::capacityDropsOldest()
{
    RequestLog log;
    log.setCapacity(3);
    RequestLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 5; ++i)
        log.append(record(i));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, RequestLogModel::DurationColumn), RequestLogModel::RawRole)
                 .toLongLong(),
             12);
    log.setCapacity(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(log.at(0).durationMs, 14);
}

void tst_RequestLogModel::clearResets()
{
    RequestLog log;
    RequestLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.append(record(0));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    log.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void tst_RequestLogModel::writerWritesJsonLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("requests.jsonl"));
    RequestLog log;
    RequestLogWriter writer(&log);
    QString error;
    QVERIFY(writer.open(path, &error));
    log.append(record(0));
    log.append(record(1, true));
    QCOMPARE(writer.linesWritten(), 2);
    writer.close();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(u"operation").toString(), QStringLiteral("getUserData"));
    QCOMPARE(second.value(u"status").toInt(), 503);
    QCOMPARE(second.value(u"retries").toInt(), 3);
    QCOMPARE(second.value(u"errorKind").toString(), QStringLiteral("http"));
    QCOMPARE(second.value(u"bytesDown").toInt(), 1001);
    QVERIFY(!QJsonDocument::fromJson(lines.at(0)).object().contains(u"error"));
    QVERIFY(!writer.open(dir.filePath(QStringLiteral("no/such/dir/x.jsonl")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RequestLogModel)
#include "tst_requestlogmodel.moc"
