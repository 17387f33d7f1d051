#include "api/apiclientconfig.h"
#include "api/routetable.h"
#include "apicommand.h"
#include "sandboxfixture.h"
#include "settings/memorysecretstore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ra;

// `returning-admin api` against the in-process sandbox: --list, a decoded
// reply on stdout (exit 0), an ApiError on stderr (exit 1), usage errors
// (exit 2), path parameters through --query, --log-requests, and --profile
// with its keys read from a secret store.

namespace {
// A keychain that cannot be reached, as on a desktop without a keyring daemon.
class LockedSecretStore : public SecretStore
{
public:
    void readSecret(const QString &, SecretKind, QObject *context, Callback done) override
    {
        QTimer::singleShot(0, context, [done] {
            done({Status::Unavailable, {}, QStringLiteral("no secret service")});
        });
    }
    void writeSecret(const QString &, SecretKind, const QString &, QObject *, Callback) override {}
    void deleteSecret(const QString &, SecretKind, QObject *, Callback) override {}
};
} // namespace
class tst_ApiCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listPrintsEveryOperation();
    void runsAnOperation();
    void authFailureIsJsonOnStderr();
    void usageErrors_data();
    void usageErrors();
    void queryFillsPathParameters();
    void logRequestsWritesJsonLines();
    void profileKeysComeFromTheKeychain();
    void explicitKeyOverridesTheKeychain();
    void unreadableKeychainIsAUsageError();
    void keyOfTheOperationsKindFromTheEnvironment();
    void keyOnTheCommandLineWarns();

private:
    void installProfile(std::function<std::unique_ptr<SecretStore>()> secrets);

    int run(const QStringList &args);
    QStringList systemArgs(const QString &operation) const;

    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QString m_systemKeyFile;
    QByteArray m_out;
    QByteArray m_err;
};

void tst_ApiCommand::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QVERIFY(m_dir.isValid());
    m_systemKeyFile = m_dir.filePath(QStringLiteral("system.key"));
    QFile file(m_systemKeyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_sandbox.server->demo().systemKey.toUtf8() + '\n');
    file.close();
    QVERIFY(QFile::setPermissions(m_systemKeyFile, QFile::ReadOwner | QFile::WriteOwner));
}

int tst_ApiCommand::run(const QStringList &args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const int code = runApiCommand(args, &out, &err);
    m_out = out.data();
    m_err = err.data();
    return code;
}

QStringList tst_ApiCommand::systemArgs(const QString &operation) const
{
    return {operation, QStringLiteral("--base-url"),
            m_sandbox.server->baseUrls().value(ApiFamily::System).toString(),
            QStringLiteral("--key-file"), m_systemKeyFile};
}

void tst_ApiCommand::listPrintsEveryOperation()
{
    QCOMPARE(run({QStringLiteral("--list")}), 0);
    const QList<QByteArray> lines = m_out.trimmed().split('\n');
    QCOMPARE(lines.size(), RouteTable::builtIn().routes().size());
    bool found = false;
    for (const QByteArray &line : lines) {
        if (line.startsWith("getUserData ")) {
            found = line.contains("POST") && line.contains("/apis/v1/users/info") &&
                    line.contains("documented");
        }
    }
    QVERIFY(found);
}

void tst_ApiCommand::runsAnOperation()
{
    QCOMPARE(run(systemArgs(QStringLiteral("getBadges"))), 0);
    QVERIFY2(m_err.isEmpty(), m_err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(m_out);
    QVERIFY(doc.isArray());
    QVERIFY(!doc.array().isEmpty());
    // Decoded, not raw: badge quantities are numbers whatever the wire says.
    QVERIFY(doc.array().at(0).toObject().value(u"quantity").isDouble());
}

void tst_ApiCommand::authFailureIsJsonOnStderr()
{
    QStringList args = systemArgs(QStringLiteral("getBadges"));
    const QString wrongKey = m_dir.filePath(QStringLiteral("wrong.key"));
    QFile file(wrongKey);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("wrong-key\n") == 10);
    file.close();
    QVERIFY(QFile::setPermissions(wrongKey, QFile::ReadOwner | QFile::WriteOwner));
    args[4] = wrongKey;
    QCOMPARE(run(args), 1);
    QVERIFY(m_out.isEmpty());
    const QJsonObject e = QJsonDocument::fromJson(m_err).object();
    QCOMPARE(e.value(u"kind").toString(), QStringLiteral("http"));
    QCOMPARE(e.value(u"httpStatus").toInt(), 401);
    QCOMPARE(e.value(u"operation").toString(), QStringLiteral("getBadges"));
    QVERIFY(!m_err.contains("wrong-key"));
}

void tst_ApiCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown operation")
        << QStringList{QStringLiteral("noSuchThing"), QStringLiteral("--base-url"),
                       QStringLiteral("http://127.0.0.1:1")};
    QTest::newRow("bad body") << QStringList{QStringLiteral("getBadges"), QStringLiteral("--body"),
                                             QStringLiteral("{nope")};
    QTest::newRow("no base url") << QStringList{QStringLiteral("getBadges")};
    QTest::newRow("profile without resolver") << QStringList{
        QStringLiteral("getBadges"), QStringLiteral("--profile"), QStringLiteral("work")};
    QTest::newRow("bad query") << QStringList{QStringLiteral("getBadges"),
                                              QStringLiteral("--query"), QStringLiteral("novalue")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("getBadges"), QStringLiteral("--frobnicate")};
    QTest::newRow("password in url")
        << QStringList{QStringLiteral("getBadges"), QStringLiteral("--base-url"),
                       QStringLiteral("http://me:s3cret@127.0.0.1:1")};
}

void tst_ApiCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QCOMPARE(run(args), 2);
    QCOMPARE(QJsonDocument::fromJson(m_err).object().value(u"kind").toString(),
             QStringLiteral("usage"));
    QVERIFY2(!m_err.contains("s3cret"), m_err.constData()); // never echoed back
}

void tst_ApiCommand::queryFillsPathParameters()
{
    QCOMPARE(run(systemArgs(QStringLiteral("getBadges"))), 0);
    const QString id =
        QJsonDocument::fromJson(m_out).array().at(0).toObject().value(u"id").toString();
    QVERIFY(!id.isEmpty());
    QStringList args = systemArgs(QStringLiteral("updateBadge"));
    args << QStringLiteral("--query") << (QStringLiteral("id=") + id) << QStringLiteral("--body")
         << QStringLiteral(R"({"title":"Renamed by api","action":"custom"})");
    QCOMPARE(run(args), 0);
    QCOMPARE(QJsonDocument::fromJson(m_out).object().value(u"title").toString(),
             QStringLiteral("Renamed by api"));
}

void tst_ApiCommand::logRequestsWritesJsonLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("requests.jsonl"));
    QStringList args = systemArgs(QStringLiteral("getChannels"));
    args << QStringLiteral("--log-requests") << path;
    QCOMPARE(run(args), 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QCOMPARE(text.count('\n'), 1);
    const QJsonObject line = QJsonDocument::fromJson(text).object();
    QCOMPARE(line.value(u"operation").toString(), QStringLiteral("getChannels"));
    QCOMPARE(line.value(u"status").toInt(), 200);
    QVERIFY(!text.contains(m_sandbox.server->demo().systemKey.toUtf8()));
}

void tst_ApiCommand::installProfile(std::function<std::unique_ptr<SecretStore>()> secrets)
{
    const QUrl system = m_sandbox.server->baseUrls().value(ApiFamily::System);
    setApiProfileResolver(
        [system](const QString &name, ApiClientConfig *config, QString *id, QString *error) {
            if (name != u"work") {
                *error = QStringLiteral("no profile named ") + name;
                return false;
            }
            config->baseUrls.insert(ApiFamily::System, system);
            *id = QStringLiteral("profile-1");
            return true;
        },
        std::move(secrets));
}

void tst_ApiCommand::profileKeysComeFromTheKeychain()
{
    const QString key = m_sandbox.server->demo().systemKey;
    installProfile([key] {
        auto store = std::make_unique<MemorySecretStore>();
        store->setSecret(QStringLiteral("profile-1"), SecretKind::SystemApiKey, key);
        return store;
    });
    const QStringList args{QStringLiteral("getBadges"), QStringLiteral("--profile"),
                           QStringLiteral("work")};
    QCOMPARE(run(args), 0);
    QVERIFY2(m_err.isEmpty(), m_err.constData());
    QVERIFY(QJsonDocument::fromJson(m_out).isArray());

    // No key stored for the profile: the request goes out without one and the
    // server's 401 comes back as the error.
    installProfile([] { return std::make_unique<MemorySecretStore>(); });
    QCOMPARE(run(args), 1);
    QCOMPARE(QJsonDocument::fromJson(m_err).object().value(u"httpStatus").toInt(), 401);
    setApiProfileResolver({});
}

void tst_ApiCommand::explicitKeyOverridesTheKeychain()
{
    installProfile([] { return std::make_unique<LockedSecretStore>(); });
    QCOMPARE(run({QStringLiteral("getBadges"), QStringLiteral("--profile"), QStringLiteral("work"),
                  QStringLiteral("--key"), m_sandbox.server->demo().systemKey}),
             0);
    QVERIFY(QJsonDocument::fromJson(m_out).isArray());
    setApiProfileResolver({});
}

void tst_ApiCommand::unreadableKeychainIsAUsageError()
{
    installProfile([] { return std::make_unique<LockedSecretStore>(); });
    QCOMPARE(
        run({QStringLiteral("getBadges"), QStringLiteral("--profile"), QStringLiteral("work")}), 2);
    const QJsonObject e = QJsonDocument::fromJson(m_err).object();
    QCOMPARE(e.value(u"kind").toString(), QStringLiteral("usage"));
    QVERIFY(e.value(u"text").toString().contains(u"\"work\""));
    QVERIFY(e.value(u"text").toString().contains(u"--key-file"));
    setApiProfileResolver({});
}

// RA_SYSTEM_KEY is the System key, RA_INTEGRATION_KEY the Integration key:
// each operation reads the variable of its own family's kind.
void tst_ApiCommand::keyOfTheOperationsKindFromTheEnvironment()
{
    const QString url = m_sandbox.server->baseUrls().value(ApiFamily::System).toString();
    const QStringList args{QStringLiteral("getBadges"), QStringLiteral("--base-url"), url};
    qputenv("RA_INTEGRATION_KEY", m_sandbox.server->demo().systemKey.toUtf8());
    QCOMPARE(run(args), 1); // the wrong kind's variable is not read
    QCOMPARE(QJsonDocument::fromJson(m_err).object().value(u"httpStatus").toInt(), 401);
    qunsetenv("RA_INTEGRATION_KEY");
    qputenv("RA_SYSTEM_KEY", m_sandbox.server->demo().systemKey.toUtf8());
    const int code = run(args);
    qunsetenv("RA_SYSTEM_KEY");
    QVERIFY2(code == 0, m_err.constData());
    QVERIFY(m_err.isEmpty());
    QVERIFY(QJsonDocument::fromJson(m_out).isArray());
}

void tst_ApiCommand::keyOnTheCommandLineWarns()
{
    const QString url = m_sandbox.server->baseUrls().value(ApiFamily::System).toString();
    QCOMPARE(run({QStringLiteral("getBadges"), QStringLiteral("--base-url"), url,
                  QStringLiteral("--key"), m_sandbox.server->demo().systemKey}),
             0);
    const QJsonObject warning = QJsonDocument::fromJson(m_err).object();
    QCOMPARE(warning.value(u"kind").toString(), QStringLiteral("warning"));
    QVERIFY(warning.value(u"text").toString().contains(u"other users"));
    QVERIFY(!m_err.contains(m_sandbox.server->demo().systemKey.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_ApiCommand)
#include "tst_apicommand.moc"
