#include "api/apiclient.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/imagecache.h"
#include "testimages.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// ImageCache against the in-process sandbox's uploaded-image URLs.
class tst_ImageCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void downloadsOnceAndCaches();
    void refusesWhatItCannotShow_data();
    void refusesWhatItCannotShow();
    void insertTakesLocalBytes();

private:
    QString upload(const QByteArray &bytes, const QString &name, const QByteArray &type);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_ImageCache::initTestCase()
{
    QVERIFY(m_sandbox.start(5));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

QString tst_ImageCache::upload(const QByteArray &bytes, const QString &name, const QByteArray &type)
{
    FormField field;
    field.name = QByteArrayLiteral("images");
    field.fileName = name;
    field.contentType = type;
    field.data = bytes;
    auto outcome = track(m_client->uploadImage({field}));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userText()));
        QCOMPARE(outcome->value.size(), 1);
    }();
    return outcome->value.isEmpty() ? QString() : outcome->value.first().url;
}

void tst_ImageCache::downloadsOnceAndCaches()
{
    const QString url = upload(encodedImage(Qt::green, 30), QStringLiteral("g.png"), "image/png");
    ImageCache cache(&m_network);
    QSignalSpy loaded(&cache, &ImageCache::imageLoaded);
    QVERIFY(cache.image(url).isNull());
    QVERIFY(cache.isPending(url));
    QVERIFY(cache.image(url).isNull()); // no second download while one runs
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toString(), url);
    const QImage image = cache.image(url);
    QCOMPARE(image.size(), QSize(30, 30));
    QCOMPARE(image.pixelColor(3, 3), QColor(Qt::green));
    QVERIFY(!cache.isPending(url));
}

void tst_ImageCache::refusesWhatItCannotShow_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    const QString base =
        m_sandbox.server->baseUrls().value(ApiFamily::System).toString(QUrl::RemovePath);
    QTest::newRow("missing upload")
        << base + QStringLiteral("/uploads/none/x.png") << QStringLiteral("download");
    QTest::newRow("not an image") << base + QStringLiteral("/health")
                                  << QStringLiteral("not an image");
    QTest::newRow("plain http elsewhere")
        << QStringLiteral("http://example.com/a.png") << QStringLiteral("plain http");
    QTest::newRow("not a web address")
        << QStringLiteral("file:///etc/passwd") << QStringLiteral("Not a web address");
}

void tst_ImageCache::refusesWhatItCannotShow()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    ImageCache cache(&m_network);
    QVERIFY(cache.image(url).isNull());
    QTRY_VERIFY_WITH_TIMEOUT(!cache.failure(url).isEmpty(), 10000);
    QVERIFY2(cache.failure(url).contains(reason, Qt::CaseInsensitive),
             qPrintable(cache.failure(url)));
    QVERIFY(!cache.isPending(url));
    QVERIFY(cache.image(url).isNull()); // not retried until retry()
    QVERIFY(!cache.isPending(url));
}

void tst_ImageCache::insertTakesLocalBytes()
{
    ImageCache cache(&m_network);
    QSignalSpy loaded(&cache, &ImageCache::imageLoaded);
    QVERIFY(!cache.insert(QStringLiteral("https://x.example/a.png"), "not an image"));
    QVERIFY(cache.insert(QStringLiteral("https://x.example/a.png"), encodedImage(Qt::red)));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(cache.image(QStringLiteral("https://x.example/a.png")).pixelColor(1, 1),
             QColor(Qt::red));
}

QTEST_GUILESS_MAIN(tst_ImageCache)
#include "tst_imagecache.moc"
