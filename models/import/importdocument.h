#pragma once

#include "domain/userfield.h"

#include "cellproblem.h"
#include "columnmapping.h"
#include "csvdialect.h"
#include "csverror.h"
#include "importtemplate.h"
#include "scanfindings.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QFile;
class QIODevice;
class QThread;

namespace ra {

// One CSV file being prepared for a bulk import or update. open() detects the
// dialect, reads the header and the first preview rows at once (previewReady,
// queued, well under 100 ms for any size), then reads and validates the whole
// file in a worker thread (progressChanged, then loaded, or failed/cancelled).
// Rows are kept as byte offsets into the file (8 bytes a row) and re-read on
// demand through a small block cache; problems are kept only for bad rows.
//
// The user can override the dialect (setDialect: the preview re-reads at once
// and the file is scanned again), remap columns (setMapping), switch the
// mode, supply the server's Role/Tag names, fix a cell (setCell: the file is
// revalidated with the edit), cancel the scan (state Failed, cancelled),
// export the rows with problems with an error column, skip rows (not sent,
// not validated), take a suggested fix for an unknown name, and write the
// sendable rows of [first, last) as template CSV (writeRows: what each upload
// chunk is made of). Both copies of a duplicate are flagged, each naming the
// other's row. A scan also counts the values it could not check (Tag names,
// Role names without the server's list) for the dry run.
//
// Row indexes are 0-based DATA rows (the header is not a row here); problem
// messages use the 1-based file row (header = 1), i.e. row index + 2.
// Lives in and is used from the GUI thread; owns its worker thread.
class ImportDocument : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Ready, Failed };
    Q_ENUM(State)

    static constexpr int previewRows = 200;

    explicit ImportDocument(QObject *parent = nullptr);
    ~ImportDocument() override;

    // Opens `path`: false with errorText() when it cannot be opened or has no
    // header row (failed is emitted too). Detects the dialect unless one was
    // forced with setDialect() before.
    bool open(const QString &path);
    void close();
    void cancel();

    QString path() const { return m_path; }
    State state() const { return m_state; }
    bool isLoaded() const { return m_state == State::Ready; }
    QString errorText() const { return m_errorText; }
    // The fatal reader error of the last scan, if any.
    const CsvError &fatalError() const { return m_fatal; }

    const CsvDialect &dialect() const { return m_dialect; }
    const CsvDialect &detectedDialect() const { return m_detected; }
    // Overrides encoding / delimiter: re-reads the preview at once, rescans.
    void setDialect(const CsvDialect &dialect);

    ImportMode mode() const { return m_template.mode(); }
    void setMode(ImportMode mode); // resets the mapping to autoMatch
    const ImportTemplate &importTemplate() const { return m_template; }
    const ColumnMapping &mapping() const { return m_mapping; }
    void setMapping(const ColumnMapping &mapping); // revalidates
    // Role / Tag names from the server; unset means "not checked".
    void setServerRoles(const QStringList &names);
    void setServerTags(const QStringList &names);
    // The community's custom fields: cells of a column named by one are checked against its
    // type (a BadCustomValue problem naming the field).
    void setCustomFields(const QList<UserField> &fields);

    QStringList header() const { return m_header; }
    int columnCount() const { return int(m_header.size()); }
    // Data rows known: the preview rows while loading, all rows when loaded.
    qint64 rowCount() const;
    QStringList row(qint64 row) const;
    QString cell(qint64 row, int column) const;
    bool isEdited(qint64 row) const { return m_edits.contains(row); }
    bool hasEdits() const { return !m_edits.isEmpty(); }
    // Replaces one cell; the document is revalidated (problemsChanged).
    bool setCell(qint64 row, int column, const QString &value);

    // Problems of one row (empty when clean or not yet validated).
    QList<CellProblem> problems(qint64 row) const { return m_problems.value(row); }
    bool rowHasProblems(qint64 row) const { return m_problems.contains(row); }
    // Sorted indexes of the rows with problems.
    const std::vector<qint64> &problemRows() const { return m_problemRows; }
    qint64 problemRowCount() const { return qint64(m_problemRows.size()); }
    qint64 problemCount() const { return m_problemCount; }
    // Whether the cell (or its whole row, e.g. a ragged row) has a problem.
    bool cellHasProblem(qint64 row, int column) const;
    // The translated reason of a cell's problems ("" when the cell is fine).
    QString cellProblemText(qint64 row, int column) const;

    // Rows the user chose not to send: not validated, not written by
    // writeRows(). Rescans (duplicates may change).
    void setRowsSkipped(const QList<qint64> &rows, bool skip);
    bool isSkipped(qint64 row) const { return m_skipped.contains(row); }
    qint64 skippedRowCount() const { return qint64(m_skipped.size()); }
    // Whether a row is sent: not skipped and without problems (with them too
    // once setSendsProblemRows(true): the command line's --force).
    bool isSendable(qint64 row) const
    {
        return !m_skipped.contains(row) && (m_sendsProblemRows || !m_problems.contains(row));
    }
    qint64 sendableRowCount() const
    {
        return rowCount() - skippedRowCount() - (m_sendsProblemRows ? 0 : problemRowCount());
    }
    void setSendsProblemRows(bool send) { m_sendsProblemRows = send; }
    // Every problem of a row as "Column: reason" joined by "; ", with the
    // suggested fix when there is one ("" when the row is fine).
    QString rowProblemText(qint64 row) const;

    // A one-click fix: the first cell of `row` with an unknown Role or Tag
    // name or `_op` value that has a near match ("moderator" -> "Moderator").
    struct Fix
    {
        int column = -1; // file column; -1: no fix
        QString value;   // the cell as fixed
    };
    Fix suggestedFix(qint64 row) const;
    bool applySuggestedFix(qint64 row);

    // The values the last scan could not check, on rows that will be sent.
    const QList<UncheckedValue> &uncheckedValues() const { return m_unchecked; }
    // Rows with further unchecked names, past the ones listed, per column.
    QHash<QString, qint64> otherUncheckedRows() const { return m_otherUnchecked; }

    // Rows with problems as CSV: the file's header plus an "Error" column.
    bool exportProblemRows(QIODevice *out, QString *error) const;
    // The sendable data rows of [first, last) through the mapping as template
    // CSV (header of the mapped template columns, template order, UTF-8,
    // CRLF); edits included, skipped rows and rows with problems left out.
    // Works once loaded.
    bool writeRows(QIODevice *out, qint64 first, qint64 last, QString *error) const;

signals:
    void previewReady();
    void progressChanged(qint64 bytesRead, qint64 bytesTotal, qint64 rows);
    void loaded();
    void failed(const QString &message);
    void cancelled();
    // The rows, problems or counts changed (after a scan, an edit or a remap).
    void problemsChanged();
    void cellChanged(qint64 row, int column);

private:
    struct ScanResult;

    static void finishFindings(QIODevice *file, const CsvDialect &dialect,
                               const QHash<qint64, QStringList> &edits,
                               UncheckedValueCounter &counter, ScanResult *result);
    bool readPreview();
    void startScan();
    void stopWorker();
    void finishScan(quint64 generation, const std::shared_ptr<ScanResult> &result);
    QStringList readRowFromFile(qint64 row) const;
    QByteArray problemText(qint64 row) const;

    QString m_path;
    State m_state = State::Empty;
    QString m_errorText;
    CsvError m_fatal;
    CsvDialect m_dialect;
    CsvDialect m_detected;
    bool m_dialectForced = false;
    ImportTemplate m_template;
    ColumnMapping m_mapping;
    QStringList m_serverRoles;
    QList<UserField> m_customFields;
    QStringList m_serverTags;
    bool m_checkRoles = false;
    bool m_checkTags = false;
    QStringList m_header;
    QList<QStringList> m_preview;
    std::vector<qint64> m_offsets; // byte offset of each data row
    QHash<qint64, QStringList> m_edits;
    QSet<qint64> m_skipped;
    bool m_sendsProblemRows = false;
    QList<UncheckedValue> m_unchecked;
    QHash<QString, qint64> m_otherUnchecked;
    QHash<qint64, QList<CellProblem>> m_problems;
    std::vector<qint64> m_problemRows;
    qint64 m_problemCount = 0;
    qint64 m_fileSize = 0;
    // Worker.
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    // Random access for rows past the preview: a block of cached rows.
    mutable std::unique_ptr<QFile> m_file;
    mutable qint64 m_cacheFirst = -1;
    mutable QList<QStringList> m_cache;
};

} // namespace ra
