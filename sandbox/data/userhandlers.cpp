#include "userhandlers.h"

#include "datastore.h"
#include "demorandom.h"
#include "domain/userfieldrules.h"
#include "fieldvaluewriter.h"
#include "handlers.h"
#include "requestreader.h"
#include "searchterm.h"
#include "userdirectory.h"
#include "userfieldhandlers.h"
#include "userfilterquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::UserHandlers", text);
}
} // namespace

namespace {
using Need = RequestReader::Need;

bool validEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}
} // namespace

UserHandlers::UserHandlers(DataStore &store)
    : m_store(store)
    , m_users(std::make_unique<UserDirectory>(store))
    , m_values(std::make_unique<FieldValueWriter>(store.db()))
{
}

UserHandlers::~UserHandlers() = default;

void UserHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("createUser"), [this](const Request &r) { return createUser(r); });
    h.add(QStringLiteral("getUserData"), [this](const Request &r) { return getUserData(r); });
    h.add(QStringLiteral("getUsersWithFilters"), [this](const Request &r) { return search(r); });
    h.add(QStringLiteral("manageUser"), [this](const Request &r) { return manage(r); });
    h.add(QStringLiteral("getCommunityUsers"),
          [this](const Request &r) { return communityUsers(r); });
    h.add(QStringLiteral("getUser"), [this](const Request &r) { return getUser(r); });
}

Response UserHandlers::createUser(const Request &r)
{
    RequestReader in(r);
    const QString first = in.string(QStringLiteral("firstname"));
    const QString last = in.string(QStringLiteral("lastname"));
    const QString username = in.string(QStringLiteral("username"));
    const QString display = in.string(QStringLiteral("displayname"));
    const QString email = in.string(QStringLiteral("email"));
    const QString password = in.string(QStringLiteral("password"), Need::Optional);
    const QString confirm = in.string(QStringLiteral("confirmPassword"), Need::Optional);
    const qint64 access = in.integer(QStringLiteral("accessLevel"));
    in.boolean(QStringLiteral("joinServer"));
    in.boolean(QStringLiteral("emailPassword"));
    in.boolean(QStringLiteral("sendEmail"));
    in.string(QStringLiteral("emailTemplate"), Need::Optional);
    const QJsonArray custom = in.array(QStringLiteral("customFields"), Need::Optional);
    const QString referral = in.string(QStringLiteral("referral"), Need::Optional);
    const QString externalId = in.string(QStringLiteral("externalId"), Need::Optional);
    QString community = in.string(QStringLiteral("communityId"), Need::Optional);
    if (!in.failed() && !validEmail(email))
        in.fail(tr("Field 'email' is not a valid e-mail address"));
    if (!in.failed() && (first.size() > 50 || last.size() > 50 || username.size() > 50))
        in.fail(tr("Field '%1' must have at most 50 characters")
                    .arg(first.size() > 50  ? QStringLiteral("firstname")
                         : last.size() > 50 ? QStringLiteral("lastname")
                                            : QStringLiteral("username")));
    if (!in.failed() && username.contains(QRegularExpression(QStringLiteral("\\s"))))
        in.fail(tr("Field 'username' must not contain spaces"));
    if (!in.failed() && !password.isEmpty() && password.size() < 8)
        in.fail(tr("Field 'password' must have at least 8 characters"));
    if (!in.failed() && in.has(QStringLiteral("confirmPassword")) && confirm != password)
        in.fail(tr("Field 'confirmPassword' does not match 'password'"));
    if (!in.failed() && access < 0)
        in.fail(tr("Field 'accessLevel' must not be negative"));
    const QString keyCommunity = Handlers::communityOf(r, m_store);
    if (community.isEmpty())
        community = keyCommunity;
    // Resolve custom fields before writing anything.
    QList<QPair<QString, QString>> values;
    for (int i = 0; i < custom.size() && !in.failed(); ++i) {
        RequestReader item(custom.at(i).toObject());
        const QString name = QStringLiteral("customFields[%1].").arg(i);
        if (!custom.at(i).isObject()) {
            in.fail(tr("Field '%1' must be an object").arg(name.chopped(1)));
            break;
        }
        const QString field = item.string(QStringLiteral("fieldIdorName"));
        const QJsonValue v = item.value(QStringLiteral("value"));
        if (item.failed() || v.isUndefined() || v.isNull() || v.isArray() || v.isObject()) {
            in.fail(tr("Field '%1%2' is missing or not a value")
                        .arg(name, item.failed() ? QStringLiteral("fieldIdorName")
                                                 : QStringLiteral("value")));
            break;
        }
        const QString fieldId = m_store
                                    .scalar(QStringLiteral("SELECT id FROM user_fields WHERE "
                                                           "community_id = ? AND (id = ? OR "
                                                           "field = ? OR name = ?)"),
                                            {community, field, field, field})
                                    .toString();
        if (fieldId.isEmpty()) {
            in.fail(
                QStringLiteral("Field '%1fieldIdorName' names no user field: %2").arg(name, field));
            break;
        }
        const QString value = v.isString() ? v.toString() : v.toVariant().toString();
        const QString problem =
            UserFieldRules::checkValue(UserFieldHandlers::definition(m_store, fieldId), value);
        if (!problem.isEmpty()) {
            in.fail(tr("Field '%1value': %2").arg(name, problem));
            break;
        }
        values.append({fieldId, value});
    }
    if (!in.failed()) {
        const QString missing = UserFieldHandlers::addDefaults(m_store, community, &values);
        if (!missing.isEmpty())
            in.fail(tr("Field 'customFields': %1").arg(missing));
    }
    if (in.failed())
        return in.error();
    if (community != keyCommunity)
        return Response::error(403, tr("The key cannot access community %1").arg(community));
    if (m_users->find(email, QStringLiteral("email"), true))
        return Response::error(409, tr("A user with this email already exists"));
    if (m_users->find(username, QStringLiteral("username"), true))
        return Response::error(409, tr("A user with this username already exists"));
    const qint64 id =
        m_store.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM users")).toLongLong();
    const QString now = DataStore::nowIso();
    m_store.transaction();
    m_store.run(QStringLiteral("INSERT INTO users (id, oid, community_id, username, email, "
                               "first_name, last_name, display_name, access_level, join_date, "
                               "last_login, referral, external_id, language, updated_at) VALUES "
                               "(?,?,?,?,?,?,?,?,?,?,?,?,?,'English',?)"),
                {id, DemoRandom::newObjectId(), community, username, email, first, last, display,
                 access, QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate), now,
                 referral, externalId, now});
    FieldValueWriter::Change change;
    change.communityId = community;
    change.userId = id;
    change.source = QStringLiteral("createUser");
    change.at = now;
    change.previous = QString(); // a new member has no values yet
    for (const auto &v : values) {
        change.fieldId = v.first;
        change.value = v.second;
        m_values->apply(change);
    }
    m_store.commit();
    Response resp =
        Response::ok(m_users->userData(id), QStringLiteral("User created successfully"));
    resp.status = 201;
    return resp;
}

Response UserHandlers::getUserData(const Request &r)
{
    RequestReader in(r);
    const QString who = in.identifier(QStringLiteral("idOrEmail"));
    if (in.failed())
        return in.error();
    const qint64 id = m_users->find(who);
    if (id == 0)
        return Response::error(404, tr("User not found: %1").arg(who));
    return Response::ok(m_users->userData(id), QStringLiteral("User data fetched successfully"));
}

Response UserHandlers::search(const Request &r)
{
    RequestReader in(r);
    const QJsonObject filter = in.object(QStringLiteral("filter"), Need::Optional);
    const QStringList fields = in.stringList(QStringLiteral("fields"), Need::Optional);
    const QString cursor = in.string(QStringLiteral("cursor"), Need::Optional);
    const qint64 page = in.integer(QStringLiteral("page"), Need::Optional, 0);
    if (in.failed())
        return in.error();
    if (in.has(QStringLiteral("cursor")) && in.has(QStringLiteral("page")))
        return Response::error(400, tr("Send either 'cursor' or 'page', not both"));
    if (in.has(QStringLiteral("page")) && page < 1)
        return Response::error(400, tr("Field 'page' must be 1 or more"));
    qint64 after = 0;
    if (in.has(QStringLiteral("cursor")) && (after = UserFilterQuery::decodeCursor(cursor)) < 0)
        return Response::error(400, tr("Field 'cursor' is not a valid cursor"));
    UserFilterQuery query(m_store, *m_users);
    QString error;
    if (!query.prepare(Handlers::communityOf(r, m_store), filter, fields, &error))
        return Response::error(400, error);
    const QJsonObject data = in.has(QStringLiteral("page")) ? query.numberedPage(page, pageSize)
                                                            : query.cursorPage(after, pageSize);
    if (!query.failure().isEmpty())
        return Response::error(
            400, tr("The filter cannot be searched: %1").arg(query.failure().left(200)));
    return Response::ok(data, QStringLiteral("Users fetched successfully"));
}

Response UserHandlers::manage(const Request &r)
{
    RequestReader in(r);
    const QString action = in.string(QStringLiteral("action"));
    const QString user = in.string(QStringLiteral("user"));
    if (!in.failed() && action != QStringLiteral("delete") && action != QStringLiteral("restore"))
        in.fail(tr("Field 'action' must be 'delete' or 'restore'"));
    if (in.failed())
        return in.error();
    const qint64 id = m_users->find(user, {}, true);
    if (id == 0)
        return Response::error(404, tr("User not found: %1").arg(user));
    const bool deleted = m_users->isDeleted(id);
    if (action == QStringLiteral("delete") && deleted)
        return Response::error(409, tr("The user is already deleted"));
    if (action == QStringLiteral("restore") && !deleted)
        return Response::error(409, tr("The user is not deleted"));
    m_store.run(QStringLiteral("UPDATE users SET deleted = ?, updated_at = ? WHERE id = ?"),
                {action == QStringLiteral("delete") ? 1 : 0, DataStore::nowIso(), id});
    QJsonObject o;
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("user"), user);
    return Response::ok(o, action == QStringLiteral("delete")
                               ? QStringLiteral("User deleted successfully")
                               : QStringLiteral("User restored successfully"));
}

Response UserHandlers::communityUsers(const Request &r)
{
    const QString community = r.pathParams.value(QStringLiteral("communityId"));
    RequestReader query = RequestReader::fromQuery(r);
    const qint64 page = query.integer(QStringLiteral("page"), Need::Optional, 1);
    const qint64 limit = query.integer(QStringLiteral("limit"), Need::Optional, 20);
    const QString search = query.string(QStringLiteral("search"), Need::Optional);
    if (!query.failed() && page < 1)
        query.fail(tr("Field 'page' must be 1 or more"));
    if (!query.failed() && (limit < 1 || limit > 100))
        query.fail(tr("Field 'limit' must be between 1 and 100"));
    if (!query.failed() && !RequestReader::isObjectId(community))
        query.fail(tr("Path parameter 'communityId' must be a 24-hex ObjectId"));
    QString termError;
    if (!query.failed() && !SearchTerm::check(QStringLiteral("search"), search, &termError))
        query.fail(termError);
    if (query.failed())
        return query.error();
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM servers WHERE id = ?"), {community})
             .isValid())
        return Response::error(404, tr("Community not found: %1").arg(community));
    QString where = QStringLiteral("community_id = ? AND deleted = 0");
    QVariantList binds{community};
    if (!search.isEmpty()) {
        where += QStringLiteral(" AND (username LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' "
                                "OR display_name LIKE ? ESCAPE '\\')");
        const QString like = SearchTerm::likePrefix(search);
        binds << like << like << like;
    }
    QSqlQuery &c = m_store.run(QStringLiteral("SELECT COUNT(*) FROM users WHERE ") + where, binds);
    if (!c.isActive())
        return Response::error(
            400, tr("The search cannot be run: %1").arg(c.lastError().databaseText().left(200)));
    const qint64 total = c.next() ? c.value(0).toLongLong() : 0;
    QSqlQuery &q = m_store.run(QStringLiteral("SELECT id FROM users WHERE ") + where +
                                   QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?"),
                               binds + QVariantList{limit, (page - 1) * limit});
    QJsonArray users;
    while (q.next())
        users.append(m_users->applicationUser(q.value(0).toLongLong()));
    QJsonObject data;
    data.insert(QStringLiteral("users"), users);
    data.insert(QStringLiteral("total"), total);
    data.insert(QStringLiteral("page"), page);
    data.insert(QStringLiteral("limit"), limit);
    data.insert(QStringLiteral("totalPages"), (total + limit - 1) / limit);
    return Response::ok(data, QStringLiteral("Get community users success."));
}

Response UserHandlers::getUser(const Request &r)
{
    const QString who = r.pathParams.value(QStringLiteral("userId"));
    const qint64 id = m_users->find(who);
    if (id == 0)
        return Response::error(404, tr("User not found: %1").arg(who));
    QJsonObject user = m_users->applicationUser(id);
    // A member's own key reads only its owner; community keys read anyone.
    if (r.key && !r.key->userId.isEmpty() &&
        r.key->userId != user.value(QStringLiteral("_id")).toString())
        return Response::error(403, tr("A user key may only read its own user"));
    RequestReader query = RequestReader::fromQuery(r);
    bool anySelected = false;
    QJsonObject selected;
    for (auto it = user.begin(); it != user.end(); ++it) {
        if (!query.has(it.key()))
            continue;
        anySelected = true;
        if (query.boolean(it.key()))
            selected.insert(it.key(), it.value());
    }
    if (query.failed())
        return query.error();
    return Response::ok(anySelected ? selected : user, QStringLiteral("Get user success."));
}

} // namespace ra::sandbox
