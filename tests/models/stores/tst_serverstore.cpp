#include "api/apiclient.h"
#include "item/serverfiltermodel.h"
#include "item/servertablemodel.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/channelstore.h"
#include "stores/serverstore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// ServerStore, ServerTableModel and ServerFilterModel against the in-process sandbox, and the
// ChannelStore source that reads "channel list of server".
class tst_ServerStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void loadsMyServers();
    void createAndUpdate();
    void modelPassesTester();
    void channelsOfServer();

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ServerStore> m_store;
};

void tst_ServerStore::initTestCase()
{
    QVERIFY(m_sandbox.start(10));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_ServerStore::init()
{
    m_sandbox.clearFaults();
    m_store = std::make_unique<ServerStore>(*m_client);
    QSignalSpy loaded(m_store.get(), &ServerStore::loaded);
    m_store->reload();
    QVERIFY(loaded.wait(10000));
}

void tst_ServerStore::loadsMyServers()
{
    QVERIFY(m_store->hasLoaded());
    auto outcome = track(m_client->getMyServers());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    QCOMPARE(m_store->servers().size(), outcome->value.size());
    QVERIFY(m_store->server(m_sandbox.config().communityId).has_value());
}

void tst_ServerStore::createAndUpdate()
{
    QSignalSpy added(m_store.get(), &ServerStore::added);
    QSignalSpy changed(m_store.get(), &ServerStore::changed);
    Server server;
    server.name = QStringLiteral("Store Server");
    server.domain = QStringLiteral("store-server.example.com");
    ServerStore::setDescription(server, QStringLiteral("from the store test"));
    m_store->create(server, this);
    QVERIFY(added.wait(10000));
    const Server created = added.first().first().value<Server>();
    QCOMPARE(created.name, server.name);
    QCOMPARE(created.uri, QStringLiteral("store-server"));
    QCOMPARE(ServerStore::description(created), QStringLiteral("from the store test"));

    Server edited = created;
    edited.name = QStringLiteral("Store Server 2");
    ServerStore::setDescription(edited, QStringLiteral("edited"));
    m_store->update(edited, this);
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_store->server(created.id)->name, edited.name);
    QCOMPARE(ServerStore::description(*m_store->server(created.id)), QStringLiteral("edited"));

    // The same name again is refused (409) and reported.
    QSignalSpy failed(m_store.get(), &ServerStore::operationFailed);
    m_store->create(edited, this);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 409);
}

void tst_ServerStore::modelPassesTester()
{
    ServerTableModel model(m_store.get());
    ServerFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(m_store->servers().size()));
    const Server first = m_store->servers().first();
    QCOMPARE(model.indexOfId(first.id).data().toString(), first.name);
    QCOMPARE(model.indexOfId(first.id, ServerTableModel::Column::Domain).data().toString(),
             first.domain);
    QSignalSpy added(m_store.get(), &ServerStore::added);
    Server server;
    server.name = QStringLiteral("Model Server");
    m_store->create(server, this);
    QVERIFY(added.wait(10000));
    QCOMPARE(model.rowCount(), int(m_store->servers().size()));
    proxy.setSearchText(QStringLiteral("model serv"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void tst_ServerStore::channelsOfServer()
{
    ChannelStore channels(*m_client, ChannelStore::Source::Server);
    QSignalSpy loaded(&channels, &ChannelStore::loaded);
    channels.setServerId(m_sandbox.config().communityId);
    QVERIFY(loaded.wait(10000));
    auto outcome = track(m_client->getServerChannels(m_sandbox.config().communityId));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    QVERIFY(!outcome->value.isEmpty());
    QCOMPARE(channels.channels().size(), outcome->value.size());
}

QTEST_GUILESS_MAIN(tst_ServerStore)
#include "tst_serverstore.moc"
