#pragma once

#include "import/chunkrowindex.h"
#include "import/importrunner.h"

#include <QString>

#include <functional>

namespace ra {

class ImportDocument;

// The validated, mapped rows of an import written once as a template CSV
// (UTF-8, CRLF) next to the job journal. Upload chunks are cut from this file
// by row range, so a resume after a crash needs neither the original file,
// nor its dialect, mapping or grid edits: the journal names this file and
// the rows not yet sent are read back from it exactly as they were meant to
// be sent. Rows that are not sent (skipped, or with problems) are left out;
// then a second file, rowsPath(), lists the document row of each prepared row
// (one number a line), so failures name the row of the user's file. Value
// type (keeps only a row-offset index); any thread.
class PreparedImport
{
public:
    // Called after each block of rows with the rows written so far; return
    // false to stop (write() then fails and leaves no file behind).
    using Progress = std::function<bool(qint64 rowsWritten)>;
    // Writes `document`'s rows through its mapping to `path`, in blocks of
    // rows. Only reads `document` (const members, its own QFile), so it may
    // run on a worker thread while the document is not changed.
    static bool write(const ImportDocument &document, const QString &path, QString *error,
                      const Progress &progress = {});
    // The folder prepared files go to (beside the journal).
    static QString defaultFolder();
    // The row list beside a prepared file (there only when rows were left out).
    static QString rowsPath(const QString &path) { return path + QStringLiteral(".rows"); }
    // Removes a prepared file and its row list.
    static void remove(const QString &path);

    // Indexes a prepared file; false with `error` when it cannot be read.
    bool open(const QString &path, QString *error);
    QString path() const { return m_index.path(); }
    qint64 rowCount() const { return m_index.rowCount(); }
    // Writes the header and data rows [first, last) (what each chunk is).
    bool writeRows(qint64 first, qint64 last, QIODevice *out, QString *error) const;
    // writeRows() as the runner's RowWriter (keeps a copy of the index).
    ImportRunner::RowWriter writer() const;
    // The 0-based row of the original file for each prepared row; empty when
    // they are the same.
    const QList<qint64> &sourceRows() const { return m_sourceRows; }

private:
    ChunkRowIndex m_index;
    QList<qint64> m_sourceRows;
};

} // namespace ra
