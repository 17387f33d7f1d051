#include "api/networkactivity.h"

namespace ra {

NetworkActivity::NetworkActivity(QObject *parent)
    : QObject(parent)
{
}

void NetworkActivity::setCounts(int inFlight, int queued)
{
    if (inFlight == m_inFlight && queued == m_queued)
        return;
    m_inFlight = inFlight;
    m_queued = queued;
    emit changed();
}

void NetworkActivity::recordFinished(bool failed)
{
    ++m_finished;
    if (failed)
        ++m_failed;
    emit changed();
}

} // namespace ra
