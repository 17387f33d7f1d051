// ImportDocument: what the validation grid does to whole rows (skip them,
// explain their problems, fix an unknown name with its near match).
#include "importdocument.h"

namespace ra {

namespace {
const QStringList &operations()
{
    static const QStringList ops = {QStringLiteral("add"), QStringLiteral("subtract"),
                                    QStringLiteral("overwrite")};
    return ops;
}
} // namespace

void ImportDocument::setRowsSkipped(const QList<qint64> &rows, bool skip)
{
    bool changed = false;
    for (const qint64 row : rows) {
        if (row < 0 || row >= rowCount() || m_skipped.contains(row) == skip)
            continue;
        if (skip)
            m_skipped.insert(row);
        else
            m_skipped.remove(row);
        changed = true;
    }
    if (!changed)
        return;
    // Show it at once; the rescan then settles the duplicates the row took part in.
    for (const qint64 row : rows) {
        if (skip && m_problems.remove(row) > 0) {
            m_problemRows.erase(std::remove(m_problemRows.begin(), m_problemRows.end(), row),
                                m_problemRows.end());
        }
    }
    emit problemsChanged();
    startScan();
}

QString ImportDocument::rowProblemText(qint64 row) const
{
    QStringList reasons;
    for (const CellProblem &p : m_problems.value(row)) {
        const QString header =
            p.column >= 0 && p.column < m_header.size() ? m_header.at(p.column) : QString();
        const QString reason = p.reason(p.column >= 0 ? cell(row, p.column) : QString(), header);
        reasons.append(header.isEmpty() ? reason : header + QStringLiteral(": ") + reason);
    }
    const Fix fix = suggestedFix(row);
    if (fix.column >= 0)
        reasons.append(tr("Did you mean \"%1\"?").arg(fix.value));
    return reasons.join(QStringLiteral("; "));
}

ImportDocument::Fix ImportDocument::suggestedFix(qint64 row) const
{
    using K = CellProblem::Kind;
    for (const CellProblem &p : m_problems.value(row)) {
        const QStringList *known = nullptr;
        if (p.kind == K::UnknownRole)
            known = &m_serverRoles;
        else if (p.kind == K::UnknownTag)
            known = &m_serverTags;
        else if (p.kind == K::InvalidOperation)
            known = &operations();
        if (!known || p.column < 0)
            continue;
        const QString current = cell(row, p.column);
        const QString value = p.kind == K::InvalidOperation ? nearMatch(current.trimmed(), *known)
                                                            : fixedNames(current, *known);
        if (!value.isEmpty())
            return {p.column, value};
    }
    return {};
}

bool ImportDocument::applySuggestedFix(qint64 row)
{
    const Fix fix = suggestedFix(row);
    return fix.column >= 0 && setCell(row, fix.column, fix.value);
}

} // namespace ra
