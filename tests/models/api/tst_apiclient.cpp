#include "api/apiclient.h"
#include "api/networkactivity.h"
#include "api/requestlog.h"
#include "api/requestlogwriter.h"
#include "replywaiter.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

// The client's core against the in-process sandbox on 127.0.0.1: auth per
// family, retries (429 + Retry-After, reset), never re-sending
// a failed create, truncated/malformed bodies, timeouts, the per-host queue,
// cancellation (abort, context, profile switch) and the request log.
class tst_ApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void successAndAuthFailure();
    void retriesAfter429WithRetryAfter();
    void failedCreateIsNotResent();
    void createAfterResetIsCheckedThenResent();
    void resetOnGetIsRetried();
    void truncatedBodyIsDecodeError();
    void malformedBodyIsDecodeError();
    void timeoutGivesTimeoutError();
    void perHostLimitQueues();
    void setConfigCancelsEverything();
    void newLimitsKeepRunningWork();
    void closedContextCancelsItsCall();
    void abortFinishesOnce();
    void unknownOperationAndMissingParameter();
    void requestLogHasNoSecrets();
    void bulkImportReportsUploadProgress();
    void gamificationHistoryShapePerProfile();
    void usersWithFiltersInBothPagingModes();

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    RequestLog *m_log = nullptr;
    NetworkActivity *m_activity = nullptr;
};

void tst_ApiClient::initTestCase()
{
    QVERIFY(m_sandbox.start(450)); // more than two pages of Get Users with Filters
}

void tst_ApiClient::init()
{
    m_network = new QNetworkAccessManager(this);
    m_client = new ApiClient(m_network, this);
    m_log = new RequestLog(this);
    m_activity = new NetworkActivity(this);
    m_client->setRequestLog(m_log);
    m_client->setActivity(m_activity);
    m_client->setConfig(m_sandbox.config());
}

void tst_ApiClient::cleanup()
{
    m_sandbox.clearFaults();
    delete m_client;
    delete m_log;
    delete m_activity;
    delete m_network;
}

void tst_ApiClient::successAndAuthFailure()
{
    auto page = track(m_client->getCommunityUsers(1, 5));
    QTRY_VERIFY_WITH_TIMEOUT(page->done, 10000);
    QVERIFY2(!page->error.isError(), qPrintable(page->error.userText()));
    QVERIFY(!page->value.users.isEmpty());
    const QString someEmail = page->value.users.first().email;
    QVERIFY(!someEmail.isEmpty());

    auto ok = track(m_client->getUserData(someEmail));
    QTRY_VERIFY_WITH_TIMEOUT(ok->done, 10000);
    QVERIFY2(!ok->error.isError(), qPrintable(ok->error.userText()));
    QCOMPARE(ok->value.email, someEmail);
    QCOMPARE(ok->finishes, 1);

    ApiClientConfig bad = m_sandbox.config();
    bad.integrationKey = QStringLiteral("not-a-key");
    m_client->setConfig(bad);
    auto denied = track(m_client->getUserData(someEmail));
    QTRY_VERIFY_WITH_TIMEOUT(denied->done, 10000);
    QCOMPARE(denied->error.kind, ApiError::Kind::Http);
    QCOMPARE(denied->error.httpStatus, 401);
    QCOMPARE(denied->error.operationId, QStringLiteral("getUserData"));
    QVERIFY(!denied->error.url.toString().contains(QStringLiteral("not-a-key")));
}

void tst_ApiClient::retriesAfter429WithRetryAfter()
{
    m_sandbox.addFault(QStringLiteral("route=getBadges;kind=429;retryAfter=1;count=1"));
    QElapsedTimer clock;
    clock.start();
    auto badges = track(m_client->getBadges());
    QTRY_VERIFY_WITH_TIMEOUT(badges->done, 10000);
    QVERIFY2(!badges->error.isError(), qPrintable(badges->error.userText()));
    QCOMPARE(badges->attempts, 2);
    QVERIFY2(clock.elapsed() >= 1000, "the Retry-After wait was not honoured");
    QVERIFY(!badges->value.isEmpty());
    QCOMPARE(m_log->at(m_log->size() - 1).retries, 1);
}

void tst_ApiClient::failedCreateIsNotResent()
{
    // 501: the server says it cannot do this; not a transient failure.
    m_sandbox.addFault(QStringLiteral("route=createUser;kind=error;status=501;count=1"));
    const QString email = QStringLiteral("fivehundred@example.com");
    const QJsonObject user{{QStringLiteral("firstname"), QStringLiteral("Five")},
                           {QStringLiteral("lastname"), QStringLiteral("Hundred")},
                           {QStringLiteral("username"), QStringLiteral("five_hundred")},
                           {QStringLiteral("displayname"), QStringLiteral("Five Hundred")},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("password"), QStringLiteral("StrongPass1!")},
                           {QStringLiteral("confirmPassword"), QStringLiteral("StrongPass1!")},
                           {QStringLiteral("accessLevel"), 1},
                           {QStringLiteral("joinServer"), true},
                           {QStringLiteral("emailPassword"), false},
                           {QStringLiteral("sendEmail"), false}};
    auto created = track(m_client->createUser(user));
    QTRY_VERIFY_WITH_TIMEOUT(created->done, 10000);
    // Had the client re-sent, the second (fault-free) create would succeed.
    QCOMPARE(created->error.kind, ApiError::Kind::Http);
    QCOMPARE(created->error.httpStatus, 501);
    QCOMPARE(created->attempts, 1);
    auto lookup = track(m_client->getUserData(email));
    QTRY_VERIFY_WITH_TIMEOUT(lookup->done, 10000);
    QCOMPARE(lookup->error.httpStatus, 404);
}

void tst_ApiClient::createAfterResetIsCheckedThenResent()
{
    m_sandbox.addFault(QStringLiteral("route=createUser;kind=reset;count=1"));
    const QString email = QStringLiteral("reset.create@example.com");
    const QJsonObject user{{QStringLiteral("firstname"), QStringLiteral("Re")},
                           {QStringLiteral("lastname"), QStringLiteral("Set")},
                           {QStringLiteral("username"), QStringLiteral("re_set")},
                           {QStringLiteral("displayname"), QStringLiteral("Re Set")},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("password"), QStringLiteral("StrongPass1!")},
                           {QStringLiteral("confirmPassword"), QStringLiteral("StrongPass1!")},
                           {QStringLiteral("accessLevel"), 1},
                           {QStringLiteral("joinServer"), true},
                           {QStringLiteral("emailPassword"), false},
                           {QStringLiteral("sendEmail"), false}};
    auto created = track(m_client->createUser(user));
    QTRY_VERIFY_WITH_TIMEOUT(created->done, 10000);
    QVERIFY2(!created->error.isError(), qPrintable(created->error.userText()));
    QCOMPARE(created->attempts, 2); // reset, lookup said "not there", sent again
    // The log holds the create and the lookup in between.
    bool sawLookup = false;
    for (const RequestRecord &r : m_log->records())
        sawLookup = sawLookup || r.operationId == u"getUserData";
    QVERIFY(sawLookup);
    // A second create of the same user is a conflict, not a silent duplicate.
    auto again = track(m_client->createUser(user));
    QTRY_VERIFY_WITH_TIMEOUT(again->done, 10000);
    QVERIFY(again->error.isError());
}

void tst_ApiClient::resetOnGetIsRetried()
{
    // One reset: the call succeeds (re-sent by the transport or by the client).
    m_sandbox.addFault(QStringLiteral("route=getChannels;kind=reset;count=1"));
    auto once = track(m_client->getChannels());
    QTRY_VERIFY_WITH_TIMEOUT(once->done, 10000);
    QVERIFY2(!once->error.isError(), qPrintable(once->error.userText()));
    QVERIFY(m_sandbox.server->faults()->rules().isEmpty() ||
            m_sandbox.server->faults()->rules().first().count == 0);
    // Every connection reset: the client's own retries run out, capped.
    m_sandbox.clearFaults();
    m_sandbox.addFault(QStringLiteral("route=getChannels;kind=reset"));
    auto always = track(m_client->getChannels());
    QTRY_VERIFY_WITH_TIMEOUT(always->done, 10000);
    QCOMPARE(always->error.kind, ApiError::Kind::Network);
    QCOMPARE(always->attempts, m_sandbox.config().retry.maxAttempts);
    QCOMPARE(m_log->at(m_log->size() - 1).retries, m_sandbox.config().retry.maxAttempts - 1);
}

void tst_ApiClient::truncatedBodyIsDecodeError()
{
    auto page = track(m_client->getCommunityUsers(1, 1));
    QTRY_VERIFY_WITH_TIMEOUT(page->done, 10000);
    QVERIFY(!page->value.users.isEmpty());
    m_sandbox.addFault(QStringLiteral("route=getUserData;kind=truncate"));
    auto data = track(m_client->getUserData(page->value.users.first().email));
    QTRY_VERIFY_WITH_TIMEOUT(data->done, 10000);
    QCOMPARE(data->error.kind, ApiError::Kind::Decode);
    QCOMPARE(data->error.operationId, QStringLiteral("getUserData"));
    QVERIFY(data->error.userText().contains(QStringLiteral("getUserData")));
}

void tst_ApiClient::malformedBodyIsDecodeError()
{
    m_sandbox.addFault(QStringLiteral("route=getBadges;kind=malformed"));
    auto badges = track(m_client->getBadges());
    QTRY_VERIFY_WITH_TIMEOUT(badges->done, 10000);
    QCOMPARE(badges->error.kind, ApiError::Kind::Decode);
    QCOMPARE(badges->error.operationId, QStringLiteral("getBadges"));
    // A reply cut off or garbled on the way may be fine the next time: a GET
    // is tried as often as the policy allows before the error stands.
    QCOMPARE(badges->attempts, m_sandbox.config().retry.maxAttempts);
}

void tst_ApiClient::timeoutGivesTimeoutError()
{
    ApiClientConfig c = m_sandbox.config();
    c.timeoutMs = 300;
    c.retry.maxAttempts = 1; // the timeout itself, not the retries after it
    m_client->setConfig(c);
    m_sandbox.addFault(QStringLiteral("route=getBadges;latencyMs=3000;count=1"));
    QElapsedTimer clock;
    clock.start();
    auto badges = track(m_client->getBadges());
    QTRY_VERIFY_WITH_TIMEOUT(badges->done, 10000);
    QCOMPARE(badges->error.kind, ApiError::Kind::Timeout);
    QVERIFY(clock.elapsed() >= 300);
    QVERIFY(clock.elapsed() < 2900);
}

void tst_ApiClient::perHostLimitQueues()
{
    ApiClientConfig c = m_sandbox.config();
    c.maxPerHost = 2;
    m_client->setConfig(c);
    m_sandbox.addFault(QStringLiteral("route=getBadges;latencyMs=100"));
    int maxInFlight = 0;
    int maxQueued = 0;
    connect(m_activity, &NetworkActivity::changed, this, [&] {
        maxInFlight = std::max(maxInFlight, m_activity->inFlight());
        maxQueued = std::max(maxQueued, m_activity->queued());
    });
    QList<std::shared_ptr<ReplyOutcome<QList<Badge>>>> all;
    for (int i = 0; i < 8; ++i)
        all.append(track(m_client->getBadges()));
    QCOMPARE(m_client->inFlightCount(), 2);
    QCOMPARE(m_client->queuedCount(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(all.cbegin(), all.cend(), [](auto &o) { return o->done; }),
                             10000);
    QCOMPARE(maxInFlight, 2);
    QCOMPARE(maxQueued, 6);
    QCOMPARE(m_activity->inFlight(), 0);
    QCOMPARE(m_activity->queued(), 0);
    QCOMPARE(m_activity->finishedCount(), 8);
    for (const auto &o : all)
        QVERIFY(!o->error.isError());
}

void tst_ApiClient::setConfigCancelsEverything()
{
    ApiClientConfig c = m_sandbox.config();
    c.maxPerHost = 2;
    m_client->setConfig(c);
    m_sandbox.addFault(QStringLiteral("route=getBadges;latencyMs=2000"));
    QList<std::shared_ptr<ReplyOutcome<QList<Badge>>>> all;
    for (int i = 0; i < 5; ++i)
        all.append(track(m_client->getBadges()));
    QTRY_COMPARE(m_client->inFlightCount(), 2);
    ApiClientConfig other = m_sandbox.config();
    other.communityId = QStringLiteral("another-community");
    m_client->setConfig(other); // a profile switch
    for (const auto &o : all) {
        QVERIFY(o->done);
        QCOMPARE(o->finishes, 1);
        QCOMPARE(o->error.kind, ApiError::Kind::Cancelled);
    }
    QCOMPARE(m_client->inFlightCount(), 0);
    QCOMPARE(m_client->queuedCount(), 0);
    QCOMPARE(m_activity->inFlight(), 0);
    m_client->setConfig(m_sandbox.config());
}

void tst_ApiClient::newLimitsKeepRunningWork()
{
    ApiClientConfig c = m_sandbox.config();
    c.maxPerHost = 1;
    m_client->setConfig(c);
    m_sandbox.addFault(QStringLiteral("route=getBadges;latencyMs=300"));
    QList<std::shared_ptr<ReplyOutcome<QList<Badge>>>> all;
    for (int i = 0; i < 4; ++i)
        all.append(track(m_client->getBadges()));
    QTRY_COMPARE(m_client->inFlightCount(), 1);
    QCOMPARE(m_client->queuedCount(), 3);
    // New limits and a new key, as Preferences or a key edit would give.
    c.maxPerHost = 4;
    c.timeoutMs = 20000;
    c.systemKey = c.systemKey + QStringLiteral("-rotated");
    m_client->setConfig(c);
    QCOMPARE(m_client->queuedCount(), 0); // the higher limit let them start
    QCOMPARE(m_client->inFlightCount(), 4);
    for (const auto &o : all) {
        QTRY_VERIFY_WITH_TIMEOUT(o->done, 15000);
        QCOMPARE(o->finishes, 1);
        QVERIFY2(o->error.kind != ApiError::Kind::Cancelled, "new limits cancelled running work");
    }
    m_client->setConfig(m_sandbox.config());
}

void tst_ApiClient::closedContextCancelsItsCall()
{
    m_sandbox.addFault(QStringLiteral("route=getBadges;latencyMs=1000;count=1"));
    auto *window = new QObject;
    bool called = false;
    ApiReply<QList<Badge>> *reply = m_client->getBadges();
    auto outcome = track(reply);
    reply->then(
        window, [&](const QList<Badge> &) { called = true; },
        [&](const ApiError &) { called = true; });
    QTRY_COMPARE(m_client->inFlightCount(), 1);
    delete window;
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!called);
    QCOMPARE(m_client->inFlightCount(), 0);
}

void tst_ApiClient::abortFinishesOnce()
{
    m_sandbox.addFault(QStringLiteral("route=getBadges;latencyMs=1000;count=1"));
    ApiReply<QList<Badge>> *reply = m_client->getBadges();
    auto outcome = track(reply);
    QPointer<ApiReplyBase> guard(reply);
    reply->abort();
    QVERIFY(outcome->done);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Cancelled);
    if (guard)
        guard->abort();          // no second finish
    QTRY_VERIFY(guard.isNull()); // deleted itself
    QCOMPARE(outcome->finishes, 1);
    QCOMPARE(m_activity->failedCount(), 1);
}

void tst_ApiClient::unknownOperationAndMissingParameter()
{
    auto unknown = track(m_client->call(QStringLiteral("noSuchOperation")));
    QVERIFY(!unknown->done); // finishes asynchronously, after the caller connected
    QTRY_VERIFY(unknown->done);
    QCOMPARE(unknown->error.kind, ApiError::Kind::Request);
    auto missing = track(m_client->call(QStringLiteral("updateRole")));
    QTRY_VERIFY(missing->done);
    QCOMPARE(missing->error.kind, ApiError::Kind::Request);
    QVERIFY(missing->error.detail.contains(QStringLiteral("id")));
}

void tst_ApiClient::requestLogHasNoSecrets()
{
    QTemporaryDir dir;
    RequestLogWriter writer(m_log);
    QString error;
    QVERIFY(writer.open(dir.filePath(QStringLiteral("log.jsonl")), &error));
    // The User Api Key operations send a login's session token: it stays out of the log too.
    ApiClientConfig withSession = m_client->config();
    withSession.sessionToken = QStringLiteral("sbx.session-token-that-must-not-be-logged");
    m_client->setConfig(withSession);
    auto a = track(m_client->getBadges());
    auto b = track(m_client->getUserFields());
    auto c = track(m_client->getUserApiKeys(QStringLiteral("someone")));
    QTRY_VERIFY_WITH_TIMEOUT(a->done && b->done && c->done, 10000);
    writer.close();
    QFile f(dir.filePath(QStringLiteral("log.jsonl")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QCOMPARE(text.count('\n'), 3);
    const ApiClientConfig config = m_sandbox.config();
    QVERIFY(!text.contains(config.systemKey.toUtf8()));
    QVERIFY(!text.contains(config.integrationKey.toUtf8()));
    QVERIFY(!text.contains(withSession.sessionToken.toUtf8()));
    QVERIFY(!text.contains("Bearer"));
    QVERIFY(!text.contains("x-api-key"));
    // The records come in the order the replies finished; the badges' is the one checked.
    int badges = -1;
    for (int i = 0; i < m_log->size(); ++i) {
        if (m_log->at(i).operationId == u"getBadges")
            badges = i;
    }
    QVERIFY(badges >= 0);
    const RequestRecord &first = m_log->at(badges);
    QCOMPARE(first.operationId, QStringLiteral("getBadges"));
    QCOMPARE(first.method, QStringLiteral("GET"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.bytesDown > 0);
    QVERIFY(first.url.startsWith(QStringLiteral("http://127.0.0.1:")));
    m_client->setConfig(m_sandbox.config());
}

void tst_ApiClient::bulkImportReportsUploadProgress()
{
    QByteArray csv = "First Name,Last Name,Username,Email\n";
    for (int i = 0; i < 2000; ++i)
        csv += "Bulk,User" + QByteArray::number(i) + ",bulk_" + QByteArray::number(i) + ",bulk" +
               QByteArray::number(i) + "@example.com\n";
    ApiReply<ImportJob> *reply =
        m_client->bulkImport(FormField::csvData(csv, QStringLiteral("users.csv")));
    qint64 lastSent = 0;
    qint64 lastTotal = 0;
    connect(reply, &ApiReplyBase::uploadProgress, this, [&](qint64 sent, qint64 total) {
        lastSent = sent;
        lastTotal = total;
    });
    auto outcome = track(reply);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 20000);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userText()));
    QVERIFY2(lastTotal > csv.size(),
             qPrintable(QStringLiteral("%1 of %2").arg(lastSent).arg(lastTotal)));
    QCOMPARE(lastSent, lastTotal);
    QVERIFY(m_log->at(m_log->size() - 1).bytesUp >= csv.size());
}

void tst_ApiClient::gamificationHistoryShapePerProfile()
{
    auto page = track(m_client->getCommunityUsers(1, 1));
    QTRY_VERIFY_WITH_TIMEOUT(page->done, 10000);
    QVERIFY(!page->value.users.isEmpty());
    const QString email = page->value.users.first().email;

    auto viaGet = track(m_client->getGamificationHistory(email, QStringLiteral("email"), 5));
    QTRY_VERIFY_WITH_TIMEOUT(viaGet->done, 10000);
    QVERIFY2(!viaGet->error.isError(), qPrintable(viaGet->error.userText()));
    QCOMPARE(viaGet->value.days.size(), 5);
    QCOMPARE(m_log->at(m_log->size() - 1).method, QStringLiteral("GET"));
    QVERIFY(m_log->at(m_log->size() - 1).url.contains(QStringLiteral("identifier_type=email")));

    ApiClientConfig c = m_sandbox.config();
    c.historyShape = GamificationHistoryShape::PostBody;
    m_client->setConfig(c);
    auto viaPost = track(
        m_client->getGamificationHistory(email, QStringLiteral("email"), 5, QDate(2026, 1, 2)));
    QTRY_VERIFY_WITH_TIMEOUT(viaPost->done, 10000);
    QCOMPARE(m_log->at(m_log->size() - 1).method, QStringLiteral("POST"));
    QVERIFY2(!viaPost->error.isError(), qPrintable(viaPost->error.userText()));
    QCOMPARE(viaPost->value.days.size(), 1);
    QCOMPARE(viaPost->value.days.first().date, QStringLiteral("2026-01-02"));
    QCOMPARE(viaPost->value.page, 1);
    QCOMPARE(viaPost->value.total, 1);
}

void tst_ApiClient::usersWithFiltersInBothPagingModes()
{
    const QStringList fields{QStringLiteral("email"), QStringLiteral("xp")};
    auto first = track(m_client->getUsersByCursor(fields, {}));
    QTRY_VERIFY_WITH_TIMEOUT(first->done, 10000);
    QVERIFY2(!first->error.isError(), qPrintable(first->error.userText()));
    QCOMPARE(first->value.users.size(), 200);
    QVERIFY(!first->value.nextCursor.isEmpty());
    auto second = track(m_client->getUsersByCursor(fields, {}, first->value.nextCursor));
    QTRY_VERIFY_WITH_TIMEOUT(second->done, 10000);
    QCOMPARE(second->value.users.size(), 200);
    QVERIFY(second->value.users.first().email != first->value.users.first().email);
    QVERIFY(second->value.users.first().xp >= 0);

    auto third = track(m_client->getUsersByPage(fields, {}, 3));
    QTRY_VERIFY_WITH_TIMEOUT(third->done, 10000);
    QVERIFY2(!third->error.isError(), qPrintable(third->error.userText()));
    QCOMPARE(third->value.currentPage, 3);
    // 450 seeded users plus whatever earlier tests imported.
    const UserPage &page = third->value;
    QVERIFY(page.total >= 450);
    QCOMPARE(page.totalPages, int((page.total + 199) / 200));
    QCOMPARE(page.users.size(), page.totalPages > 3 ? 200 : int(page.total - 400));
    QCOMPARE(page.hasMore(), page.totalPages > 3);
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
