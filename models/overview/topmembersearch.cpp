#include "overview/topmembersearch.h"

#include <algorithm>
#include <functional>
#include <limits>

namespace ra {

TopMemberSearch::TopMemberSearch(int wanted, int pageCapacity, int probesPerRound)
    : m_wanted(std::max(1, wanted))
    , m_capacity(std::max(m_wanted, pageCapacity))
    , m_perRound(std::max(1, probesPerRound))
{
}

void TopMemberSearch::addProbe(qint64 threshold, qint64 count, const QList<UserData> &page)
{
    m_probes.insert(std::max<qint64>(0, threshold), Probe{count, page});
}

void TopMemberSearch::addTie(const QList<UserData> &page)
{
    m_tie = page;
}

std::optional<qint64> TopMemberSearch::answeringThreshold() const
{
    // The smallest count that still holds `wanted` members (or the whole community when it is
    // smaller than that) and fits in one page.
    std::optional<qint64> best;
    for (auto it = m_probes.cbegin(); it != m_probes.cend(); ++it) {
        const qint64 count = it.value().count;
        const bool enough = count >= m_wanted || it.key() == 0;
        if (!enough || count > m_capacity)
            continue;
        if (!best || count < m_probes.value(*best).count)
            best = it.key();
    }
    return best;
}

qint64 TopMemberSearch::low() const
{
    qint64 lo = 0;
    for (auto it = m_probes.cbegin(); it != m_probes.cend(); ++it) {
        if (it.value().count > m_capacity)
            lo = std::max(lo, it.key());
    }
    return lo;
}

std::optional<qint64> TopMemberSearch::high() const
{
    for (auto it = m_probes.cbegin(); it != m_probes.cend(); ++it) {
        if (it.key() > 0 && it.value().count < m_wanted)
            return it.key(); // QMap is ordered: the first is the smallest
    }
    return std::nullopt;
}

bool TopMemberSearch::isDone() const
{
    if (answeringThreshold())
        return true;
    return m_tie.has_value() && tieValue().has_value();
}

std::optional<qint64> TopMemberSearch::tieValue() const
{
    if (answeringThreshold())
        return std::nullopt;
    const std::optional<qint64> hi = high();
    const qint64 lo = low();
    // Only a probe with more than a page makes `lo` (0 is the community: it must be known).
    if (!hi || !m_probes.contains(lo) || m_probes.value(lo).count <= m_capacity || *hi - lo > 1)
        return std::nullopt;
    return lo;
}

QList<qint64> TopMemberSearch::nextThresholds() const
{
    if (isDone() || tieValue())
        return {};
    const qint64 lo = low();
    const std::optional<qint64> hi = high();
    QList<qint64> out;
    if (!m_probes.contains(lo))
        return out; // nothing learnt yet: the caller starts with its own probes
    auto add = [&](qint64 t) {
        if (t > lo && (!hi || t < *hi) && !m_probes.contains(t) && !out.contains(t) &&
            out.size() < m_perRound)
            out.append(t);
    };
    // The page of the `lo` count is a sample of the members above it (the API lists them in its
    // own order, not by XP): its i-th highest XP has about count * (i + 1) / n members at or
    // above it. Thresholds at the sample's values for 2x, 6x, 12x and 18x `wanted` members
    // usually land inside [wanted, page] in one round.
    const Probe &base = m_probes.value(lo);
    QList<qint64> sample;
    for (const UserData &u : base.page) {
        if (u.xp >= lo)
            sample.append(u.xp);
    }
    std::sort(sample.begin(), sample.end(), std::greater<>());
    qint64 from = lo;
    if (!sample.isEmpty() && base.count > 0) {
        const qint64 n = sample.size();
        for (int multiple : {2, 6, 12, 18}) {
            const qint64 index = qint64(multiple) * m_wanted * n / base.count - 1;
            if (index >= 0 && index < n)
                add(sample.at(index));
        }
        add(sample.first());
        // A sample all at `lo` hints at one value shared by more than a page: lo + 1 tells.
        if (sample.first() == lo)
            add(lo + 1);
        from = std::max(lo, sample.first());
    }
    if (!hi) {
        // Every count so far is over a page: go up by powers of ten.
        qint64 t = std::max<qint64>(1, from);
        while (out.size() < m_perRound && t < std::numeric_limits<qint64>::max() / 10) {
            t *= 10;
            add(t);
        }
        return out;
    }
    // The rest split what is left above the sample evenly.
    const int spare = m_perRound - int(out.size());
    const qint64 span = *hi - from;
    for (int i = 1; i <= spare; ++i)
        add(from + span * i / (spare + 1));
    return out;
}

QList<UserData> TopMemberSearch::members() const
{
    QList<UserData> pool;
    if (const std::optional<qint64> t = answeringThreshold()) {
        pool = m_probes.value(*t).page;
    } else if (const std::optional<qint64> tie = tieValue(); tie && m_tie) {
        pool = m_probes.value(*high()).page;
        for (const UserData &u : *m_tie) {
            if (u.xp == *tie)
                pool.append(u);
        }
    }
    std::stable_sort(pool.begin(), pool.end(), [](const UserData &a, const UserData &b) {
        if (a.xp != b.xp)
            return a.xp > b.xp;
        return a.username < b.username;
    });
    if (pool.size() > m_wanted)
        pool.resize(m_wanted);
    return pool;
}

} // namespace ra
