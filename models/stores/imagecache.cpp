#include "stores/imagecache.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace ra {

Q_LOGGING_CATEGORY(lcImages, "ra.images")

namespace {
constexpr int transferTimeoutMs = 20000;
constexpr qint64 cacheKiB = 64 * 1024; // decoded images, in KiB

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

ImageCache::ImageCache(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_images(cacheKiB)
{
}

ImageCache::~ImageCache() = default;

QImage ImageCache::image(const QString &url)
{
    if (url.isEmpty())
        return {};
    if (const QImage *cached = m_images.object(url))
        return *cached;
    if (!m_pending.contains(url) && !m_failed.contains(url))
        start(url);
    return {};
}

bool ImageCache::insert(const QString &url, const QByteArray &bytes)
{
    QImage decoded = QImage::fromData(bytes);
    if (decoded.isNull())
        return false;
    const qint64 cost = std::max<qint64>(1, decoded.sizeInBytes() / 1024);
    m_failed.remove(url);
    m_images.insert(url, new QImage(std::move(decoded)), cost);
    emit imageLoaded(url);
    return true;
}

void ImageCache::retry()
{
    m_failed.clear();
}

void ImageCache::start(const QString &url)
{
    const QUrl target(url);
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || target.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
        // Recorded without a signal: image() runs inside models' data(), which must not emit.
        m_failed.insert(url, tr("Not a web address: %1").arg(url));
        return;
    }
    if (scheme == u"http" && !isLoopback(target.host())) {
        m_failed.insert(url,
                        tr("Refused to load an image over plain http from %1.").arg(target.host()));
        return;
    }
    if (!m_network) {
        m_failed.insert(url, tr("No network access."));
        return;
    }
    QNetworkRequest request(target);
    request.setTransferTimeout(transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_pending.insert(url);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64 total) {
        // Stop a download that is (or announces to be) larger than any badge image may be.
        if (received > maxBytes || total > maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] { finished(reply, url); });
}

void ImageCache::finished(QNetworkReply *reply, const QString &url)
{
    reply->deleteLater();
    m_pending.remove(url);
    if (reply->bytesAvailable() > maxBytes ||
        reply->error() == QNetworkReply::OperationCanceledError)
        return fail(url, tr("The image is larger than %1 MB.").arg(maxBytes / (1024 * 1024)));
    if (reply->error() != QNetworkReply::NoError)
        return fail(url, tr("Could not download the image: %1").arg(reply->errorString()));
    if (!insert(url, reply->readAll()))
        fail(url, tr("The file at %1 is not an image this program can show.").arg(url));
}

void ImageCache::fail(const QString &url, const QString &reason)
{
    qCDebug(lcImages) << "image failed" << url << reason;
    m_failed.insert(url, reason);
    emit imageFailed(url, reason);
}

} // namespace ra
