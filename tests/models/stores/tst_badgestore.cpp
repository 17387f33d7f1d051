#include "api/apiclient.h"
#include "item/badgefiltermodel.h"
#include "item/badgetablemodel.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/badgestore.h"
#include "stores/imagecache.h"
#include "testimages.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// BadgeStore, BadgeTableModel and BadgeFilterModel against the in-process sandbox.
class tst_BadgeStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void loads();
    void createUpdateDeleteRecreate();
    void uploadsImage();
    void modelPassesTesterWithImages();
    void filterAndSort();
    void requestBodyLeavesOutServerFields();

private:
    QList<Badge> sandboxBadges();
    static Badge newBadge(const QString &title);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BadgeStore> m_store;
};

void tst_BadgeStore::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_BadgeStore::init()
{
    m_sandbox.clearFaults();
    m_store = std::make_unique<BadgeStore>(*m_client);
    QSignalSpy loaded(m_store.get(), &BadgeStore::loaded);
    m_store->reload();
    QVERIFY(loaded.wait(10000));
}

QList<Badge> tst_BadgeStore::sandboxBadges()
{
    auto outcome = track(m_client->getBadges());
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    }();
    return outcome->value;
}

Badge tst_BadgeStore::newBadge(const QString &title)
{
    Badge b;
    b.title = title;
    b.action = QStringLiteral("custom");
    b.description = QStringLiteral("made by a test");
    b.quantity = 3;
    b.award = true;
    b.awardXpQuantity = 250;
    b.awardCurrency = true;
    b.awardCurrencyQuantity = 40;
    b.attachRequired = true;
    return b;
}

void tst_BadgeStore::loads()
{
    QVERIFY(m_store->hasLoaded());
    QVERIFY(!m_store->badges().isEmpty());
    QCOMPARE(m_store->badges().size(), sandboxBadges().size());
}

void tst_BadgeStore::createUpdateDeleteRecreate()
{
    QSignalSpy added(m_store.get(), &BadgeStore::added);
    QSignalSpy changed(m_store.get(), &BadgeStore::changed);
    QSignalSpy removed(m_store.get(), &BadgeStore::removed);
    m_store->create(newBadge(QStringLiteral("Store badge")), this);
    QVERIFY(added.wait(10000));
    const Badge created = added.takeFirst().first().value<Badge>();
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(created.awardXpQuantity, 250);
    QCOMPARE(created.awardCurrencyQuantity, 40);
    QVERIFY(created.attachRequired);

    Badge edited = created;
    edited.title = QStringLiteral("Store badge, edited");
    edited.award = false;
    edited.awardXpQuantity = 0;
    m_store->update(edited, this);
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_store->badge(created.id)->title, edited.title);
    QVERIFY(!m_store->badge(created.id)->award);

    m_store->remove(created.id, this);
    QVERIFY(removed.wait(10000));
    QVERIFY(!m_store->badge(created.id).has_value());
    for (const Badge &b : sandboxBadges())
        QVERIFY(b.id != created.id);

    m_store->recreate(edited, this);
    QVERIFY(added.wait(10000));
    const QString newId = added.takeFirst().first().value<Badge>().id;
    QVERIFY(newId != created.id);
    QCOMPARE(m_store->currentId(created.id), newId);
    QCOMPARE(m_store->badge(created.id)->title, edited.title);
    m_store->remove(created.id, this);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.last().first().toString(), newId);

    // A refused create reports the error and adds nothing.
    QSignalSpy failed(m_store.get(), &BadgeStore::operationFailed);
    ApiError seen;
    m_store->create(Badge(), this, [&seen](const Badge &, const ApiError &e) { seen = e; });
    QVERIFY(failed.wait(10000));
    QVERIFY(seen.isError());
    QCOMPARE(seen.httpStatus, 400);
}

void tst_BadgeStore::uploadsImage()
{
    const QByteArray png = encodedImage(Qt::red);
    QString url;
    ApiError error;
    bool done = false;
    m_store->uploadImage(png, QStringLiteral("red.png"), QStringLiteral("image/png"), this,
                         [&](const QString &u, const ApiError &e) {
                             url = u;
                             error = e;
                             done = true;
                         });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(!error.isError(), qPrintable(error.userText()));
    QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(url.endsWith(QStringLiteral("/red.png")));

    // The sandbox serves the uploaded bytes at that URL.
    QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(url)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), png);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("image/png"));
    reply->deleteLater();
}

void tst_BadgeStore::modelPassesTesterWithImages()
{
    ImageCache images(&m_network);
    // A badge whose image the sandbox serves, next to the seeded ones (unreachable URLs).
    bool uploaded = false;
    QString url;
    m_store->uploadImage(encodedImage(Qt::blue, 64), QStringLiteral("blue.png"),
                         QStringLiteral("image/png"), this,
                         [&](const QString &u, const ApiError &) {
                             url = u;
                             uploaded = true;
                         });
    QTRY_VERIFY_WITH_TIMEOUT(uploaded, 10000);
    Badge withImage = newBadge(QStringLiteral("Badge with image"));
    withImage.image = url;
    QSignalSpy added(m_store.get(), &BadgeStore::added);

    BadgeTableModel model(m_store.get(), &images);
    BadgeFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(m_store->badges().size()));
    m_store->create(withImage, this);
    QVERIFY(added.wait(10000));
    const QString id = added.first().first().value<Badge>().id;
    const QModelIndex light = model.indexOfId(id, BadgeTableModel::Column::LightImage);
    QVERIFY(light.isValid());
    QCOMPARE(light.data(int(BadgeTableModel::DataRole::ImageUrl)).toString(), url);
    // First asked: the download starts; the cell says so, then shows the thumbnail.
    QSignalSpy changedCells(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(light.data(Qt::DecorationRole).isNull());
    QCOMPARE(light.data(int(BadgeTableModel::DataRole::ImageState)).toInt(),
             int(BadgeTableModel::ImageState::Loading));
    QTRY_COMPARE_WITH_TIMEOUT(light.data(int(BadgeTableModel::DataRole::ImageState)).toInt(),
                              int(BadgeTableModel::ImageState::Loaded), 10000);
    QVERIFY(changedCells.count() >= 1);
    const QImage thumb = light.data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(thumb.width(), BadgeTableModel::thumbnailSize);
    QCOMPARE(thumb.pixelColor(5, 5), QColor(Qt::blue));

    // An image the server does not have: the cell ends up "Unavailable" with the reason as
    // tool tip, never stuck at "Loading".
    Badge missing = newBadge(QStringLiteral("Badge without image file"));
    missing.image = url.section(u'/', 0, 2) + QStringLiteral("/uploads/nothing/here.png");
    m_store->create(missing, this);
    QVERIFY(added.wait(10000));
    const QModelIndex broken =
        model.indexOfId(added.last().first().value<Badge>().id, BadgeTableModel::Column::DarkImage);
    QVERIFY(broken.data(Qt::DecorationRole).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(broken.data(int(BadgeTableModel::DataRole::ImageState)).toInt(),
                              int(BadgeTableModel::ImageState::Failed), 10000);
    QCOMPARE(broken.data().toString(), QStringLiteral("Unavailable"));
    QVERIFY(broken.data(Qt::ToolTipRole).toString().contains(QStringLiteral("download")));
    QCOMPARE(model.index(0, int(BadgeTableModel::Column::Name)).data().toString(),
             m_store->badges().first().title);
    // The seeded badges' pictures are served by the sandbox too.
    const QModelIndex seeded = model.index(0, int(BadgeTableModel::Column::LightImage));
    QTRY_COMPARE_WITH_TIMEOUT(seeded.data(int(BadgeTableModel::DataRole::ImageState)).toInt(),
                              int(BadgeTableModel::ImageState::Loaded), 10000);
}

void tst_BadgeStore::filterAndSort()
{
    m_store->create(newBadge(QStringLiteral("Zebra badge")), this);
    QSignalSpy added(m_store.get(), &BadgeStore::added);
    QVERIFY(added.wait(10000));
    BadgeTableModel model(m_store.get());
    BadgeFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(int(BadgeTableModel::Column::Xp), Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, int(BadgeTableModel::Column::Xp))
                    .data(int(BadgeTableModel::DataRole::Sort))
                    .toLongLong() >= proxy.index(row, int(BadgeTableModel::Column::Xp))
                                         .data(int(BadgeTableModel::DataRole::Sort))
                                         .toLongLong());
    proxy.setSearchText(QStringLiteral("zebra"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, int(BadgeTableModel::Column::Xp)).data().toString(),
             QStringLiteral("250 XP"));
    QCOMPARE(proxy.index(0, int(BadgeTableModel::Column::Attachment)).data().toString(),
             QStringLiteral("Required"));
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void tst_BadgeStore::requestBodyLeavesOutServerFields()
{
    Badge b = newBadge(QStringLiteral("Body"));
    b.id = QStringLiteral("abc");
    b.createdAt = QStringLiteral("2026-01-01T00:00:00Z");
    const QJsonObject body = BadgeStore::requestBody(b);
    QVERIFY(!body.contains(u"id"));
    QVERIFY(!body.contains(u"createdAt"));
    QCOMPARE(body.value(u"title").toString(), QStringLiteral("Body"));
    QCOMPARE(body.value(u"awardXpQuantity").toInteger(), 250);
    QCOMPARE(body.value(u"attachRequired").toBool(), true);
}

QTEST_GUILESS_MAIN(tst_BadgeStore)
#include "tst_badgestore.moc"
