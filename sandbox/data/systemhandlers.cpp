#include "systemhandlers.h"

#include "datastore.h"
#include "demorandom.h"
#include "handlers.h"
#include "requestreader.h"
#include "rolepermissions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

// The sandbox sends no mail: what a mail would say goes to this category.
Q_LOGGING_CATEGORY(lcSandboxMail, "ra.sandbox.mail")

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::SystemHandlers", text);
}
} // namespace

namespace {
using Need = RequestReader::Need;

bool validEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

QString passwordHash(const QString &email, const QString &password)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((email.toLower() + QLatin1Char(':') + password).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

// Six random digits: a code nobody can work out from the address.
QString newVerificationCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10,
                                    QLatin1Char('0'));
}

Response created(const QJsonValue &data, const QString &message)
{
    Response r = Response::ok(data, message);
    r.status = 201;
    return r;
}
} // namespace

SystemHandlers::SystemHandlers(DataStore &store)
    : m_store(store)
{
}

void SystemHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("secureAuth"), [this](const Request &r) { return secureAuth(r); });
    h.add(QStringLiteral("register"), [this](const Request &r) { return registerAccount(r); });
    h.add(QStringLiteral("verifyEmail"), [this](const Request &r) { return verifyEmail(r); });
    h.add(QStringLiteral("login"), [this](const Request &r) { return login(r); });
    h.add(QStringLiteral("createServer"), [this](const Request &r) { return createServer(r); });
    h.add(QStringLiteral("getMyServers"), [this](const Request &r) { return getMyServers(r); });
    h.add(QStringLiteral("updateServer"), [this](const Request &r) { return updateServer(r); });
}

QJsonObject SystemHandlers::serverJson(DataStore &store, const QString &id)
{
    QSqlQuery &q = store.run(QStringLiteral("SELECT name, uri, domain, description, owner_id, "
                                            "created_at, updated_at FROM servers WHERE id = ?"),
                             {id});
    if (!q.next())
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("_id"), id);
    o.insert(QStringLiteral("name"), q.value(0).toString());
    o.insert(QStringLiteral("uri"), q.value(1).toString());
    o.insert(QStringLiteral("domain"), q.value(2).toString());
    o.insert(QStringLiteral("description"), q.value(3).toString());
    o.insert(QStringLiteral("ownerId"), q.value(4).toString());
    o.insert(QStringLiteral("createdAt"), q.value(5).toString());
    o.insert(QStringLiteral("updatedAt"), q.value(6).toString());
    o.insert(QStringLiteral("__v"), 0);
    return o;
}

Response SystemHandlers::secureAuth(const Request &r)
{
    const QString host = QString::fromUtf8(r.headers.value(QByteArrayLiteral("hostname")));
    if (host.isEmpty())
        return Response::error(400, tr("Missing required header: hostname"));
    // The community's custom domain, a server's domain, or this sandbox's own address (what a
    // profile pointing Secure Auth at the sandbox sends as its hostname).
    const bool known =
        host == m_store.demo().secureAuthDomain || host == QUrl(r.origin).host() ||
        m_store.scalar(QStringLiteral("SELECT 1 FROM servers WHERE domain = ?"), {host}).isValid();
    if (!known)
        return Response::error(403, tr("Unknown hostname: %1").arg(host));
    RequestReader query = RequestReader::fromQuery(r);
    const QString userId = query.string(QStringLiteral("userId"), Need::Optional);
    const QString email = query.string(QStringLiteral("email"), Need::Optional);
    if (query.failed())
        return query.error();
    if (!userId.isEmpty() || !email.isEmpty()) {
        const QString who = email.isEmpty() ? userId : email;
        if (!m_store
                 .scalar(QStringLiteral("SELECT 1 FROM users WHERE (username = ? OR email = ? "
                                        "OR CAST(id AS TEXT) = ?) AND deleted = 0"),
                         {who, who, who})
                 .isValid())
            return Response::error(404, tr("User not found: %1").arg(who));
    }
    const QString key =
        r.key ? r.key->key : QString::fromUtf8(r.headers.value(QByteArrayLiteral("apikey")));
    const QString token = DemoRandom::newObjectId() + DemoRandom::newObjectId();
    QJsonObject o;
    o.insert(QStringLiteral("error"), false);
    o.insert(QStringLiteral("loginUrl"),
             QStringLiteral("https://%1/v2/app/loginApi/%2/2?token=%3").arg(host, key, token));
    o.insert(QStringLiteral("sessionId"), DemoRandom::newObjectId());
    return Response::ok(o);
}

Response SystemHandlers::registerAccount(const Request &r)
{
    RequestReader in(r);
    const QString email = in.string(QStringLiteral("email"));
    const QString password = in.string(QStringLiteral("password"));
    const QString username = in.string(QStringLiteral("username"), Need::Optional);
    if (!in.failed() && !validEmail(email))
        in.fail(tr("Field 'email' is not a valid e-mail address"));
    if (!in.failed() && password.size() < 8)
        in.fail(tr("Field 'password' must have at least 8 characters"));
    if (in.failed())
        return in.error();
    if (m_store.scalar(QStringLiteral("SELECT 1 FROM accounts WHERE email = ?"), {email.toLower()})
            .isValid())
        return Response::error(409, tr("An account with this email already exists"));
    const QString id = DemoRandom::newObjectId();
    const QString code = newVerificationCode();
    m_store.run(
        QStringLiteral("INSERT INTO accounts (id, email, username, password, verified, "
                       "code, created_at) VALUES (?,?,?,?,0,?,?)"),
        {id, email.toLower(), username, passwordHash(email, password), code, DataStore::nowIso()});
    QJsonObject o;
    o.insert(QStringLiteral("_id"), id);
    o.insert(QStringLiteral("email"), email.toLower());
    o.insert(QStringLiteral("username"), username);
    o.insert(QStringLiteral("verified"), false);
    // The sandbox sends no mail: the code goes to its log, where a live server would mail it.
    qCInfo(lcSandboxMail).noquote()
        << QStringLiteral("verification code for %1: %2").arg(email.toLower(), code);
    return created(o, QStringLiteral("User registered successfully. Please verify your email"));
}

Response SystemHandlers::verifyEmail(const Request &r)
{
    RequestReader in(r);
    const QString email = in.string(QStringLiteral("email"));
    const QString code = in.string(QStringLiteral("code"));
    if (in.failed())
        return in.error();
    QSqlQuery &q = m_store.run(QStringLiteral("SELECT id, code FROM accounts WHERE email = ?"),
                               {email.toLower()});
    if (!q.next())
        return Response::error(404, tr("Account not found: %1").arg(email));
    if (q.value(1).toString() != code)
        return Response::error(400, tr("Field 'code' is not the verification code"));
    m_store.run(QStringLiteral("UPDATE accounts SET verified = 1 WHERE email = ?"),
                {email.toLower()});
    QJsonObject o;
    o.insert(QStringLiteral("_id"), q.value(0).toString());
    o.insert(QStringLiteral("email"), email.toLower());
    o.insert(QStringLiteral("verified"), true);
    return Response::ok(o, QStringLiteral("Email verified successfully"));
}

Response SystemHandlers::login(const Request &r)
{
    RequestReader in(r);
    const QString email = in.string(QStringLiteral("email"));
    const QString password = in.string(QStringLiteral("password"));
    if (in.failed())
        return in.error();
    QSqlQuery &q = m_store.run(
        QStringLiteral("SELECT id, username, password, verified FROM accounts WHERE email = ?"),
        {email.toLower()});
    if (!q.next() || q.value(2).toString() != passwordHash(email, password))
        return Response::error(401, tr("Invalid email or password"));
    if (q.value(3).toInt() == 0)
        return Response::error(403, tr("Email is not verified"));
    const QString token =
        QStringLiteral("sbx.") + DemoRandom::newObjectId() + DemoRandom::newObjectId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int lifetime = m_store.sessionLifetime();
    const QString expiresAt = now.addSecs(lifetime).toString(Qt::ISODateWithMs);
    m_store.run(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"),
                {now.toString(Qt::ISODateWithMs)});
    m_store.run(QStringLiteral("INSERT INTO sessions (token, account_id, community_id, "
                               "expires_at) VALUES (?,?,?,?)"),
                {token, q.value(0).toString(), r.key ? r.key->communityId : QString(), expiresAt});
    QJsonObject user;
    user.insert(QStringLiteral("_id"), q.value(0).toString());
    user.insert(QStringLiteral("email"), email.toLower());
    user.insert(QStringLiteral("username"), q.value(1).toString());
    QJsonObject o;
    o.insert(QStringLiteral("token"), token);
    o.insert(QStringLiteral("expiresAt"), expiresAt);
    o.insert(QStringLiteral("expiresIn"), lifetime);
    o.insert(QStringLiteral("user"), user);
    return Response::ok(o, QStringLiteral("Logged in successfully"));
}

Response SystemHandlers::createServer(const Request &r)
{
    RequestReader in(r);
    const QString name = in.string(QStringLiteral("name"));
    QString uri = in.string(QStringLiteral("uri"), Need::Optional);
    const QString domain = in.string(QStringLiteral("domain"), Need::Optional);
    const QString description = in.string(QStringLiteral("description"), Need::Optional);
    if (!in.failed() && name.size() > 100)
        in.fail(tr("Field 'name' must have at most 100 characters"));
    if (in.failed())
        return in.error();
    if (uri.isEmpty())
        uri = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                     QStringLiteral("-"));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM servers WHERE name = ? OR uri = ? OR "
                                   "(domain = ? AND domain <> '')"),
                    {name, uri, domain})
            .isValid())
        return Response::error(409, tr("A server with this name, uri or domain "
                                       "already exists"));
    const QString id = DemoRandom::newObjectId();
    const QString now = DataStore::nowIso();
    m_store.run(QStringLiteral("INSERT INTO servers (id, name, uri, domain, description, owner_id, "
                               "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"),
                {id, name, uri, domain, description, QStringLiteral("1"), now, now});
    const QString json = QString::fromUtf8(
        QJsonDocument(RolePermissions::serverDefaults()).toJson(QJsonDocument::Compact));
    const QString cjson = QString::fromUtf8(
        QJsonDocument(RolePermissions::channelDefaults()).toJson(QJsonDocument::Compact));
    m_store.run(QStringLiteral("INSERT INTO roles (id, server_id, title, description, class, ord, "
                               "billable, server_permissions, channel_permissions, created_at, "
                               "updated_at) VALUES (?,?,'@all','Everyone','grey',0,0,?,?,?,?)"),
                {DemoRandom::newObjectId(), id, json, cjson, now, now});
    return created(serverJson(m_store, id), QStringLiteral("Server has been created successfully"));
}

Response SystemHandlers::getMyServers(const Request &)
{
    QJsonArray list;
    QSqlQuery &q = m_store.run(QStringLiteral("SELECT id FROM servers ORDER BY created_at, id"));
    while (q.next())
        list.append(serverJson(m_store, q.value(0).toString()));
    return Response::ok(list, QStringLiteral("Servers fetched successfully"));
}

Response SystemHandlers::updateServer(const Request &r)
{
    const QString id = r.pathParams.value(QStringLiteral("id"));
    RequestReader in(r);
    const QString name = in.string(QStringLiteral("name"), Need::Optional);
    const QString uri = in.string(QStringLiteral("uri"), Need::Optional);
    const QString domain = in.string(QStringLiteral("domain"), Need::Optional);
    const QString description = in.string(QStringLiteral("description"), Need::Optional);
    if (!in.failed() && in.has(QStringLiteral("name")) && name.trimmed().isEmpty())
        in.fail(tr("Field 'name' must not be empty"));
    if (in.failed())
        return in.error();
    if (!RequestReader::isObjectId(id))
        return Response::error(400, tr("Path parameter 'id' must be a 24-hex ObjectId"));
    if (serverJson(m_store, id).isEmpty())
        return Response::error(404, tr("Server not found: %1").arg(id));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM servers WHERE id <> ? AND (name = ? OR uri = ? "
                                   "OR (domain = ? AND domain <> ''))"),
                    {id, name, uri, domain})
            .isValid())
        return Response::error(409, tr("A server with this name, uri or domain "
                                       "already exists"));
    m_store.run(QStringLiteral("UPDATE servers SET name = COALESCE(NULLIF(?, ''), name), uri = "
                               "COALESCE(NULLIF(?, ''), uri), domain = COALESCE(NULLIF(?, ''), "
                               "domain), description = COALESCE(?, description), updated_at = ? "
                               "WHERE id = ?"),
                {name, uri, domain,
                 in.has(QStringLiteral("description")) ? QVariant(description) : QVariant(),
                 DataStore::nowIso(), id});
    return Response::ok(serverJson(m_store, id),
                        QStringLiteral("Server has been updated successfully"));
}

} // namespace ra::sandbox
