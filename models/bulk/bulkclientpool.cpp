#include "bulk/bulkclientpool.h"

#include "api/apiclient.h"
#include "api/requestlog.h"
#include "api/routetable.h"

#include <QNetworkAccessManager>

namespace ra {

namespace {

bool poolSameTarget(const ApiClientConfig &a, const ApiClientConfig &b)
{
    return a.baseUrls == b.baseUrls && a.communityId == b.communityId;
}

} // namespace

BulkClientPool::BulkClientPool(const ApiClient &main, QObject *parent)
    : BulkClientPool(main.config(), &main.routes(), main.requestLog(), parent)
{
}

BulkClientPool::BulkClientPool(const ApiClientConfig &config, const RouteTable *routes,
                               RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_routes(routes)
    , m_log(log)
{
    resize();
}

BulkClientPool::~BulkClientPool()
{
    // Clients go before their managers (children are deleted in creation order).
    for (const QList<Slot> *list : {&m_clients, &m_readers}) {
        for (const Slot &slot : *list) {
            delete slot.client;
            delete slot.network;
        }
    }
}

BulkClientPool::Slot BulkClientPool::makeSlot(const ApiClientConfig &config)
{
    Slot slot;
    slot.network = new QNetworkAccessManager(this);
    slot.client = new ApiClient(slot.network, this);
    if (m_routes)
        slot.client->setRouteTable(m_routes);
    slot.client->setRequestLog(m_log);
    slot.client->setConfig(config);
    return slot;
}

ApiClient *BulkClientPool::leastLoaded(const QList<Slot> &list)
{
    ApiClient *best = list.first().client;
    int bestLoad = best->inFlightCount() + best->queuedCount();
    for (const Slot &slot : list) {
        const int load = slot.client->inFlightCount() + slot.client->queuedCount();
        if (load < bestLoad) {
            best = slot.client;
            bestLoad = load;
        }
    }
    return best;
}

ApiClient &BulkClientPool::pickReader()
{
    if (m_readers.size() < readerCount) {
        ApiClient *least = m_readers.isEmpty() ? nullptr : leastLoaded(m_readers);
        if (!least || least->inFlightCount() + least->queuedCount() >= connectionsPerManager)
            m_readers.append(makeSlot(m_config));
    }
    return *leastLoaded(m_readers);
}

ApiClientConfig BulkClientPool::clientConfig() const
{
    ApiClientConfig c = m_config;
    c.maxPerHost = connectionsPerManager;
    c.retry.maxAttempts = 1; // BulkJob decides every retry
    return c;
}

bool BulkClientPool::setConfig(const ApiClientConfig &config)
{
    if (!poolSameTarget(m_config, config))
        return false;
    m_config = config;
    const ApiClientConfig c = clientConfig();
    for (const Slot &slot : std::as_const(m_clients))
        slot.client->setConfig(c); // same target: running requests carry on
    for (const Slot &slot : std::as_const(m_readers))
        slot.client->setConfig(m_config);
    return true;
}

void BulkClientPool::setMaxInFlight(int count)
{
    m_maxInFlight = qBound(1, count, maxMaxInFlight);
    resize();
}

void BulkClientPool::resize()
{
    const int wanted = (m_maxInFlight + connectionsPerManager - 1) / connectionsPerManager;
    while (m_clients.size() < wanted)
        m_clients.append(makeSlot(clientConfig()));
    // Spare clients go once idle; until then pick() still may use them, but
    // BulkJob's limit keeps the total in flight within the new maximum.
    for (qsizetype i = m_clients.size() - 1; i >= wanted; --i) {
        const Slot slot = m_clients.at(i);
        if (slot.client->inFlightCount() + slot.client->queuedCount() > 0)
            continue;
        m_clients.removeAt(i);
        slot.client->deleteLater();
        slot.network->deleteLater();
    }
}

ApiClient &BulkClientPool::pick()
{
    resize();
    return *leastLoaded(m_clients);
}

int BulkClientPool::inFlightCount() const
{
    int n = 0;
    for (const Slot &slot : m_clients)
        n += slot.client->inFlightCount() + slot.client->queuedCount();
    return n;
}

} // namespace ra
