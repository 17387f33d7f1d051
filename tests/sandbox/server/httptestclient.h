#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

namespace ra::sandbox::test {

// What a test request returned.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    bool jsonOk = false;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;
    qint64 contentLength = -1;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// Sends requests over QNetworkAccessManager and waits with QSignalSpy.
class HttpTestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QNetworkReply *start(const QByteArray &verb, const QUrl &url, const Headers &headers = {},
                         const QByteArray &body = {})
    {
        QNetworkRequest request(url);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return m_nam.sendCustomRequest(request, verb, body);
    }

    static HttpResult finish(QNetworkReply *reply, const QElapsedTimer &timer,
                             int timeoutMs = 10000)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(timeoutMs))
                qWarning("request to %s timed out", qPrintable(reply->url().toString()));
        }
        HttpResult r;
        r.elapsedMs = timer.elapsed();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        r.contentLength = length.isValid() ? length.toLongLong() : -1;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        r.jsonOk = parseError.error == QJsonParseError::NoError && doc.isObject();
        r.json = doc.object();
        return r;
    }

    HttpResult send(const QByteArray &verb, const QUrl &url, const Headers &headers = {},
                    const QByteArray &body = {})
    {
        QElapsedTimer timer;
        timer.start();
        return finish(start(verb, url, headers, body), timer);
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
};

} // namespace ra::sandbox::test
