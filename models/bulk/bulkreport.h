#pragma once

#include "bulk/bulktypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace ra {

// The report of a bulk job: one row per item (input line, resolved id,
// outcome, reason) plus the items that never became one (not matched,
// matched more than one member, bad lines), and the counts. toCsv() is the
// exported file. Value type.
class BulkReport
{
    Q_DECLARE_TR_FUNCTIONS(ra::BulkReport)

public:
    struct Row
    {
        int line = 0;
        QString input;
        QString userId;
        QString state;   // bulkStateName(), or "notMatched" / "ambiguous" / "badLine"
        QString outcome; // the kind's finer outcome
        QString reason;
        int httpStatus = 0;
    };

    BulkReport() = default;
    explicit BulkReport(const QList<BulkItem> &items);

    // Inputs that were never sent (resolution or parsing), listed with the rest.
    void addUnsent(int line, const QString &input, const QString &state, const QString &reason);

    const QList<Row> &rows() const { return m_rows; }
    const BulkCounts &counts() const { return m_counts; }
    int unsentCount() const { return m_unsent; }

    // "Done 781 · already had 12 · not found 9 · failed 9", translated.
    QString summary() const;
    // Failures grouped by reason with their count, most frequent first.
    QList<QPair<QString, int>> failureReasons() const;

    // line,input,user_id,outcome,detail,http_status,reason (RFC 4180, UTF-8).
    bool toCsv(QIODevice *device, QString *error) const;
    bool toCsvFile(const QString &path, QString *error) const;

private:
    QList<Row> m_rows;
    BulkCounts m_counts;
    int m_unsent = 0;
};

} // namespace ra
