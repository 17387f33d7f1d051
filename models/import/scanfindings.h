#pragma once

#include "cellproblem.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ra {

class ColumnMapping;
class ImportTemplate;

// A value of the file the app could not check against the server (a Tag
// name: there is no API listing tags; a Role name while the community's roles
// could not be read), with the number of rows that carry it. Value type.
struct UncheckedValue
{
    QString column; // the template column ("Tag", "Role")
    QString value;
    qint64 rows = 0;
};

// Counts the unchecked values of a file, row by row, for the dry run's
// warning: each comma-separated name of an unchecked Role or Tag cell, once
// per row. Keeps at most maxValues() distinct names a column and counts the
// rest as otherRows(). One thread at a time.
class UncheckedValueCounter
{
public:
    static constexpr int maxValues() { return 500; }

    UncheckedValueCounter(const ImportTemplate &importTemplate, const ColumnMapping &mapping,
                          bool checkRoles, bool checkTags);

    // The file columns watched, in order; add() takes a slot into this list.
    const QList<int> &fileColumns() const { return m_fileColumns; }
    bool isEmpty() const { return m_fileColumns.isEmpty(); }
    // One cell (UTF-8) of one row in the watched column `slot`; a `delta` of
    // -1 takes back a row counted before.
    void add(int slot, QByteArrayView cell, int delta = 1);
    // Most rows first, then by column and value.
    QList<UncheckedValue> values() const;
    // Rows with names past maxValues() distinct ones, per column name.
    QHash<QString, qint64> otherRows() const { return m_other; }

private:
    QList<int> m_fileColumns;
    QStringList m_names; // per slot
    QList<QHash<QString, qint64>> m_counts;
    QHash<QString, qint64> m_other;
};

// Marks the first copy of every duplicate too: for each Duplicate* problem
// that names the row of its first copy, that row gets a Repeated* problem
// naming the later row. Keeps `problemRows` sorted and `problemCount` right.
// Returns the rows that had no problem before.
QList<qint64> flagFirstCopies(QHash<qint64, QList<CellProblem>> *problems,
                              std::vector<qint64> *problemRows, qint64 *problemCount);

// The known name closest to `name` ("moderator" -> "Moderator"): equal but
// for case, or at most two edits away for names of five or more characters
// (one for shorter ones). Empty when none is close or two are equally close.
QString nearMatch(const QString &name, const QStringList &known);
// `cell` with every unknown comma-separated name replaced by its near match;
// empty when some unknown name has none (or nothing would change).
QString fixedNames(const QString &cell, const QStringList &known);

} // namespace ra
