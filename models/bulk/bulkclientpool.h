#pragma once

#include "api/apiclientconfig.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ra {

class ApiClient;
class RequestLog;
class RouteTable;

// The API clients a bulk job spreads its requests over. Qt's network access
// manager opens at most six HTTP/1.1 connections to one host, so the pool
// makes one ApiClient with its own QNetworkAccessManager per six requests in
// flight, each a copy of the main client's config, route table and request
// log. The main client keeps its own limit. The pool's clients do not retry
// by themselves (RetryPolicy::maxAttempts 1): BulkJob decides each retry, so
// it sees every 429 and nothing is retried twice over.
//
// setConfig() with the same servers and community (new keys, timeout)
// applies to new requests; another target is refused (a job belongs to one
// server). setMaxInFlight() adds clients at once and drops spare ones only
// once they are idle, so no running request is cancelled. GUI thread.
class BulkClientPool : public QObject
{
    Q_OBJECT

public:
    static constexpr int connectionsPerManager = 6;
    static constexpr int defaultMaxInFlight = 32;
    static constexpr int maxMaxInFlight = 256;

    // Copies `main`'s config, route table and request log.
    explicit BulkClientPool(const ApiClient &main, QObject *parent = nullptr);
    BulkClientPool(const ApiClientConfig &config, const RouteTable *routes, RequestLog *log,
                   QObject *parent = nullptr);
    ~BulkClientPool() override;

    const ApiClientConfig &config() const { return m_config; }
    // False (config unchanged) when it names other servers or another community.
    bool setConfig(const ApiClientConfig &config);

    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int count); // clamped to 1..maxMaxInFlight

    // The client with the fewest requests in flight.
    ApiClient &pick();
    int clientCount() const { return int(m_clients.size()); }
    int inFlightCount() const;

private:
    struct Slot
    {
        QNetworkAccessManager *network = nullptr;
        ApiClient *client = nullptr;
    };
    void resize();
    ApiClientConfig clientConfig() const;

    ApiClientConfig m_config;
    const RouteTable *m_routes;
    QPointer<RequestLog> m_log;
    QList<Slot> m_clients;
    int m_maxInFlight = defaultMaxInFlight;
};

} // namespace ra
