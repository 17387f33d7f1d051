#include "api/apiclient.h"
#include "api/requestlog.h"
#include "overview/communityoverview.h"
#include "overview/countseriesmodel.h"
#include "overview/topmembersearch.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace ra;

namespace {
// Every member of the community as the API lists them, read in cursor pages: the truth the
// overview's counts are checked against (the test may read everyone; the overview may not).
QList<UserData> everyMember(ApiClient &client)
{
    QList<UserData> all;
    QString cursor;
    for (int guard = 0; guard < 500; ++guard) {
        auto *reply =
            client.getUsersByCursor({QStringLiteral("username"), QStringLiteral("join_date"),
                                     QStringLiteral("xp"), QStringLiteral("coins")},
                                    {}, cursor);
        QSignalSpy done(reply, &ApiReplyBase::finished);
        if (!done.wait(20000) || reply->hasError()) {
            qWarning() << "paging failed:" << reply->error().userText();
            return {};
        }
        all += reply->value().users;
        cursor = reply->value().nextCursor;
        if (cursor.isEmpty())
            break;
    }
    return all;
}

// The XP values of a list, highest first.
QList<qint64> xpDescending(QList<UserData> users)
{
    QList<qint64> out;
    for (const UserData &u : users)
        out.append(u.xp);
    std::sort(out.begin(), out.end(), std::greater<>());
    return out;
}

// Plays the API for TopMemberSearch over a population of XP values: counts and first pages.
struct Population
{
    QList<qint64> xp;
    int requests = 0;

    QList<UserData> atLeast(qint64 t, qint64 *count, qint64 exactly = -1)
    {
        ++requests;
        QList<UserData> page;
        *count = 0;
        for (int i = 0; i < xp.size(); ++i) {
            if (xp.at(i) < t || (exactly >= 0 && xp.at(i) != exactly))
                continue;
            ++*count;
            if (page.size() < 200) {
                UserData u;
                u.username = QStringLiteral("m%1").arg(i);
                u.xp = xp.at(i);
                page.append(u);
            }
        }
        return page;
    }

    // Runs the search as CommunityOverview does: the total and the decades first, then rounds.
    QList<UserData> search(int *rounds)
    {
        TopMemberSearch s(10, 200);
        qint64 count = 0;
        QList<UserData> page = atLeast(0, &count);
        s.addProbe(0, count, page);
        for (qint64 t = 1; t <= 10000000; t *= 10) {
            page = atLeast(t, &count);
            s.addProbe(t, count, page);
        }
        *rounds = 0;
        while (!s.isDone() && *rounds < 40) {
            ++*rounds;
            if (const std::optional<qint64> tie = s.tieValue()) {
                s.addTie(atLeast(*tie, &count, *tie));
                continue;
            }
            const QList<qint64> next = s.nextThresholds();
            if (next.isEmpty())
                break;
            for (qint64 t : next) {
                page = atLeast(t, &count);
                s.addProbe(t, count, page);
            }
        }
        return s.isDone() ? s.members() : QList<UserData>();
    }
};
} // namespace

class tst_CommunityOverview : public QObject
{
    Q_OBJECT

private slots:
    void searchFindsTheTopTen_data();
    void searchFindsTheTopTen();
    void countsMatchTheCommunity();
    void requestsDoNotGrowWithMembers();
    void failureNamesTheCount();
    void reloadCountsAgain();

private:
    bool load(CommunityOverview &overview);
};

void tst_CommunityOverview::searchFindsTheTopTen_data()
{
    QTest::addColumn<QList<qint64>>("xp");
    QList<qint64> uniform;
    for (int i = 0; i < 100000; ++i)
        uniform.append((qint64(i) * 7919) % 50000);
    QTest::newRow("100,000 members, 0-49,999 XP") << uniform;
    QList<qint64> million;
    for (int i = 0; i < 1000000; ++i)
        million.append((qint64(i) * 104729) % 50000);
    QTest::newRow("1,000,000 members, 0-49,999 XP") << million;
    QList<qint64> heavy;
    for (int i = 1; i <= 20000; ++i)
        heavy.append(5000000 / i); // a long tail: few members with much XP
    QTest::newRow("long tail") << heavy;
    QList<qint64> tie(900, 100);
    tie << 500 << 400 << 300;
    QTest::newRow("900 members tied below three") << tie;
    QTest::newRow("four members") << QList<qint64>{5, 0, 12, 7};
    QTest::newRow("nobody has XP") << QList<qint64>(450, 0);
}

void tst_CommunityOverview::searchFindsTheTopTen()
{
    QFETCH(QList<qint64>, xp);
    Population population{xp, 0};
    int rounds = 0;
    const QList<UserData> top = population.search(&rounds);
    QList<qint64> expected = xp;
    std::sort(expected.begin(), expected.end(), std::greater<>());
    expected.resize(std::min<qsizetype>(10, expected.size()));
    QCOMPARE(xpDescending(top), expected);
    // Each round narrows the range to an eighth: a handful of rounds, not one per member.
    QVERIFY2(rounds <= 3, qPrintable(QString::number(rounds)));
    QVERIFY2(population.requests <= 9 + 3 * 7, qPrintable(QString::number(population.requests)));
    qInfo("%d rounds, %d requests", rounds, population.requests);
}

bool tst_CommunityOverview::load(CommunityOverview &overview)
{
    QSignalSpy finished(&overview, &CommunityOverview::finished);
    overview.reload();
    if (!finished.wait(60000))
        return false;
    return !overview.isLoading();
}

void tst_CommunityOverview::countsMatchTheCommunity()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(1200));
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(sandbox.config());
    CommunityOverview overview(client);
    const QDate today = QDate::currentDate();
    overview.setToday(today);
    QVERIFY(load(overview));
    QCOMPARE(overview.errorText(), QString());

    const QList<UserData> members = everyMember(client);
    QCOMPARE(members.size(), 1200);
    QCOMPARE(overview.total(), qint64(members.size()));

    // Joins per week: each week Monday to Sunday, the current week last.
    CountSeriesModel *joins = overview.joins();
    QCOMPARE(joins->rowCount(), CommunityOverview::weekCount);
    QCOMPARE(joins->range(joins->rowCount() - 1).from.toDate(),
             today.addDays(1 - today.dayOfWeek()));
    qint64 joinedSum = 0;
    for (int row = 0; row < joins->rowCount(); ++row) {
        const QDate from = joins->range(row).from.toDate();
        const QDate to = joins->range(row).to.toDate();
        QCOMPARE(from.dayOfWeek(), 1);
        QCOMPARE(from.daysTo(to), 6);
        const qint64 expected =
            std::count_if(members.cbegin(), members.cend(), [&](const UserData &u) {
                const QDate joined = QDate::fromString(u.joinDate.left(10), Qt::ISODate);
                return joined >= from && joined <= to;
            });
        QCOMPARE(joins->countAt(row), expected);
        joinedSum += expected;
    }
    QVERIFY(joinedSum > 0); // the demo's members joined over two years
    QCOMPARE(overview.joinedInWeeks(), joinedSum);

    // XP and coins bands: "0", "1–9", "10–99", ... up to the band of the highest value.
    for (bool xp : {true, false}) {
        CountSeriesModel *bands = xp ? overview.xp() : overview.coins();
        QVERIFY(bands->rowCount() >= 2);
        qint64 highest = 0;
        for (const UserData &u : members)
            highest = std::max(highest, xp ? u.xp : u.coins);
        for (int row = 0; row < bands->rowCount(); ++row) {
            const qint64 from = bands->range(row).from.toLongLong();
            const QVariant toValue = bands->range(row).to;
            const qint64 to =
                toValue.isNull() ? std::numeric_limits<qint64>::max() : toValue.toLongLong();
            const qint64 expected =
                std::count_if(members.cbegin(), members.cend(), [&](const UserData &u) {
                    const qint64 v = xp ? u.xp : u.coins;
                    return v >= from && v <= to;
                });
            QCOMPARE(bands->countAt(row), expected);
        }
        // The last band holds the highest value; none above it is shown.
        const CountSeriesModel::Range &last = bands->range(bands->rowCount() - 1);
        QVERIFY(highest >= last.from.toLongLong());
        QVERIFY(last.to.isNull() || highest <= last.to.toLongLong());
        QCOMPARE(bands->sum(), overview.total());
    }

    // The ten with the most XP are the ten highest values, each a real member with that XP.
    QVERIFY(overview.isTopComplete());
    const QList<UserData> top = overview.topMembers();
    QCOMPARE(top.size(), CommunityOverview::topCount);
    QList<qint64> expected = xpDescending(members);
    expected.resize(CommunityOverview::topCount);
    QCOMPARE(xpDescending(top), expected);
    for (const UserData &u : top) {
        const auto it = std::find_if(members.cbegin(), members.cend(),
                                     [&](const UserData &m) { return m.userId == u.userId; });
        QVERIFY2(it != members.cend(), qPrintable(u.userId));
        QCOMPARE(it->xp, u.xp);
        QVERIFY(!u.username.isEmpty());
    }
}

void tst_CommunityOverview::requestsDoNotGrowWithMembers()
{
    // The same overview of 300 and of 30,000 members: about the same number of requests, all
    // of them counts (page 1 of a filter), never the pages beyond.
    QList<int> requests;
    for (int size : {300, 30000}) {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(size));
        QNetworkAccessManager network;
        RequestLog log;
        ApiClient client(&network);
        client.setRequestLog(&log);
        client.setConfig(sandbox.config());
        CommunityOverview overview(client);
        QVERIFY(load(overview));
        QCOMPARE(overview.errorText(), QString());
        QCOMPARE(overview.total(), qint64(size));
        QCOMPARE(overview.topMembers().size(), CommunityOverview::topCount);
        // The client's own log agrees with the overview's count.
        QCOMPARE(log.size(), overview.requestCount());
        for (const RequestRecord &r : log.records())
            QCOMPARE(r.operationId, QStringLiteral("getUsersWithFilters"));
        requests.append(overview.requestCount());
        qInfo("%d members: %d requests", size, overview.requestCount());
    }
    // 1 total + 12 weeks + 8 XP + 8 coins, and one or two narrowing rounds of at most 7.
    const int base = 1 + CommunityOverview::weekCount + 2 * CommunityOverview::decadeCount;
    for (int n : requests)
        QVERIFY2(n >= base && n <= base + 2 * 7, qPrintable(QString::number(n)));
    // Reading every member of the larger community would take 150 pages.
    QVERIFY(requests.last() < 30000 / 200 / 3);
}

void tst_CommunityOverview::failureNamesTheCount()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(300));
    sandbox.addFault(QStringLiteral("route=getUsersWithFilters;kind=error;status=403;count=1"));
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(sandbox.config());
    CommunityOverview overview(client);
    QVERIFY(load(overview));
    // The first request sent is the total: the message says which count failed and why.
    QVERIFY2(overview.errorText().contains(QStringLiteral("the members")),
             qPrintable(overview.errorText()));
    QVERIFY2(overview.errorText().contains(QStringLiteral("may not access")),
             qPrintable(overview.errorText()));
    QCOMPARE(overview.total(), qint64(-1));
    // The other counts still arrived.
    QVERIFY(overview.joins()->isComplete());
}

void tst_CommunityOverview::reloadCountsAgain()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(300));
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(sandbox.config());
    CommunityOverview overview(client);
    QVERIFY(load(overview));
    QCOMPARE(overview.total(), qint64(300));
    // A member more: the refresh sees them.
    auto *created = client.createUser(
        QJsonObject{{QStringLiteral("email"), QStringLiteral("new.member@example.com")},
                    {QStringLiteral("username"), QStringLiteral("newmember")},
                    {QStringLiteral("firstname"), QStringLiteral("New")},
                    {QStringLiteral("lastname"), QStringLiteral("Member")},
                    {QStringLiteral("displayname"), QStringLiteral("New Member")},
                    {QStringLiteral("password"), QStringLiteral("StrongPass1!")},
                    {QStringLiteral("confirmPassword"), QStringLiteral("StrongPass1!")},
                    {QStringLiteral("accessLevel"), 1},
                    {QStringLiteral("joinServer"), true},
                    {QStringLiteral("emailPassword"), false},
                    {QStringLiteral("sendEmail"), false}});
    QSignalSpy done(created, &ApiReplyBase::finished);
    QVERIFY(done.wait(10000));
    QVERIFY2(!created->hasError(), qPrintable(created->error().userText()));
    // A reload while loading drops the first load's answers.
    overview.reload();
    QVERIFY(load(overview));
    QCOMPARE(overview.total(), qint64(301));
    QCOMPARE(overview.joins()->countAt(CommunityOverview::weekCount - 1) >= 1, true);
    overview.clear();
    QCOMPARE(overview.total(), qint64(-1));
    QCOMPARE(overview.joins()->rowCount(), 0);
    QVERIFY(!overview.isLoading());
}

QTEST_GUILESS_MAIN(tst_CommunityOverview)
#include "tst_communityoverview.moc"
