#pragma once

// Shared by the benchmarks that check the event loop stays responsive: threadCpuNs() reads this
// thread's CPU time, verdict() marks a figure against its goal, and StallProbe measures the
// longest the loop was busy while it runs.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>

namespace ra::bench {

// CPU time of this thread: a wall-clock gap with little CPU in it was the scheduler running
// other processes (the machine is shared), not this event loop being busy.
inline qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// "(met)" when value is at most goal, "(NOT met)" otherwise.
inline QString verdict(double value, double goal)
{
    return value <= goal ? QStringLiteral("(met)") : QStringLiteral("(NOT met)");
}

// A 1 ms PreciseTimer on this thread's event loop: the largest gap between two ticks is the
// longest the loop could not answer. It also keeps the CPU time this thread spent in that gap,
// the most CPU time between any two ticks (the longest busy stretch, whatever the scheduler
// did) and how many gaps were over 20 ms. Lives on the thread it measures; not copyable.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    StallProbe(const StallProbe &) = delete;
    StallProbe &operator=(const StallProbe &) = delete;

    // Called at each new longest gap, to note what was going on then.
    void setOnLongest(std::function<void()> onLongest) { m_onLongest = std::move(onLongest); }

    // Starts measuring afresh.
    void start()
    {
        m_lastTick = -1;
        m_maxGapNs = m_maxGapCpuNs = m_maxCpuGapNs = 0;
        m_longGaps = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    double longestMs() const { return double(m_maxGapNs) / 1e6; }
    double cpuInLongestMs() const { return double(m_maxGapCpuNs) / 1e6; }
    double longestBusyMs() const { return double(m_maxCpuGapNs) / 1e6; }
    int gapsOver20Ms() const { return m_longGaps; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (m_lastTick >= 0) {
            m_maxCpuGapNs = std::max(m_maxCpuGapNs, cpu - m_lastCpu);
            if (now - m_lastTick > m_maxGapNs) {
                m_maxGapNs = now - m_lastTick;
                m_maxGapCpuNs = cpu - m_lastCpu;
                if (m_onLongest)
                    m_onLongest();
            }
            if (now - m_lastTick > 20000000)
                ++m_longGaps;
        }
        m_lastTick = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    std::function<void()> m_onLongest;
    qint64 m_lastTick = -1;
    qint64 m_lastCpu = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxGapCpuNs = 0;
    qint64 m_maxCpuGapNs = 0;
    int m_longGaps = 0;
};

} // namespace ra::bench
