#include "scanfindings.h"

#include "columnmapping.h"
#include "importtemplate.h"
#include "rowvalidator.h"

#include <QSet>

#include <algorithm>

namespace ra {

UncheckedValueCounter::UncheckedValueCounter(const ImportTemplate &importTemplate,
                                             const ColumnMapping &mapping, bool checkRoles,
                                             bool checkTags)
{
    using K = TemplateColumn::Kind;
    for (int t = 0; t < importTemplate.columnCount(); ++t) {
        const TemplateColumn &c = importTemplate.column(t);
        const bool unchecked =
            (c.kind == K::Roles && !checkRoles) || (c.kind == K::Tags && !checkTags);
        const int f = mapping.fileColumnFor(t);
        if (!unchecked || f < 0)
            continue;
        m_fileColumns.append(f);
        m_names.append(c.name);
        m_counts.append(QHash<QString, qint64>());
    }
}

void UncheckedValueCounter::add(int slot, QByteArrayView cell, int delta)
{
    QSet<QString> seen; // a name counts once per row
    qsizetype start = 0;
    while (start <= cell.size()) {
        qsizetype comma = start;
        while (comma < cell.size() && cell[comma] != ',')
            ++comma;
        const QByteArrayView name = RowValidator::trimmed(cell.sliced(start, comma - start));
        start = comma + 1;
        if (name.isEmpty())
            continue;
        const QString text = QString::fromUtf8(name);
        if (seen.contains(text))
            continue;
        seen.insert(text);
        QHash<QString, qint64> &counts = m_counts[slot];
        auto it = counts.find(text);
        if (it != counts.end()) {
            it.value() += delta;
            if (it.value() <= 0)
                counts.erase(it);
        } else if (delta > 0 && counts.size() < maxValues()) {
            counts.insert(text, delta);
        } else {
            m_other[m_names.at(slot)] += delta;
        }
    }
}

QList<UncheckedValue> UncheckedValueCounter::values() const
{
    QList<UncheckedValue> out;
    for (int slot = 0; slot < m_counts.size(); ++slot) {
        for (auto it = m_counts.at(slot).cbegin(); it != m_counts.at(slot).cend(); ++it)
            out.append({m_names.at(slot), it.key(), it.value()});
    }
    std::sort(out.begin(), out.end(), [](const UncheckedValue &a, const UncheckedValue &b) {
        if (a.rows != b.rows)
            return a.rows > b.rows;
        if (a.column != b.column)
            return a.column < b.column;
        return a.value < b.value;
    });
    return out;
}

QList<qint64> flagFirstCopies(QHash<qint64, QList<CellProblem>> *problems,
                              std::vector<qint64> *problemRows, qint64 *problemCount)
{
    using K = CellProblem::Kind;
    QList<std::pair<qint64, CellProblem>> firsts;
    for (auto it = problems->cbegin(); it != problems->cend(); ++it) {
        for (const CellProblem &p : it.value()) {
            if ((p.kind != K::DuplicateUsername && p.kind != K::DuplicateEmail) || p.related < 2)
                continue;
            const K kind = p.kind == K::DuplicateUsername ? K::RepeatedUsername : K::RepeatedEmail;
            // related is the first copy's file row (header = 1); the data row is two less.
            firsts.append({p.related - 2, CellProblem{p.column, kind, it.key() + 2}});
        }
    }
    QList<qint64> added;
    if (firsts.isEmpty())
        return added;
    for (const auto &[row, problem] : std::as_const(firsts)) {
        auto it = problems->find(row);
        if (it == problems->end()) {
            it = problems->insert(row, {});
            problemRows->push_back(row);
            added.append(row);
        }
        it->append(problem);
        ++*problemCount;
    }
    if (!added.isEmpty())
        std::sort(problemRows->begin(), problemRows->end());
    // Within a row, the later copies in file order.
    for (const auto &[row, problem] : std::as_const(firsts)) {
        QList<CellProblem> &list = (*problems)[row];
        std::stable_sort(list.begin(), list.end(), [](const CellProblem &a, const CellProblem &b) {
            const bool ra = a.kind == K::RepeatedUsername || a.kind == K::RepeatedEmail;
            const bool rb = b.kind == K::RepeatedUsername || b.kind == K::RepeatedEmail;
            return ra && rb ? a.related < b.related : (!ra && rb);
        });
    }
    return added;
}

namespace {
// Levenshtein distance, giving up past `limit` (returns limit + 1).
int editDistance(const QString &a, const QString &b, int limit)
{
    if (qAbs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                           previous[size_t(j - 1)] + cost});
            best = std::min(best, current[size_t(j)]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous.back();
}
} // namespace

QString nearMatch(const QString &name, const QStringList &known)
{
    if (name.isEmpty() || known.contains(name))
        return {};
    const QString folded = name.toCaseFolded();
    const int limit = name.size() >= 5 ? 2 : 1;
    // Closeness: 0 for equal but for case, else 1 + the edits (case aside).
    QString best;
    int bestCloseness = limit + 2;
    bool tie = false;
    for (const QString &candidate : known) {
        const QString other = candidate.toCaseFolded();
        const int closeness = other == folded ? 0 : 1 + editDistance(folded, other, limit);
        if (closeness > limit + 1)
            continue;
        if (closeness < bestCloseness) {
            best = candidate;
            bestCloseness = closeness;
            tie = false;
        } else if (closeness == bestCloseness) {
            tie = true;
        }
    }
    return tie ? QString() : best;
}

QString fixedNames(const QString &cell, const QStringList &known)
{
    QStringList names = cell.split(u',');
    bool changed = false;
    for (QString &name : names) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || known.contains(trimmed))
            continue;
        const QString match = nearMatch(trimmed, known);
        if (match.isEmpty())
            return {};
        name = match;
        changed = true;
    }
    return changed ? names.join(u',') : QString();
}

} // namespace ra
