#include "api/apiclient.h"
#include "item/rolefiltermodel.h"
#include "item/roletablemodel.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/rolepermissioncatalog.h"
#include "stores/rolestore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// RoleStore, RoleTableModel and RoleFilterModel against the in-process sandbox.
class tst_RoleStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void loads();
    void createUpdateDelete();
    void recreateMapsOldId();
    void loadFailureKeepsList();
    void modelPassesTesterAndDiffsOnReload();
    void filterAndSort();

private:
    QList<Role> sandboxRoles();
    Role newRole(const QString &title) const;

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RoleStore> m_store;
};

void tst_RoleStore::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_RoleStore::init()
{
    m_sandbox.clearFaults();
    m_store = std::make_unique<RoleStore>(*m_client);
    QSignalSpy loaded(m_store.get(), &RoleStore::loaded);
    m_store->reload();
    QVERIFY(m_store->isLoading());
    QVERIFY(loaded.wait(10000));
}

QList<Role> tst_RoleStore::sandboxRoles()
{
    auto outcome = track(m_client->getServerRoles(m_store->serverId()));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    }();
    return outcome->value;
}

Role tst_RoleStore::newRole(const QString &title) const
{
    Role r;
    r.title = title;
    r.colorClass = QStringLiteral("teal");
    r.description = QStringLiteral("made by a test");
    r.order = m_store->nextOrder();
    return r;
}

void tst_RoleStore::loads()
{
    QVERIFY(m_store->hasLoaded());
    QVERIFY(!m_store->isLoading());
    QVERIFY(!m_store->roles().isEmpty());
    QCOMPARE(m_store->serverId(), m_sandbox.config().communityId);
    QCOMPARE(m_store->roles().size(), sandboxRoles().size());
}

void tst_RoleStore::createUpdateDelete()
{
    QSignalSpy added(m_store.get(), &RoleStore::added);
    QSignalSpy changed(m_store.get(), &RoleStore::changed);
    QSignalSpy removed(m_store.get(), &RoleStore::removed);
    Role role = newRole(QStringLiteral("Store test role"));
    RolePermissionCatalog::setValue(&role, RolePermissionCatalog::all().at(1), true);
    m_store->create(role, this);
    QVERIFY(added.wait(10000));
    const Role created = added.first().first().value<Role>();
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(created.title, role.title);
    QVERIFY(RolePermissionCatalog::value(created, RolePermissionCatalog::all().at(1)));
    QVERIFY(m_store->role(created.id).has_value());

    Role edited = created;
    edited.title = QStringLiteral("Store test role (edited)");
    bool called = false;
    m_store->update(edited, this, [&](const Role &r, const ApiError &e) {
        called = true;
        QVERIFY(!e.isError());
        QCOMPARE(r.title, edited.title);
    });
    QVERIFY(changed.wait(10000));
    QVERIFY(called);
    QCOMPARE(m_store->role(created.id)->title, edited.title);

    m_store->remove(created.id, this);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().first().toString(), created.id);
    QVERIFY(!m_store->role(created.id).has_value());
    for (const Role &r : sandboxRoles())
        QVERIFY(r.id != created.id);
}

void tst_RoleStore::recreateMapsOldId()
{
    QSignalSpy added(m_store.get(), &RoleStore::added);
    QSignalSpy removed(m_store.get(), &RoleStore::removed);
    m_store->create(newRole(QStringLiteral("Recreated role")), this);
    QVERIFY(added.wait(10000));
    const Role created = added.takeFirst().first().value<Role>();
    m_store->remove(created.id, this);
    QVERIFY(removed.wait(10000));
    m_store->recreate(created, this);
    QVERIFY(added.wait(10000));
    const QString newId = added.takeFirst().first().value<Role>().id;
    QVERIFY(newId != created.id);
    QCOMPARE(m_store->currentId(created.id), newId);
    QCOMPARE(m_store->role(created.id)->title, created.title);
    m_store->remove(created.id, this); // the old id reaches the new role
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.last().first().toString(), newId);
}

void tst_RoleStore::loadFailureKeepsList()
{
    const int before = int(m_store->roles().size());
    m_sandbox.addFault(QStringLiteral("route=getServerRoles;kind=error;status=404;count=1"));
    QSignalSpy failed(m_store.get(), &RoleStore::loadFailed);
    m_store->reload();
    QVERIFY(failed.wait(10000));
    QVERIFY(m_store->loadError().isError());
    QVERIFY(!m_store->isLoading());
    QCOMPARE(int(m_store->roles().size()), before);
    QSignalSpy loaded(m_store.get(), &RoleStore::loaded);
    m_store->reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!m_store->loadError().isError());
}

void tst_RoleStore::modelPassesTesterAndDiffsOnReload()
{
    RoleTableModel model(m_store.get());
    RoleFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(m_store->roles().size()));
    QCOMPARE(model.columnCount(), int(RoleTableModel::Column::Count));
    QVERIFY(model.rowCount() > 0);

    // Someone else edits the server: a refresh must keep our row (persistent index) alive.
    const QString keptId = model.idAt(0);
    const QPersistentModelIndex kept = model.indexOfId(keptId);
    auto created = track(m_client->createRole(
        RolePermissionCatalog::requestBody(newRole(QStringLiteral("Made elsewhere")))));
    QTRY_VERIFY_WITH_TIMEOUT(created->done, 10000);
    QVERIFY(!created->error.isError());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(m_store.get(), &RoleStore::loaded);
    m_store->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(int(RoleTableModel::DataRole::Id)).toString(), keptId);
    QVERIFY(model.indexOfId(created->value.id).isValid());

    // Deleted elsewhere: one row removed on reload.
    auto gone = track(m_client->deleteRole(created->value.id));
    QTRY_VERIFY_WITH_TIMEOUT(gone->done, 10000);
    QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);
    m_store->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(removedRows.count(), 1);
    QVERIFY(!model.indexOfId(created->value.id).isValid());
    QVERIFY(kept.isValid());

    const QModelIndex colour = model.indexOfId(keptId, RoleTableModel::Column::Colour);
    QCOMPARE(colour.data().toString(), m_store->role(keptId)->colorClass);
    // No member count from the server: an empty cell, not a placeholder.
    QCOMPARE(model.indexOfId(keptId, RoleTableModel::Column::Members).data().toString(), QString());
}

void tst_RoleStore::filterAndSort()
{
    RoleTableModel model(m_store.get());
    RoleFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(int(RoleTableModel::Column::Order), Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const qint64 above = proxy.index(row - 1, int(RoleTableModel::Column::Order))
                                 .data(int(RoleTableModel::DataRole::Sort))
                                 .toLongLong();
        const qint64 here = proxy.index(row, int(RoleTableModel::Column::Order))
                                .data(int(RoleTableModel::DataRole::Sort))
                                .toLongLong();
        QVERIFY(above >= here);
    }
    const QString title = m_store->roles().first().title;
    proxy.setSearchText(title.toUpper());
    QCOMPARE(proxy.searchText(), title.toUpper());
    QVERIFY(proxy.rowCount() >= 1);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row, 0)
                    .data(int(RoleTableModel::DataRole::SearchText))
                    .toString()
                    .contains(title, Qt::CaseInsensitive));
    proxy.setSearchText(QStringLiteral("no role is called this"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

QTEST_GUILESS_MAIN(tst_RoleStore)
#include "tst_rolestore.moc"
