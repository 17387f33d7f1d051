// The `returning-sandbox` executable under hostile load, measured from the
// outside through /proc: 300 idle connections under a 256-descriptor limit
// (no spinning, a fresh request still answered), 50 MB request values
// (small replies, bounded memory), and listening beyond loopback (a warning,
// random keys unless --fixed-keys).
#include "rawhttpclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace ra::sandbox::test;

class TestSandboxLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void descriptorLimitStaysResponsive();
    void hugeValuesKeepMemoryBounded_data();
    void hugeValuesKeepMemoryBounded();
    void beyondLoopbackUsesRandomKeys();
};

namespace {

// Runs the executable through `sh -c` (so a ulimit can come first) and
// returns its startup line; empty on failure.
QJsonObject start(QProcess *process, const QString &shellPrefix, const QStringList &args)
{
    QString command = shellPrefix + QStringLiteral("exec \"$0\"");
    for (int i = 1; i <= args.size(); ++i)
        command += QStringLiteral(" \"$%1\"").arg(i);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QStringLiteral("sh"),
                   QStringList{QStringLiteral("-c"), command, QStringLiteral(RA_SANDBOX_BINARY)} +
                       args);
    if (!QTest::qWaitFor(
            [&] { return process->canReadLine() || process->state() == QProcess::NotRunning; },
            120000))
        return {};
    return QJsonDocument::fromJson(process->readLine()).object();
}

void stop(QProcess *process)
{
    if (process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process->processId()), SIGTERM);
    process->waitForFinished(30000);
}

QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// User plus system CPU time of a process in milliseconds, from /proc/PID/stat.
qint64 cpuMs(qint64 pid)
{
    const QByteArray stat = procFile(pid, "stat");
    // Fields after the ")" that ends the command name: state is field 3,
    // utime field 14 and stime field 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

// A line of /proc/PID/status in kB (e.g. "VmHWM", the peak resident size).
qint64 statusKb(qint64 pid, const QByteArray &field)
{
    const QList<QByteArray> lines = procFile(pid, "status").split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int openDescriptors(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).count()) - 2; // minus . and ..
}

} // namespace

void TestSandboxLimits::descriptorLimitStaysResponsive()
{
    QProcess process;
    const QJsonObject info = start(&process, QStringLiteral("ulimit -n 256; "),
                                   {QStringLiteral("--users"), QStringLiteral("50")});
    QVERIFY2(!info.isEmpty(), process.readAllStandardError().constData());
    const quint16 port = quint16(info.value(u"port").toInt());
    const qint64 pid = process.processId();

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 300; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    // Every client gets in. At the cap the server makes room by closing the connection idle
    // longest (HttpListener::evictIdle), so a client may already have been let go again: that
    // is a close by the server, never a refusal.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.begin(), idle.end(),
                                         [](const auto &s) {
                                             return s->state() == QAbstractSocket::ConnectedState ||
                                                    s->error() ==
                                                        QAbstractSocket::RemoteHostClosedError;
                                         }),
                             20000);
    // The server holds as many as its descriptors allow, less the 32 it
    // keeps free for its own files (HttpListener::descriptorHeadroom).
    QTRY_VERIFY_WITH_TIMEOUT(openDescriptors(pid) >= 256 - 32, 20000);
    QVERIFY2(openDescriptors(pid) <= 256 - 16, qPrintable(QString::number(openDescriptors(pid))));

    // Two seconds with every descriptor in use: the CPU time must barely move
    // (a server spinning on a failing accept() burns all of it).
    const qint64 before = cpuMs(pid);
    QTest::qWait(2000);
    const qint64 used = cpuMs(pid) - before;
    QVERIFY2(before >= 0 && used < 400, qPrintable(QStringLiteral("%1 ms CPU").arg(used)));

    // A fresh client is still answered, and soon.
    QElapsedTimer timer;
    timer.start();
    RawHttpClient fresh;
    QVERIFY(fresh.connectTo(port));
    fresh.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const RawReply reply = fresh.readReply(5000);
    QCOMPARE(reply.status, 200);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(process.state() == QProcess::Running);
    stop(&process);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxLimits::hugeValuesKeepMemoryBounded_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray huge(50 * 1024 * 1024, 'x');
    QTest::newRow("50 MB path") << "GET /integration/" + huge + " HTTP/1.1\r\nHost: h\r\n\r\n"
                                << 414;
    QTest::newRow("50 MB header") << "GET /health HTTP/1.1\r\nHost: h\r\nX-Big: " + huge +
                                         "\r\n\r\n"
                                  << 431;
}

void TestSandboxLimits::hugeValuesKeepMemoryBounded()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QProcess process;
    const QJsonObject info =
        start(&process, QString(), {QStringLiteral("--users"), QStringLiteral("50")});
    QVERIFY2(!info.isEmpty(), process.readAllStandardError().constData());
    RawHttpClient client;
    QVERIFY(client.connectTo(quint16(info.value(u"port").toInt())));
    client.send(request);
    const RawReply reply = client.readReply(20000);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.body.size() < 1024, QByteArray::number(reply.body.size()).constData());
    QVERIFY(client.waitClosed(20000));
    const qint64 peakKb = statusKb(process.processId(), "VmHWM");
    QVERIFY2(peakKb > 0 && peakKb < 150 * 1024, qPrintable(QStringLiteral("%1 kB").arg(peakKb)));
    stop(&process);
}

void TestSandboxLimits::beyondLoopbackUsesRandomKeys()
{
    const QStringList small{QStringLiteral("--users"), QStringLiteral("20")};
    QProcess loopback;
    const QJsonObject seeded = start(&loopback, QString(), small);
    QVERIFY(!seeded.isEmpty());
    stop(&loopback);
    const QByteArray quiet = loopback.readAllStandardError();
    QVERIFY2(!quiet.contains("warning: listening"), quiet.constData());
    const QJsonObject seededKeys = seeded.value(u"keys").toObject();

    QProcess exposed;
    const QJsonObject random =
        start(&exposed, QString(),
              small + QStringList{QStringLiteral("--host"), QStringLiteral("0.0.0.0")});
    QVERIFY(!random.isEmpty());
    const QJsonObject randomKeys = random.value(u"keys").toObject();
    for (const char16_t *kind : {u"system", u"integration", u"noPermission"}) {
        const QString key = randomKeys.value(QStringView(kind)).toString();
        QVERIFY(key.size() >= 32);
        QVERIFY(key != seededKeys.value(QStringView(kind)).toString());
    }
    // The random system key is the one that works, and the seeded one no longer does.
    RawHttpClient client;
    QVERIFY(client.connectTo(quint16(random.value(u"port").toInt())));
    client.send("GET /system/api/v1/badges HTTP/1.1\r\nHost: h\r\nx-api-key: " +
                randomKeys.value(u"system").toString().toLatin1() + "\r\n\r\n");
    QCOMPARE(client.readReply().status, 200);
    client.send("GET /system/api/v1/badges HTTP/1.1\r\nHost: h\r\nx-api-key: " +
                seededKeys.value(u"system").toString().toLatin1() + "\r\n\r\n");
    QCOMPARE(client.readReply().status, 401);
    stop(&exposed);
    const QByteArray warning = exposed.readAllStandardError();
    QVERIFY2(warning.contains("warning: listening on 0.0.0.0") && warning.contains("random"),
             warning.constData());

    QProcess fixed;
    const QJsonObject kept =
        start(&fixed, QString(),
              small + QStringList{QStringLiteral("--host"), QStringLiteral("0.0.0.0"),
                                  QStringLiteral("--fixed-keys")});
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept.value(u"keys").toObject(), seededKeys);
    stop(&fixed);
    QVERIFY(fixed.readAllStandardError().contains("--fixed-keys"));
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
