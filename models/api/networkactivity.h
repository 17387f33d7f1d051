#pragma once

#include <QObject>

namespace ra {

// Live counters of the API client's traffic for the status bar: requests in
// flight, requests waiting in the per-host queue, and the running totals.
// Owned by the composition root (app/); the API client updates it, widgets
// read it. Lives on the GUI thread.
class NetworkActivity : public QObject
{
    Q_OBJECT

public:
    explicit NetworkActivity(QObject *parent = nullptr);

    int inFlight() const { return m_inFlight; }
    int queued() const { return m_queued; }
    qint64 finishedCount() const { return m_finished; }
    qint64 failedCount() const { return m_failed; }

    void setCounts(int inFlight, int queued);
    void recordFinished(bool failed);

signals:
    void changed();

private:
    int m_inFlight = 0;
    int m_queued = 0;
    qint64 m_finished = 0;
    qint64 m_failed = 0;
};

} // namespace ra
