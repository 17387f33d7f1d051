#include "api/apiclient.h"
#include "item/channelfiltermodel.h"
#include "item/channeltablemodel.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/channelstore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// ChannelStore, ChannelTableModel and ChannelFilterModel against the in-process sandbox.
class tst_ChannelStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void loadsFromBothLists();
    void createUpdateDeleteRecreate();
    void loadFailureKeepsList();
    void modelPassesTesterAndDiffsOnReload();
    void filterAndSort();

private:
    QList<Channel> sandboxChannels();

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChannelStore> m_store;
};

void tst_ChannelStore::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_ChannelStore::init()
{
    m_sandbox.clearFaults();
    m_store = std::make_unique<ChannelStore>(*m_client);
    QSignalSpy loaded(m_store.get(), &ChannelStore::loaded);
    m_store->reload();
    QVERIFY(m_store->isLoading());
    QVERIFY(loaded.wait(10000));
}

QList<Channel> tst_ChannelStore::sandboxChannels()
{
    auto outcome = track(m_client->getChannels(m_store->serverId()));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    }();
    return outcome->value;
}

void tst_ChannelStore::loadsFromBothLists()
{
    QVERIFY(m_store->hasLoaded());
    QCOMPARE(m_store->source(), ChannelStore::Source::System);
    QVERIFY(!m_store->channels().isEmpty());
    const int systemCount = int(m_store->channels().size());
    QCOMPARE(systemCount, int(sandboxChannels().size()));
    QSignalSpy loaded(m_store.get(), &ChannelStore::loaded);
    m_store->setSource(ChannelStore::Source::Integration);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_store->source(), ChannelStore::Source::Integration);
    QCOMPARE(int(m_store->channels().size()), systemCount);
}

void tst_ChannelStore::createUpdateDeleteRecreate()
{
    QSignalSpy added(m_store.get(), &ChannelStore::added);
    QSignalSpy changed(m_store.get(), &ChannelStore::changed);
    QSignalSpy removed(m_store.get(), &ChannelStore::removed);
    Channel channel;
    channel.topic = QStringLiteral("store-test");
    channel.channelType = QStringLiteral("forum");
    m_store->create(channel, this);
    QVERIFY(added.wait(10000));
    const Channel created = added.takeFirst().first().value<Channel>();
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(created.channelType, QStringLiteral("forum"));

    Channel edited = created;
    edited.topic = QStringLiteral("store-test-edited");
    edited.channelType = QStringLiteral("private");
    m_store->update(edited, this);
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_store->channel(created.id)->topic, edited.topic);
    QCOMPARE(m_store->channel(created.id)->channelType, QStringLiteral("private"));

    m_store->remove(created.id, this);
    QVERIFY(removed.wait(10000));
    QVERIFY(!m_store->channel(created.id).has_value());
    for (const Channel &c : sandboxChannels())
        QVERIFY(c.id != created.id);

    m_store->recreate(edited, this);
    QVERIFY(added.wait(10000));
    const QString newId = added.takeFirst().first().value<Channel>().id;
    QVERIFY(newId != created.id);
    QCOMPARE(m_store->currentId(created.id), newId);
    QCOMPARE(m_store->channel(created.id)->topic, edited.topic);
    m_store->remove(created.id, this);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.last().first().toString(), newId);
}

void tst_ChannelStore::loadFailureKeepsList()
{
    const int before = int(m_store->channels().size());
    m_sandbox.addFault(QStringLiteral("route=getChannels;kind=error;status=404;count=1"));
    QSignalSpy failed(m_store.get(), &ChannelStore::loadFailed);
    m_store->reload();
    QVERIFY(failed.wait(10000));
    QVERIFY(m_store->loadError().isError());
    QCOMPARE(int(m_store->channels().size()), before);
}

void tst_ChannelStore::modelPassesTesterAndDiffsOnReload()
{
    ChannelTableModel model(m_store.get());
    ChannelFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(m_store->channels().size()));
    QVERIFY(model.rowCount() > 0);
    const QString keptId = model.idAt(0);
    const QPersistentModelIndex kept = model.indexOfId(keptId);

    auto created = track(m_client->createChannel(QStringLiteral("made-elsewhere"),
                                                 QStringLiteral("open"), m_store->serverId()));
    QTRY_VERIFY_WITH_TIMEOUT(created->done, 10000);
    QVERIFY(!created->error.isError());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(m_store.get(), &ChannelStore::loaded);
    m_store->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(int(ChannelTableModel::DataRole::Id)).toString(), keptId);

    auto gone = track(m_client->deleteChannel(created->value.id));
    QTRY_VERIFY_WITH_TIMEOUT(gone->done, 10000);
    QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);
    m_store->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(removedRows.count(), 1);
    QVERIFY(kept.isValid());
    QCOMPARE(model.indexOfId(keptId, ChannelTableModel::Column::Type)
                 .data(int(ChannelTableModel::DataRole::TypeKey))
                 .toString(),
             m_store->channel(keptId)->channelType);
}

void tst_ChannelStore::filterAndSort()
{
    ChannelTableModel model(m_store.get());
    ChannelFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(int(ChannelTableModel::Column::Topic), Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, 0).data(int(ChannelTableModel::DataRole::Sort)).toString() <=
                proxy.index(row, 0).data(int(ChannelTableModel::DataRole::Sort)).toString());
    const QString topic = m_store->channels().first().topic;
    proxy.setSearchText(topic.toUpper());
    QVERIFY(proxy.rowCount() >= 1);
    proxy.setSearchText(QStringLiteral("no channel is called this"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

QTEST_GUILESS_MAIN(tst_ChannelStore)
#include "tst_channelstore.moc"
