// Measures the data layer's two speed goals in-process (no HTTP): seeding a
// community of 1,000,000 users (goal <= 20 s) and a 100,000-row bulk import
// (goal <= 10 s), plus a 100,000-row bulk update. Built with the tests, not registered in ctest (it
// takes tens of seconds). Usage: bench_seed [users] [rows] [db-file]

#include "databackend.h"

#include "api/routetable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>

using namespace ra;
using namespace ra::sandbox;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int users = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const int rows = args.size() > 2 ? args.at(2).toInt() : 100000;
    const QString path = args.size() > 3 ? args.at(3) : QString();

    DataBackend backend;
    QString error;
    if (!backend.open(path, &error)) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!backend.seed(20260127, users, &error)) {
        std::fprintf(stderr, "seed failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("seed %d users: %.2f s (goal <= 20 s)\n", users, double(timer.elapsed()) / 1000.0);
    std::fflush(stdout);

    QByteArray csv = "First Name,Last Name,Username,Email,Phone,Country,Language,Role,Tag\r\n";
    csv.reserve(rows * 90);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "Zoë,Müller-" + n + ",bench_user_" + n + ",bench" + n + "@example.com,+4915100" + n +
               ",DE,Deutsch," + (i % 10 == 0 ? "\"VIP,Member\"" : "") + "," +
               (i % 7 == 0 ? "Beta" : "") + "\r\n";
    }
    // Runs one bulk job to its end on the event loop; returns its job object.
    const auto runJob = [&](const char *operation, const QByteArray &file, QString *state) {
        Request request;
        request.route = RouteTable::builtIn().find(QLatin1String(operation));
        request.key = backend.lookupKey(backend.demo().integrationKey);
        MultipartPart data;
        data.name = "data";
        data.fileName = "bench.csv";
        data.data = file;
        MultipartPart community;
        community.name = "communityId";
        community.data = backend.demo().communityId.toUtf8();
        request.parts = {data, community};
        const Response queued = backend.handle(request);
        if (queued.status != 200) {
            *state = queued.message;
            return QJsonObject();
        }
        const QString jobId = queued.data.toObject().value(QStringLiteral("jobId")).toString();
        QMetaObject::Connection c = QObject::connect(
            &backend, &DataBackend::jobStateChanged, &app,
            [&](const QString &id, const QString &s) {
                if (id == jobId && (s == QStringLiteral("done") || s == QStringLiteral("failed"))) {
                    *state = s;
                    app.quit();
                }
            });
        app.exec();
        QObject::disconnect(c);
        Request get;
        get.route = RouteTable::builtIn().find(QStringLiteral("getApiLogJob"));
        get.key = backend.lookupKey(backend.demo().integrationKey);
        get.pathParams.insert(QStringLiteral("jobId"), jobId);
        return backend.handle(get).data.toObject();
    };
    QString state;
    timer.restart();
    QJsonObject job = runJob("bulkImport", csv, &state);
    std::printf("bulk import %d rows: %.2f s (goal <= 10 s) [%s: %lld created, %lld failed]\n",
                rows, double(timer.elapsed()) / 1000.0, qPrintable(state),
                job.value(QStringLiteral("created")).toInteger(),
                job.value(QStringLiteral("failed")).toInteger());
    int exitCode = state == QStringLiteral("done") ? 0 : 1;
    QByteArray update = "Email,xp_op,xp,coins_op,coins,Country\r\n";
    for (int i = 0; i < rows; ++i)
        update += "bench" + QByteArray::number(i) + "@example.com,add,5,subtract,1,NO\r\n";
    timer.restart();
    job = runJob("bulkUpdate", update, &state);
    std::printf("bulk update %d rows: %.2f s [%s: %lld updated, %lld failed]\n", rows,
                double(timer.elapsed()) / 1000.0, qPrintable(state),
                job.value(QStringLiteral("updated")).toInteger(),
                job.value(QStringLiteral("failed")).toInteger());
    if (state != QStringLiteral("done"))
        exitCode = 1;
    return exitCode;
}
