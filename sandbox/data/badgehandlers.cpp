#include "badgehandlers.h"

#include "datastore.h"
#include "demobadgeimage.h"
#include "handlers.h"
#include "requestreader.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::BadgeHandlers", text);
}
} // namespace

namespace {
using Need = RequestReader::Need;

QString flag(const QVariant &v)
{
    return v.toInt() != 0 ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

BadgeHandlers::BadgeHandlers(DataStore &store)
    : m_store(store)
    , m_users(std::make_unique<UserDirectory>(store))
{
}

BadgeHandlers::~BadgeHandlers() = default;

void BadgeHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("getBadges"), [this](const Request &r) { return list(r); });
    h.add(QStringLiteral("createBadge"), [this](const Request &r) { return save(r, true); });
    h.add(QStringLiteral("updateBadge"), [this](const Request &r) { return save(r, false); });
    h.add(QStringLiteral("deleteBadge"), [this](const Request &r) { return remove(r); });
    h.add(QStringLiteral("awardBadge"), [this](const Request &r) { return award(r, true); });
    h.add(QStringLiteral("removeBadge"), [this](const Request &r) { return award(r, false); });
}

namespace {
// The demo seed names its badge images https://sandbox.returning.local/badges/<n>.png; they are
// answered as URLs this sandbox serves (DemoBadgeImage, through GET /uploads/demo-badge-<n>/...).
// An image this sandbox serves is stored as its path (/uploads/...), never with the host a client
// named; older databases hold it with that run's loopback origin. Either is answered on the
// current origin (Request::origin), so the image still loads after a restart on another port.
QJsonObject withServedImages(QJsonObject badge, const Request &r)
{
    static const QString seeded = QStringLiteral("https://sandbox.returning.local/badges/");
    for (const auto key : {u"image", u"darkImage", u"lightImage"}) {
        const QString url = badge.value(key).toString();
        if (url.startsWith(u"/uploads/")) {
            badge.insert(key, QString(Handlers::publicBase(r) + url));
            continue;
        }
        const QUrl parsed(url);
        if (parsed.scheme() == u"http" && parsed.path().startsWith(u"/uploads/") &&
            QHostAddress(parsed.host() == u"localhost" ? QStringLiteral("127.0.0.1")
                                                       : parsed.host())
                .isLoopback()) {
            badge.insert(key, QString(Handlers::publicBase(r) + parsed.path(QUrl::FullyEncoded)));
            continue;
        }
        if (!url.startsWith(seeded))
            continue;
        const QString n = url.mid(seeded.size()).section(u'.', 0, 0);
        badge.insert(key, QStringLiteral("%1/uploads/%2%3/badge-%3.png")
                              .arg(Handlers::publicBase(r), DemoBadgeImage::idPrefix(), n));
    }
    return badge;
}

// What is stored for an image URL: the path alone for an image this sandbox serves (the URL
// "Upload Image" returned, on whatever host the client reached it by), the URL as given otherwise.
QString storedImage(const QString &url, const Request &r)
{
    const QUrl parsed(url);
    const QUrl own(Handlers::publicBase(r));
    const bool ours = parsed.scheme() == u"http" && parsed.path().startsWith(u"/uploads/") &&
                      (parsed.host() == own.host() || parsed.host() == u"localhost" ||
                       QHostAddress(parsed.host()).isLoopback());
    return ours ? parsed.path(QUrl::FullyEncoded) : url;
}
} // namespace

QJsonObject BadgeHandlers::badgeJson(DataStore &store, const QString &id, bool awardedToUser)
{
    QSqlQuery &q = store.run(
        QStringLiteral("SELECT title, action, quantity, description, attach_required, awarded, "
                       "image, applied, dark_image, light_image, enabled_dark_light, award, "
                       "award_currency, award_xp_quantity, award_currency_quantity, server_id, "
                       "created_at, updated_at FROM badges WHERE id = ?"),
        {id});
    if (!q.next())
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("title"), q.value(0).toString());
    o.insert(QStringLiteral("action"), q.value(1).toString());
    o.insert(QStringLiteral("quantity"), QString::number(q.value(2).toLongLong()));
    o.insert(QStringLiteral("description"), q.value(3).toString());
    o.insert(QStringLiteral("attachRequired"), flag(q.value(4)));
    o.insert(QStringLiteral("awarded"), awardedToUser ? QStringLiteral("true") : flag(q.value(5)));
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("image"), q.value(6).toString());
    o.insert(QStringLiteral("applied"), flag(q.value(7)));
    o.insert(QStringLiteral("darkImage"), q.value(8).toString());
    o.insert(QStringLiteral("lightImage"), q.value(9).toString());
    o.insert(QStringLiteral("enabledDarkAndLight"), flag(q.value(10)));
    o.insert(QStringLiteral("award"), flag(q.value(11)));
    o.insert(QStringLiteral("awardCurrency"), flag(q.value(12)));
    o.insert(QStringLiteral("awardXpQuantity"), QString::number(q.value(13).toLongLong()));
    o.insert(QStringLiteral("awardCurrencyQuantity"), QString::number(q.value(14).toLongLong()));
    o.insert(QStringLiteral("serverId"), q.value(15).toString());
    o.insert(QStringLiteral("createdAt"), q.value(16).toString());
    o.insert(QStringLiteral("updatedAt"), q.value(17).toString());
    return o;
}

Response BadgeHandlers::list(const Request &r)
{
    RequestReader query = RequestReader::fromQuery(r);
    QString server = query.string(QStringLiteral("serverId"), Need::Optional);
    if (server.isEmpty())
        server = Handlers::communityOf(r, m_store);
    QJsonArray out;
    QSqlQuery &q = m_store.run(
        QStringLiteral("SELECT id FROM badges WHERE server_id = ? ORDER BY created_at, title"),
        {server});
    while (q.next())
        out.append(withServedImages(badgeJson(m_store, q.value(0).toString()), r));
    return Response::ok(out, QStringLiteral("Badges fetched successfully"));
}

Response BadgeHandlers::save(const Request &r, bool create)
{
    const QString id = create ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                              : r.pathParams.value(QStringLiteral("id"));
    RequestReader in(r);
    const QString title = in.string(QStringLiteral("title"));
    const QString action = in.string(QStringLiteral("action"));
    const qint64 quantity = in.integer(QStringLiteral("quantity"), Need::Optional, 0);
    const QString image = in.string(QStringLiteral("image"), Need::Optional);
    const bool applied = in.boolean(QStringLiteral("applied"), Need::Optional);
    const bool awarded = in.boolean(QStringLiteral("awarded"), Need::Optional);
    const QString description = in.string(QStringLiteral("description"), Need::Optional);
    const QString dark = in.string(QStringLiteral("darkImage"), Need::Optional);
    const QString light = in.string(QStringLiteral("lightImage"), Need::Optional);
    const bool darkLight = in.boolean(QStringLiteral("enabledDarkAndLight"), Need::Optional);
    const bool awardXp = in.boolean(QStringLiteral("award"), Need::Optional);
    const bool awardCurrency = in.boolean(QStringLiteral("awardCurrency"), Need::Optional);
    const qint64 xp = in.integer(QStringLiteral("awardXpQuantity"), Need::Optional, 0);
    const qint64 coins = in.integer(QStringLiteral("awardCurrencyQuantity"), Need::Optional, 0);
    const bool attach = in.boolean(QStringLiteral("attachRequired"), Need::Optional);
    // Like a role or channel, a new badge may name its server; an update never moves it.
    const QString chosenServer = in.string(QStringLiteral("serverId"), Need::Optional);
    if (!in.failed() && quantity < 0)
        in.fail(tr("Field 'quantity' must not be negative"));
    if (!in.failed() && (xp < 0 || coins < 0))
        in.fail(xp < 0 ? QStringLiteral("Field 'awardXpQuantity' must not be negative")
                       : QStringLiteral("Field 'awardCurrencyQuantity' must not be negative"));
    if (in.failed())
        return in.error();
    QString server = chosenServer.isEmpty() ? Handlers::communityOf(r, m_store) : chosenServer;
    const QString now = DataStore::nowIso();
    if (create && !chosenServer.isEmpty() &&
        !m_store.scalar(QStringLiteral("SELECT 1 FROM servers WHERE id = ?"), {server}).isValid())
        return Response::error(404, tr("Server not found: %1").arg(server));
    if (!create) {
        const QJsonObject current = badgeJson(m_store, id);
        if (current.isEmpty())
            return Response::error(404, tr("Badge not found: %1").arg(id));
        server = current.value(QStringLiteral("serverId")).toString();
    }
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM badges WHERE server_id = ? AND title = ? AND "
                                   "id <> ?"),
                    {server, title, id})
            .isValid())
        return Response::error(409, tr("A badge with this title already exists"));
    const QVariantList values = {title,
                                 action,
                                 quantity,
                                 storedImage(image, r),
                                 applied ? 1 : 0,
                                 awarded ? 1 : 0,
                                 description,
                                 storedImage(dark, r),
                                 storedImage(light, r),
                                 darkLight ? 1 : 0,
                                 awardXp ? 1 : 0,
                                 awardCurrency ? 1 : 0,
                                 xp,
                                 coins,
                                 attach ? 1 : 0,
                                 now};
    if (create) {
        m_store.run(QStringLiteral("INSERT INTO badges (title, action, quantity, image, applied, "
                                   "awarded, description, dark_image, light_image, "
                                   "enabled_dark_light, award, award_currency, award_xp_quantity, "
                                   "award_currency_quantity, attach_required, updated_at, "
                                   "created_at, server_id, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,"
                                   "?,?,?,?,?,?)"),
                    values + QVariantList{now, server, id});
    } else {
        m_store.run(QStringLiteral("UPDATE badges SET title = ?, action = ?, quantity = ?, image = "
                                   "?, applied = ?, awarded = ?, description = ?, dark_image = ?, "
                                   "light_image = ?, enabled_dark_light = ?, award = ?, "
                                   "award_currency = ?, award_xp_quantity = ?, "
                                   "award_currency_quantity = ?, attach_required = ?, updated_at "
                                   "= ? WHERE id = ?"),
                    values + QVariantList{id});
    }
    Response resp = Response::ok(withServedImages(badgeJson(m_store, id), r),
                                 create ? QStringLiteral("Badge has been created successfully")
                                        : QStringLiteral("Badge has been updated successfully"));
    if (create)
        resp.status = 201;
    return resp;
}

Response BadgeHandlers::remove(const Request &r)
{
    const QString id = r.pathParams.value(QStringLiteral("id"));
    const QJsonObject current = badgeJson(m_store, id);
    if (current.isEmpty())
        return Response::error(404, tr("Badge not found: %1").arg(id));
    m_store.run(QStringLiteral("DELETE FROM user_badges WHERE badge_id = ?"), {id});
    m_store.run(QStringLiteral("DELETE FROM badges WHERE id = ?"), {id});
    return Response::ok(current, QStringLiteral("Badge has been deleted successfully"));
}

Response BadgeHandlers::award(const Request &r, bool give)
{
    const QString id = r.pathParams.value(QStringLiteral("id"));
    RequestReader in(r);
    const QString user = in.identifier(QStringLiteral("userId"));
    if (in.failed())
        return in.error();
    const QJsonObject badge = badgeJson(m_store, id);
    if (badge.isEmpty())
        return Response::error(404, tr("Badge not found: %1").arg(id));
    const qint64 uid = m_users->find(user);
    if (uid == 0)
        return Response::error(404, tr("User not found: %1").arg(user));
    const bool has = m_store
                         .scalar(QStringLiteral("SELECT 1 FROM user_badges WHERE user_id = ? "
                                                "AND badge_id = ?"),
                                 {uid, id})
                         .isValid();
    if (give && has)
        return Response::error(409, tr("The user already has this badge"));
    if (!give && !has)
        return Response::error(404, tr("The user does not have this badge"));
    if (!give) {
        m_store.run(QStringLiteral("DELETE FROM user_badges WHERE user_id = ? AND badge_id = ?"),
                    {uid, id});
        return Response::ok(QJsonArray(), QStringLiteral("Badge has been removed successfully"));
    }
    m_store.run(QStringLiteral("INSERT INTO user_badges (user_id, badge_id) VALUES (?, ?)"),
                {uid, id});
    const int xp = badge.value(QStringLiteral("award")).toString() == QStringLiteral("true")
                       ? badge.value(QStringLiteral("awardXpQuantity")).toString().toInt()
                       : 0;
    const int coins =
        badge.value(QStringLiteral("awardCurrency")).toString() == QStringLiteral("true")
            ? badge.value(QStringLiteral("awardCurrencyQuantity")).toString().toInt()
            : 0;
    if (xp || coins)
        m_users->addActivity(uid, xp, coins, 0, 0, 0);
    QJsonArray out;
    QSqlQuery &q =
        m_store.run(QStringLiteral("SELECT badge_id FROM user_badges WHERE user_id = ?"), {uid});
    while (q.next())
        out.append(withServedImages(badgeJson(m_store, q.value(0).toString(), true), r));
    return Response::ok(out, QStringLiteral("Badge has been rewarded successfully"));
}

} // namespace ra::sandbox
