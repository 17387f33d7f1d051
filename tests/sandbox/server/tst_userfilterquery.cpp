// Get Users with Filters with custom-field conditions (UserFilterQuery), over
// HTTP on 127.0.0.1 against a seeded sandbox of 1000 users: exact values of
// seeded fields and of values stored through the API, numeric and date
// ranges, custom and platform conditions together, cursor paging across
// several pages of matches, page-mode totals and the 400s naming the field.
// The expected matches come from Get User Data of every user of the community.
#include "api/routetable.h"
#include "httptestclient.h"
#include "server/sandboxserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <map>

using namespace ra;
using namespace ra::sandbox;
using ra::sandbox::test::HttpResult;
using ra::sandbox::test::HttpTestClient;

namespace {

bool numberOf(const QString &text, double *out)
{
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok;
}

QString textOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString::number(v.toInteger());
}

// The test's own reading of a condition on one value (see the API notes).
bool satisfies(const QString &value, const QJsonValue &condition)
{
    if (value.isEmpty())
        return false;
    double a = 0;
    double b = 0;
    if (!condition.isObject()) {
        const QString want = textOf(condition);
        return value == want || (numberOf(value, &a) && numberOf(want, &b) && a == b);
    }
    const QJsonObject range = condition.toObject();
    for (auto it = range.begin(); it != range.end(); ++it) {
        const QString bound = textOf(it.value());
        const bool numbers = numberOf(value, &a) && numberOf(bound, &b);
        const int cmp = numbers ? (a < b ? -1 : a > b ? 1 : 0) : value.compare(bound);
        if ((it.key() == u"gte" && cmp < 0) || (it.key() == u"lte" && cmp > 0) ||
            (it.key() == u"gt" && cmp <= 0) || (it.key() == u"lt" && cmp >= 0))
            return false;
    }
    return true;
}

} // namespace

class tst_UserFilterQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void customFilters_data();
    void customFilters();
    void badFilters_data();
    void badFilters();
    void communitySearchTerms_data();
    void communitySearchTerms();

private:
    HttpResult post(const QString &operation, const QJsonObject &body,
                    const QHash<QString, QString> &path = {});
    // Every match of `filter` by cursor paging; checks each page on the way.
    QList<qint64> walk(const QJsonObject &filter);
    QList<qint64> expected(const QJsonObject &filter) const;
    QString fieldId(const QString &key) const;
    void setValue(qint64 user, const QString &key, const QJsonValue &value);

    std::unique_ptr<SandboxServer> m_server;
    DemoInfo m_demo;
    HttpTestClient m_http;
    QJsonArray m_fields;
    // Get User Data of every user of the community, by id.
    std::map<qint64, QJsonObject> m_users;
};

HttpResult tst_UserFilterQuery::post(const QString &operation, const QJsonObject &body,
                                     const QHash<QString, QString> &path)
{
    const Route *route = RouteTable::builtIn().find(operation);
    if (!route)
        return {};
    QUrl url = m_server->baseUrls().value(route->family);
    url.setPath(url.path() + route->expandPath(path), QUrl::TolerantMode);
    const QByteArray verb = route->method.toLatin1();
    return m_http.send(
        verb, url,
        {{QByteArrayLiteral("Authorization"), "Bearer " + m_demo.integrationKey.toLatin1()}},
        verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
}

QString tst_UserFilterQuery::fieldId(const QString &key) const
{
    for (const QJsonValue &f : m_fields) {
        if (f.toObject().value(u"field").toString() == key)
            return f.toObject().value(u"_id").toString();
    }
    return {};
}

void tst_UserFilterQuery::setValue(qint64 user, const QString &key, const QJsonValue &value)
{
    const HttpResult r =
        post(QStringLiteral("createFieldHistory"),
             {{QStringLiteral("fieldId"), fieldId(key)}, {QStringLiteral("value"), value}},
             {{QStringLiteral("communityId"), m_demo.communityId},
              {QStringLiteral("userId"), QString::number(user)}});
    QVERIFY2(r.status == 201, r.body.constData());
}

void tst_UserFilterQuery::initTestCase()
{
    SandboxConfig config;
    config.users = 1000;
    config.seed = 11;
    m_server = std::make_unique<SandboxServer>(config);
    QSignalSpy started(m_server.get(), &SandboxServer::started);
    m_server->start();
    QVERIFY(started.wait(60000));
    m_demo = m_server->demo();
    const HttpResult fields = post(QStringLiteral("getUserFields"), {},
                                   {{QStringLiteral("communityId"), m_demo.communityId}});
    QCOMPARE(fields.status, 200);
    m_fields = fields.json.value(u"data").toArray();
    QVERIFY2(!fieldId(QStringLiteral("tier")).isEmpty(), fields.body.constData());
    // Values stored through the API win over the derived ones.
    setValue(3, QStringLiteral("tier"), QStringLiteral("Diamond"));
    setValue(4, QStringLiteral("tier"), QStringLiteral("Diamond"));
    setValue(5, QStringLiteral("deposit-amount"), 250);
    // A user the seeder did not make has only stored values.
    const QJsonObject user{
        {QStringLiteral("firstname"), QStringLiteral("Stored")},
        {QStringLiteral("lastname"), QStringLiteral("Values")},
        {QStringLiteral("username"), QStringLiteral("stored.values")},
        {QStringLiteral("displayname"), QStringLiteral("Stored Values")},
        {QStringLiteral("email"), QStringLiteral("stored.values@example.com")},
        {QStringLiteral("accessLevel"), 1},
        {QStringLiteral("joinServer"), true},
        {QStringLiteral("emailPassword"), false},
        {QStringLiteral("sendEmail"), false},
        {QStringLiteral("customFields"),
         QJsonArray{QJsonObject{{QStringLiteral("fieldIdorName"), QStringLiteral("tier")},
                                {QStringLiteral("value"), QStringLiteral("Diamond")}}}}};
    const HttpResult created = post(QStringLiteral("createUser"), user);
    QVERIFY2(created.status == 201, created.body.constData());
    // The community's users (platform paging only), then each one's data.
    const QList<qint64> all = walk({});
    QVERIFY(all.size() > 900);
    for (const qint64 id : all) {
        const HttpResult r = post(QStringLiteral("getUserData"),
                                  {{QStringLiteral("idOrEmail"), QString::number(id)}});
        QVERIFY2(r.status == 200, r.body.constData());
        m_users.emplace(id, r.json.value(u"data").toObject());
    }
    QCOMPARE(m_users.at(3).value(u"customFields").toObject().value(u"tier").toString(),
             QStringLiteral("Diamond"));
}

QList<qint64> tst_UserFilterQuery::walk(const QJsonObject &filter)
{
    QList<qint64> ids;
    QString cursor;
    for (int pages = 0; pages < 20; ++pages) {
        QJsonObject body{{QStringLiteral("filter"), filter},
                         {QStringLiteral("fields"), QJsonArray{QStringLiteral("email")}}};
        if (!cursor.isEmpty())
            body.insert(QStringLiteral("cursor"), cursor);
        const HttpResult r = post(QStringLiteral("getUsersWithFilters"), body);
        if (r.status != 200) {
            qWarning("search failed: %s", r.body.constData());
            return {};
        }
        const QJsonObject data = r.json.value(u"data").toObject();
        const QJsonArray users = data.value(u"users").toArray();
        cursor = data.value(u"next_cursor").toString();
        // A page is full whenever another follows.
        if (users.size() > 200 || (!cursor.isEmpty() && users.size() != 200)) {
            qWarning("bad page of %d users", int(users.size()));
            return {};
        }
        for (const QJsonValue &u : users)
            ids.append(u.toObject().value(u"user_id").toString().toLongLong());
        if (cursor.isEmpty())
            return ids;
    }
    qWarning("too many pages");
    return {};
}

QList<qint64> tst_UserFilterQuery::expected(const QJsonObject &filter) const
{
    QList<qint64> ids;
    for (const auto &[id, user] : m_users) {
        const QJsonObject custom = user.value(u"customFields").toObject();
        bool ok = true;
        for (auto it = filter.begin(); ok && it != filter.end(); ++it) {
            const QString value = it.key() == u"xp" ? QString::number(user.value(u"xp").toInteger())
                                                    : custom.value(it.key()).toString();
            ok = satisfies(value, it.value());
        }
        if (ok)
            ids.append(id);
    }
    return ids;
}

void tst_UserFilterQuery::customFilters_data()
{
    QTest::addColumn<QJsonObject>("filter");
    QTest::addColumn<int>("atLeast"); // matches the case needs to mean anything
    auto custom = [this](qint64 id, const char *key) {
        return m_users.at(id).value(u"customFields").toObject().value(QLatin1String(key));
    };
    auto row = [](const char *name, const QJsonObject &filter, int atLeast) {
        QTest::newRow(name) << filter << atLeast;
    };
    row("seeded customerid", {{QStringLiteral("customerid"), custom(17, "customerid")}}, 1);
    row("seeded tier, pages", {{QStringLiteral("tier"), QStringLiteral("Gold")}}, 401);
    row("seeded birthday", {{QStringLiteral("birthday"), custom(600, "birthday")}}, 1);
    row("stored via API", {{QStringLiteral("tier"), QStringLiteral("Diamond")}}, 3);
    row("stored number as text", {{QStringLiteral("deposit-amount"), QStringLiteral("250")}}, 1);
    row("number as JSON number",
        {{QStringLiteral("deposit-amount"), custom(42, "deposit-amount").toString().toInt()}}, 1);
    row("numeric range",
        {{QStringLiteral("deposit-amount"),
          QJsonObject{{QStringLiteral("gte"), 900}, {QStringLiteral("lte"), 3000}}}},
        50);
    row("open numeric range",
        {{QStringLiteral("deposit-amount"),
          QJsonObject{{QStringLiteral("lt"), QStringLiteral("1000")}}}},
        1);
    row("date range",
        {{QStringLiteral("birthday"),
          QJsonObject{{QStringLiteral("gte"), QStringLiteral("1980-01-01")},
                      {QStringLiteral("lt"), QStringLiteral("1990-01-01")}}}},
        20);
    row("text range",
        {{QStringLiteral("tier"), QJsonObject{{QStringLiteral("gt"), QStringLiteral("Gold")}}}},
        201);
    row("custom and platform",
        {{QStringLiteral("tier"), QStringLiteral("Platinum")},
         {QStringLiteral("xp"),
          QJsonObject{{QStringLiteral("gte"), m_users.at(500).value(u"xp").toInteger()}}}},
        20);
    row("two custom fields",
        {{QStringLiteral("tier"), QStringLiteral("Gold")},
         {QStringLiteral("deposit-amount"), QJsonObject{{QStringLiteral("gt"), 3000}}}},
        20);
    row("no match", {{QStringLiteral("tier"), QStringLiteral("Wood")}}, 0);
}

void tst_UserFilterQuery::customFilters()
{
    QFETCH(QJsonObject, filter);
    QFETCH(int, atLeast);
    const QList<qint64> want = expected(filter);
    QVERIFY2(want.size() >= atLeast, qPrintable(QString::number(want.size())));
    // Cursor mode: every match once, in id order, 200 a page.
    QCOMPARE(walk(filter), want);
    // Page mode: the totals count every match; each page holds its slice.
    const int pages = int((want.size() + 199) / 200);
    for (int page = 1; page <= qMax(1, pages); ++page) {
        const HttpResult r =
            post(QStringLiteral("getUsersWithFilters"),
                 {{QStringLiteral("filter"), filter}, {QStringLiteral("page"), page}});
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject data = r.json.value(u"data").toObject();
        QCOMPARE(data.value(u"total").toInteger(), want.size());
        QCOMPARE(data.value(u"total_pages").toInt(), pages);
        QCOMPARE(data.value(u"current_page").toInt(), page);
        QList<qint64> ids;
        for (const QJsonValue &u : data.value(u"users").toArray())
            ids.append(u.toObject().value(u"user_id").toString().toLongLong());
        QCOMPARE(ids, want.mid((page - 1) * 200, 200));
    }
}

void tst_UserFilterQuery::badFilters_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown key") << QByteArray(R"({"shoe_size":"42"})")
                                 << QStringLiteral("'filter.shoe_size'");
    QTest::newRow("unknown beside custom")
        << QByteArray(R"({"tier":"Gold","favourite":"x"})") << QStringLiteral("'filter.favourite'");
    QTest::newRow("boolean value")
        << QByteArray(R"({"tier":true})") << QStringLiteral("'filter.tier'");
    QTest::newRow("unknown bound") << QByteArray(R"({"deposit-amount":{"between":1}})")
                                   << QStringLiteral("'filter.deposit-amount.between'");
    QTest::newRow("object bound") << QByteArray(R"({"birthday":{"gte":{}}})")
                                  << QStringLiteral("'filter.birthday.gte'");
    QTest::newRow("empty range") << QByteArray(R"({"tier":{}})") << QStringLiteral("'filter.tier'");
    // Terms SQLite should never see: a 400 with the reason, not an empty page.
    const QByteArray longTerm(60000, 'a');
    QTest::newRow("over-long platform term")
        << QByteArray(R"({"username":")" + longTerm + R"("})")
        << QStringLiteral("'filter.username' is longer than 200 characters");
    QTest::newRow("over-long custom bound")
        << QByteArray(R"({"tier":{"gte":")" + longTerm + R"("}})")
        << QStringLiteral("'filter.tier' is longer than 200 characters");
    QTest::newRow("control character")
        << QByteArray(R"({"username":"a\u0000b"})")
        << QStringLiteral("'filter.username' holds a control character");
}

void tst_UserFilterQuery::badFilters()
{
    QFETCH(QByteArray, filter);
    QFETCH(QString, named);
    for (const char *mode : {"cursor", "page"}) {
        QJsonObject body{{QStringLiteral("filter"), QJsonDocument::fromJson(filter).object()}};
        if (qstrcmp(mode, "page") == 0)
            body.insert(QStringLiteral("page"), 1);
        const HttpResult r = post(QStringLiteral("getUsersWithFilters"), body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json.value(u"message").toString().contains(named), r.body.constData());
    }
}

void tst_UserFilterQuery::communitySearchTerms_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("over-long") << QString(300, u'a') << 400
                               << QStringLiteral("'search' is longer than 200 characters");
    QTest::newRow("control") << QStringLiteral("a\tb") << 400
                             << QStringLiteral("'search' holds a control character");
    // LIKE wildcards are searched for literally: no user name holds them.
    QTest::newRow("percent") << QStringLiteral("%") << 200 << QString();
    QTest::newRow("underscore") << QStringLiteral("_") << 200 << QString();
}

void tst_UserFilterQuery::communitySearchTerms()
{
    QFETCH(QString, search);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Route *route = RouteTable::builtIn().find(QStringLiteral("getCommunityUsers"));
    QVERIFY(route);
    QUrl url = m_server->baseUrls().value(route->family);
    url.setPath(url.path() +
                route->expandPath({{QStringLiteral("communityId"), m_demo.communityId}}));
    url.setQuery(QStringLiteral("search=") + QString::fromLatin1(QUrl::toPercentEncoding(search)),
                 QUrl::StrictMode);
    const HttpResult r = m_http.send(
        "GET", url,
        {{QByteArrayLiteral("Authorization"), "Bearer " + m_demo.integrationKey.toLatin1()}});
    QCOMPARE(r.status, status);
    if (status == 200)
        QCOMPARE(r.json.value(u"data").toObject().value(u"total").toInt(-1), 0);
    else
        QVERIFY2(r.json.value(u"message").toString().contains(message),
                 r.body.left(300).constData());
}

QTEST_GUILESS_MAIN(tst_UserFilterQuery)
#include "tst_userfilterquery.moc"
