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
// log. The main client keeps its own limit. The clients for items do not
// retry by themselves (RetryPolicy::maxAttempts 1): BulkJob decides each
// retry, so it sees every 429 and nothing is retried twice over. Reads
// around the job go through pickReader(), whose clients retry as usual.
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

    // The client with the fewest requests in flight, for the job's items:
    // it does not retry (BulkJob does).
    ApiClient &pick();
    // A client for reads around a job (looking members up, badge and role
    // lists, checking items in doubt): these retry as the main client's
    // config says, since reading twice changes nothing. Up to readerCount
    // clients, made when first asked for; the one with the fewest requests.
    ApiClient &pickReader();
    static constexpr int readerCount = 3;
    int clientCount() const { return int(m_clients.size()); }
    int inFlightCount() const;

private:
    struct Slot
    {
        QNetworkAccessManager *network = nullptr;
        ApiClient *client = nullptr;
    };
    void resize();
    Slot makeSlot(const ApiClientConfig &config);
    static ApiClient *leastLoaded(const QList<Slot> &list);
    ApiClientConfig clientConfig() const;

    ApiClientConfig m_config;
    const RouteTable *m_routes;
    QPointer<RequestLog> m_log;
    QList<Slot> m_clients;
    QList<Slot> m_readers;
    int m_maxInFlight = defaultMaxInFlight;
};

} // namespace ra
