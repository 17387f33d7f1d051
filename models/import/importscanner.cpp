#include "importscanner.h"

#include "csvreader.h"
#include "rowvalidator.h"

#include <QIODevice>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace ra {

namespace {

// A batch is handed on at this many bytes even when it has fewer rows.
constexpr qsizetype kBatchBytes = 1 << 20;
// Filled batches waiting for the validating thread.
constexpr size_t kQueueDepth = 2;

// Reader problems of a record as cell problems of its row.
void appendReaderProblems(const QList<CsvError> &errors, QList<CellProblem> *problems)
{
    for (const CsvError &e : errors) {
        switch (e.kind) {
        case CsvError::Kind::RaggedRow:
            problems->append(
                {-1, CellProblem::Kind::RaggedRow, qint64(e.found) | (qint64(e.expected) << 32)});
            break;
        case CsvError::Kind::InvalidUtf8:
            problems->append({e.column - 1, CellProblem::Kind::InvalidUtf8, 0});
            break;
        case CsvError::Kind::TextAfterQuote:
            problems->append({e.column - 1, CellProblem::Kind::TextAfterQuote, 0});
            break;
        default:
            break;
        }
    }
}

// Filled batches from the reading thread to the validating one, in order,
// and emptied ones back, so that a run allocates at most kQueueDepth + 2.
class BatchQueue
{
public:
    using Batch = std::unique_ptr<RowBatch>;

    // Reading side: an empty batch (nullptr once stopped).
    Batch takeEmpty()
    {
        std::unique_lock lock(m_mutex);
        if (m_free.empty() && m_allocated < kQueueDepth + 2) {
            ++m_allocated;
            return std::make_unique<RowBatch>();
        }
        m_changed.wait(lock, [this] { return m_stopped || !m_free.empty(); });
        if (m_stopped)
            return nullptr;
        Batch b = std::move(m_free.back());
        m_free.pop_back();
        return b;
    }
    // Reading side: false once stopped.
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_full.size() < kQueueDepth; });
        if (m_stopped)
            return false;
        m_full.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // Reading side: no more batches.
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // Validating side: the next batch, nullptr at the end or once stopped.
    Batch takeFull()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_finished || !m_full.empty(); });
        if (m_stopped || m_full.empty())
            return nullptr;
        Batch b = std::move(m_full.front());
        m_full.pop_front();
        m_changed.notify_all();
        return b;
    }
    void giveBack(Batch batch)
    {
        batch->clear();
        const std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
        m_changed.notify_all();
    }
    // Either side: the validation stopped (onRow said so, or cancel).
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_full;
    std::vector<Batch> m_free;
    size_t m_allocated = 0;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace

// The validating half of a run: the validator and the counts of the result.
// Used by one thread at a time.
class ImportScanner::Validation
{
public:
    Validation(ImportScanner &scanner, const Options &options, const ImportTemplate &t,
               Result *result)
        : m_scanner(scanner)
        , m_options(options)
        , m_validator(t, result->mapping)
        , m_result(result)
    {
        m_validator.setKeepFirstRows(options.keepFirstRows);
        if (options.checkRoles)
            m_validator.setServerRoles(options.serverRoles);
        if (options.checkTags)
            m_validator.setServerTags(options.serverTags);
        m_validator.setCustomFields(result->header, options.customFields);
    }

    RowValidator &validator() { return m_validator; }

    // Validates every row of the batch in order; false to stop reading.
    // Rows go in groups: the cells of the whole group are checked (which
    // prefetches the duplicate tables' slots) before the group's keys are
    // looked up, so that those cache misses overlap instead of queueing.
    bool validate(const RowBatch &batch)
    {
        for (qsizetype first = 0; first < batch.rowCount(); first += kGroup) {
            const qsizetype n = qMin(kGroup, batch.rowCount() - first);
            for (qsizetype i = 0; i < n; ++i)
                checkCells(batch.row(first + i), &m_group[size_t(i)]);
            for (qsizetype i = 0; i < n; ++i) {
                if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
                    m_result->cancelled = true;
                    return false;
                }
                if (!finish(batch.row(first + i), &m_group[size_t(i)]))
                    return false;
            }
        }
        if (m_scanner.onProgress)
            m_scanner.onProgress(batch.bytesRead(), m_result->rows);
        return true;
    }

private:
    static constexpr qsizetype kGroup = 16;

    struct Pending
    {
        QList<CellProblem> problems;
        RowValidator::Keys keys;
    };

    void checkCells(const RowBatch::Row &row, Pending *pending)
    {
        pending->problems.clear();
        if (m_options.skipped && m_options.skipped->contains(row.dataRow())) {
            pending->keys.count = 0;
            return;
        }
        const auto edit = m_options.edits ? m_options.edits->constFind(row.dataRow())
                                          : QHash<qint64, QStringList>::const_iterator();
        if (m_options.edits && edit != m_options.edits->constEnd()) {
            // An edited row is validated as edited: its reader problems are
            // fixed by the edit.
            m_edited.clear();
            for (const QString &cell : edit.value())
                m_edited.append(cell.toUtf8());
            m_cells.assign(m_edited.cbegin(), m_edited.cend());
        } else {
            if (row.hasErrors())
                appendReaderProblems(row.errors(), &pending->problems);
            m_cells.resize(size_t(row.fieldCount()));
            for (int i = 0; i < row.fieldCount(); ++i)
                m_cells[size_t(i)] = row.field(i);
        }
        m_validator.checkCells(m_cells.data(), int(m_cells.size()), &pending->problems,
                               &pending->keys);
    }

    bool finish(const RowBatch::Row &row, Pending *pending)
    {
        ++m_result->rows;
        m_validator.checkKeys(row.recordNumber(), pending->keys, &pending->problems);
        if (!pending->problems.isEmpty()) {
            ++m_result->problemRows;
            m_result->problems += pending->problems.size();
        }
        if (m_scanner.onRow && !m_scanner.onRow(row, pending->problems)) {
            m_result->stopped = true;
            return false;
        }
        return true;
    }

    ImportScanner &m_scanner;
    const Options &m_options;
    RowValidator m_validator;
    Result *m_result;
    std::vector<QByteArrayView> m_cells;
    QList<QByteArray> m_edited; // the UTF-8 of an edited row's cells
    Pending m_group[kGroup];
};

ImportScanner::Result ImportScanner::run(QIODevice *device, const Options &o)
{
    Result r;
    CsvReader reader(device, o.dialect, -1, o.chunkSize);
    if (!reader.readRecord()) {
        r.fatal = reader.error();
        if (r.fatal.isNull()) {
            r.fatal.kind = CsvError::Kind::Empty;
            r.fatal.row = 1;
        }
        return r;
    }
    r.header = reader.fields();
    const ImportTemplate importTemplate(o.mode);
    r.mapping = o.autoMap || o.mapping.fileColumnCount() != r.header.size()
                    ? ColumnMapping::autoMatch(importTemplate, r.header)
                    : o.mapping;
    if (onHeader)
        onHeader(r.header, r.mapping);

    Validation validation(*this, o, importTemplate, &r);
    BatchQueue queue;
    std::thread validator;
    auto batch = queue.takeEmpty();
    // Hands a batch on: to the validating thread, started with the first
    // full one, or validated here (without the pipeline, and the only batch
    // of a small file: no thread for it).
    auto deliver = [&](BatchQueue::Batch full, bool last) {
        full->setBytesRead(reader.bytesRead());
        if (!o.pipeline || (last && !validator.joinable())) {
            const bool goOn = validation.validate(*full);
            full->clear();
            batch = std::move(full);
            return goOn;
        }
        if (!validator.joinable()) {
            validator = std::thread([&validation, &queue] {
                while (BatchQueue::Batch b = queue.takeFull()) {
                    if (!validation.validate(*b)) {
                        queue.stop();
                        return;
                    }
                    queue.giveBack(std::move(b));
                }
            });
        }
        if (!queue.push(std::move(full)))
            return false;
        batch = queue.takeEmpty();
        return batch != nullptr;
    };
    qint64 dataRows = 0;
    bool reserved = false;
    bool goOn = true;
    // Only the calling thread's own: `r` belongs to the validating thread
    // until it is joined.
    bool cancelled = false;
    while (goOn && reader.readRecord()) {
        if (o.cancel && o.cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            break;
        }
        batch->append(reader, dataRows++);
        if (batch->rowCount() < o.batchRows && batch->byteCount() < kBatchBytes)
            continue;
        if (!reserved) {
            // Size the duplicate tables for the whole file from the first
            // batch, before the validating thread owns the validator.
            reserved = true;
            const qint64 size = device->isSequential() ? 0 : device->size();
            const qint64 at = reader.recordOffset();
            if (size > at && at > 0)
                validation.validator().reserve(
                    qMin<qint64>(dataRows * size / at + dataRows / 8, 64 << 20));
        }
        goOn = deliver(std::move(batch), false);
    }
    if (goOn && !cancelled && batch->rowCount() > 0)
        deliver(std::move(batch), true);
    queue.finish();
    if (validator.joinable())
        validator.join();
    r.cancelled = r.cancelled || cancelled;
    if (r.stopped || r.cancelled)
        return r; // the reader may have gone further than was asked for
    r.fatal = reader.error();
    if (onProgress)
        onProgress(reader.bytesRead(), r.rows);
    return r;
}

} // namespace ra
