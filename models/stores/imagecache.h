#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace ra {

// Downloads and keeps the images entities point at (badge images), so widgets never touch the
// network: image() answers from the cache or starts one download and returns a null image;
// imageLoaded() / imageFailed() follow. Only https, or http to a loopback host (the sandbox), is
// fetched; a body over maxBytes or one that is not an image fails with a reason. Memory is
// bounded (QCache by decoded size). Borrows the network manager of the API client; GUI thread.
class ImageCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxBytes = 10 * 1024 * 1024;

    explicit ImageCache(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ImageCache() override;

    // The image at `url` when it is loaded; otherwise a null image, and a download starts unless
    // one is running or the URL already failed (retry() forgets failures).
    QImage image(const QString &url);
    bool isPending(const QString &url) const { return m_pending.contains(url); }
    // Why `url` could not be shown, or empty.
    QString failure(const QString &url) const { return m_failed.value(url); }
    // Puts bytes the user chose (e.g. a file just uploaded) in the cache under `url`.
    bool insert(const QString &url, const QByteArray &bytes);
    void retry();

signals:
    void imageLoaded(const QString &url);
    void imageFailed(const QString &url, const QString &reason);

private:
    void start(const QString &url);
    void finished(QNetworkReply *reply, const QString &url);
    void fail(const QString &url, const QString &reason);

    QNetworkAccessManager *m_network;
    QCache<QString, QImage> m_images;
    QHash<QString, QString> m_failed;
    QSet<QString> m_pending;
};

} // namespace ra
