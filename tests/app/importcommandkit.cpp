#include "importcommandkit.h"

#include "api/apiclient.h"
#include "importcommand.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace ra;

bool ImportCommandKit::start(int users)
{
    if (!dir.isValid() || !sandbox.start(users))
        return false;
    const ApiClientConfig c = sandbox.config();
    return !writeKeyFile(QStringLiteral("integration.key"), c.integrationKey).isEmpty() &&
           !writeKeyFile(QStringLiteral("system.key"), c.systemKey).isEmpty();
}

int ImportCommandKit::run(const QStringList &args)
{
    QBuffer outBuffer;
    QBuffer errBuffer;
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    const int code = runImportCommand(args, {}, &outBuffer, &errBuffer);
    out = outBuffer.data();
    err = errBuffer.data();
    return code;
}

QStringList ImportCommandKit::connection() const
{
    const ApiClientConfig c = sandbox.config();
    return {QStringLiteral("--base-url"),
            QStringLiteral("integration=") + c.baseUrl(ApiFamily::Integration).toString(),
            QStringLiteral("--base-url"),
            QStringLiteral("system=") + c.baseUrl(ApiFamily::System).toString(),
            QStringLiteral("--key-file"),
            dir.filePath(QStringLiteral("integration.key")),
            QStringLiteral("--system-key-file"),
            dir.filePath(QStringLiteral("system.key")),
            QStringLiteral("--community"),
            c.communityId,
            QStringLiteral("--journal"),
            dir.filePath(QStringLiteral("journal.json")),
            QStringLiteral("--poll-ms"),
            QStringLiteral("50")};
}

QString ImportCommandKit::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString ImportCommandKit::writeKeyFile(const QString &name, const QString &key)
{
    const QString path = writeFile(name, key.toUtf8() + '\n');
    if (path.isEmpty() || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return {};
    return path;
}

QByteArray ImportCommandKit::membersCsv(const QByteArray &prefix, int count)
{
    QByteArray csv = "First Name,Last Name,Username,Email\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = prefix + QByteArray::number(i);
        csv += "Cli,User," + n + "," + n + "@example.com\n";
    }
    return csv;
}

QStringList ImportCommandKit::memberEmails(const QString &prefix, int count)
{
    QStringList emails;
    for (int i = 0; i < count; ++i)
        emails.append(prefix + QString::number(i) + QStringLiteral("@example.com"));
    return emails;
}

QString ImportCommandKit::createMembers(const QString &prefix, int count)
{
    const QString path =
        writeFile(prefix + QStringLiteral("-members.csv"), membersCsv(prefix.toUtf8(), count));
    if (run(QStringList{path} + connection()) != 0)
        return QString::fromUtf8(err);
    return {};
}

ImportCommandKit::ServerJobs ImportCommandKit::serverJobs(const QString &prefix)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(sandbox.config());
    return ApiLogTotals::read(client, prefix);
}

QHash<QString, qint64> ImportCommandKit::xpOf(const QStringList &emails)
{
    // The server's own data, read member by member.
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(sandbox.config());
    QObject context;
    QEventLoop loop; // not QTest::qWaitFor: it sleeps between rounds, and
                     // the in-process sandbox answers only while events run
    QHash<QString, qint64> xp;
    int pending = int(emails.size());
    const auto oneLess = [&] {
        if (--pending == 0)
            loop.quit();
    };
    for (const QString &email : emails) {
        client.getUserData(email)->then(
            &context,
            [&xp, oneLess, email](const UserData &user) {
                xp.insert(email, user.xp);
                oneLess();
            },
            [oneLess](const ApiError &) { oneLess(); });
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    if (pending > 0)
        qWarning("not every member could be read back");
    return xp;
}
