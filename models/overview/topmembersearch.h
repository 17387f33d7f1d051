#pragma once

#include "domain/userdata.h"

#include <QList>
#include <QMap>

#include <optional>

namespace ra {

// Finds the members with the most XP when the API can only count and filter, never sort: it
// learns how many members have at least some XP (a "probe": a count of {xp: {gte: t}} with the
// first page of those members) and narrows the XP range until one probe holds between `wanted`
// and a page of members; that page, sorted here, gives the top ones. When a single XP value is
// shared by more than a page (count(xp >= t) is over a page but count(xp >= t + 1) under
// `wanted`), the members at exactly t fill the list (tieValue()). A probe at threshold 0 is the
// whole community. Pure logic, no requests: the caller sends the probes it asks for. Value type.
class TopMemberSearch
{
public:
    explicit TopMemberSearch(int wanted = 10, int pageCapacity = 200, int probesPerRound = 7);

    // count(xp >= threshold) and the first page of those members.
    void addProbe(qint64 threshold, qint64 count, const QList<UserData> &page);
    // The members with exactly tieValue() XP (first page).
    void addTie(const QList<UserData> &page);

    bool isDone() const;
    // The thresholds to probe next (none known yet, inside the open range); empty when done or
    // when tieValue() is what is needed.
    QList<qint64> nextThresholds() const;
    // The XP value whose members are needed to fill the list, when it comes to that.
    std::optional<qint64> tieValue() const;
    // The top members, most XP first (ties by username); complete once isDone().
    QList<UserData> members() const;

    int wanted() const { return m_wanted; }
    int probeCount() const { return int(m_probes.size()); }

private:
    struct Probe
    {
        qint64 count = 0;
        QList<UserData> page;
    };
    // The probe that holds the answer on its own, if any.
    std::optional<qint64> answeringThreshold() const;
    // Largest threshold with more than a page, smallest with fewer than wanted (hi absent: none).
    qint64 low() const;
    std::optional<qint64> high() const;

    int m_wanted;
    int m_capacity;
    int m_perRound;
    QMap<qint64, Probe> m_probes;
    std::optional<QList<UserData>> m_tie;
};

} // namespace ra
