#pragma once

#include <QCoreApplication>
#include <QString>

namespace ra {

struct JournalSession;

// What the job journal knows about one import, in plain words: the counts an
// interrupted import is offered with (rows already handed to the server, rows
// in doubt, rows left) and the full report behind "Review" (one line per
// chunk with its rows, file name, state and job). Value type; any thread.
class JournalReport
{
    Q_DECLARE_TR_FUNCTIONS(JournalReport)

public:
    explicit JournalReport(const JournalSession &session);

    // The file the user chose (or the prepared copy when that is unknown).
    QString fileName() const { return m_fileName; }
    qint64 totalRows() const { return m_total; }
    // Rows of chunks the server took (a job id) or refused.
    qint64 handedOver() const { return m_handedOver; }
    // Rows of a chunk that was being uploaded when the app stopped: whether
    // it arrived is looked up in the API log before anything is sent again.
    qint64 inDoubt() const { return m_inDoubt; }
    // Rows no chunk covers yet (none when the rest was cancelled).
    qint64 left() const { return m_left; }

    // One sentence with the counts, for the question.
    QString summary() const;
    // The whole report, one line per chunk.
    QString text(const JournalSession &session) const;

private:
    QString m_fileName;
    qint64 m_total = 0;
    qint64 m_handedOver = 0;
    qint64 m_inDoubt = 0;
    qint64 m_left = 0;
};

} // namespace ra
