#include "importdocument.h"

#include "csvreader.h"
#include "importscanner.h"
#include "rowvalidator.h"

#include <QFile>
#include <QLoggingCategory>
#include <QThread>

namespace ra {

Q_LOGGING_CATEGORY(lcImportDocument, "ra.import.document")

namespace {
constexpr qint64 kCacheBlock = 256;
constexpr qint64 kSniffBytes = 64 * 1024;

// Counts the unchecked names of one clean row (its edit when it has one).
template<typename Row>
void countUnchecked(UncheckedValueCounter &counter, const QHash<qint64, QStringList> &edits,
                    qint64 row, const Row &cells, int delta = 1)
{
    const auto edit = edits.constFind(row);
    const QList<int> &columns = counter.fileColumns();
    for (int slot = 0; slot < columns.size(); ++slot) {
        const int f = columns.at(slot);
        if (edit != edits.constEnd())
            counter.add(slot, edit->value(f).toUtf8(), delta);
        else if (f < cells.fieldCount())
            counter.add(slot, cells.field(f), delta);
    }
}
} // namespace

// What the worker hands back: everything a scan learned about the file.
struct ImportDocument::ScanResult
{
    std::vector<qint64> offsets;
    QHash<qint64, QList<CellProblem>> problems;
    std::vector<qint64> problemRows;
    qint64 problemCount = 0;
    QList<UncheckedValue> unchecked;
    QHash<QString, qint64> otherUnchecked;
    CsvError fatal;
    bool cancelled = false;
};

void ImportDocument::finishFindings(QIODevice *file, const CsvDialect &dialect,
                                    const QHash<qint64, QStringList> &edits,
                                    UncheckedValueCounter &counter, ScanResult *result)
{
    const QList<qint64> flagged =
        flagFirstCopies(&result->problems, &result->problemRows, &result->problemCount);
    if (counter.isEmpty())
        return;
    // A first copy found to be a duplicate is not sent: its names were counted as clean.
    for (const qint64 row : flagged) {
        CsvReader reader(file, dialect, result->offsets[size_t(row)], 64 * 1024);
        if (reader.readRecord())
            countUnchecked(counter, edits, row, reader, -1);
    }
    result->unchecked = counter.values();
    result->otherUnchecked = counter.otherRows();
}

ImportDocument::ImportDocument(QObject *parent)
    : QObject(parent)
{
}

ImportDocument::~ImportDocument()
{
    stopWorker();
}

void ImportDocument::stopWorker()
{
    if (!m_worker)
        return;
    m_cancel->store(true);
    // The scan checks the flag on every row, so this returns at once.
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
}

void ImportDocument::close()
{
    stopWorker();
    ++m_generation;
    m_path.clear();
    m_state = State::Empty;
    m_errorText.clear();
    m_fatal = {};
    m_dialectForced = false;
    m_header.clear();
    m_preview.clear();
    m_offsets.clear();
    m_edits.clear();
    m_skipped.clear();
    m_unchecked.clear();
    m_otherUnchecked.clear();
    m_problems.clear();
    m_problemRows.clear();
    m_problemCount = 0;
    m_file.reset();
    m_cache.clear();
    m_cacheFirst = -1;
}

bool ImportDocument::open(const QString &path)
{
    const bool forced = m_dialectForced;
    const CsvDialect dialect = m_dialect;
    close();
    m_dialectForced = forced;
    m_path = path;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_state = State::Failed;
        m_errorText = tr("Cannot open %1: %2").arg(path, file->errorString());
        QMetaObject::invokeMethod(
            this, [this, text = m_errorText] { emit failed(text); }, Qt::QueuedConnection);
        return false;
    }
    m_fileSize = file->size();
    m_detected = CsvDialect::detect(file->read(kSniffBytes));
    m_dialect = forced ? dialect : m_detected;
    m_file = std::move(file);
    if (!readPreview()) {
        m_state = State::Failed;
        QMetaObject::invokeMethod(
            this, [this, text = m_errorText] { emit failed(text); }, Qt::QueuedConnection);
        return false;
    }
    m_state = State::Loading;
    QMetaObject::invokeMethod(this, &ImportDocument::previewReady, Qt::QueuedConnection);
    startScan();
    return true;
}

bool ImportDocument::readPreview()
{
    m_header.clear();
    m_preview.clear();
    m_cache.clear();
    m_cacheFirst = -1;
    m_file->seek(0);
    CsvReader reader(m_file.get(), m_dialect, -1, 64 * 1024);
    if (!reader.readRecord()) {
        m_fatal = reader.error();
        if (m_fatal.isNull()) {
            m_fatal.kind = CsvError::Kind::Empty;
            m_fatal.row = 1;
        }
        m_errorText = m_fatal.message();
        return false;
    }
    m_header = reader.fields();
    if (m_mapping.fileColumnCount() != m_header.size())
        m_mapping = ColumnMapping::autoMatch(m_template, m_header);
    // Validate the preview rows at once so the first view already marks bad
    // cells; the full scan replaces these problems.
    RowValidator validator(m_template, m_mapping);
    if (m_checkRoles)
        validator.setServerRoles(m_serverRoles);
    if (m_checkTags)
        validator.setServerTags(m_serverTags);
    validator.setCustomFields(m_header, m_customFields);
    m_problems.clear();
    m_problemRows.clear();
    m_problemCount = 0;
    while (m_preview.size() < previewRows && reader.readRecord()) {
        const qint64 row = m_preview.size();
        m_preview.append(reader.fields());
        if (m_skipped.contains(row))
            continue;
        QList<CellProblem> problems;
        const QStringList cells = m_edits.value(row, m_preview.constLast());
        validator.validate(reader.recordNumber(), cells, &problems);
        if (!problems.isEmpty()) {
            m_problemRows.push_back(row);
            m_problemCount += problems.size();
            m_problems.insert(row, problems);
        }
    }
    flagFirstCopies(&m_problems, &m_problemRows, &m_problemCount);
    return true;
}

void ImportDocument::startScan()
{
    stopWorker();
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_state = State::Loading;
    ImportScanner::Options options;
    options.dialect = m_dialect;
    options.mode = m_template.mode();
    options.autoMap = false;
    options.mapping = m_mapping;
    options.serverRoles = m_serverRoles;
    options.serverTags = m_serverTags;
    options.checkRoles = m_checkRoles;
    options.checkTags = m_checkTags;
    options.customFields = m_customFields;
    const QString path = m_path;
    const qint64 total = m_fileSize;
    auto cancel = m_cancel;
    auto edits = std::make_shared<QHash<qint64, QStringList>>(m_edits);
    auto skipped = std::make_shared<QSet<qint64>>(m_skipped);
    auto counter =
        std::make_shared<UncheckedValueCounter>(m_template, m_mapping, m_checkRoles, m_checkTags);
    m_worker = QThread::create([this, path, total, options, cancel, edits, skipped, counter,
                                generation]() mutable {
        auto result = std::make_shared<ScanResult>();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result->fatal.kind = CsvError::Kind::Io;
            result->fatal.detail = file.errorString();
        } else {
            options.cancel = cancel.get();
            options.edits = edits.get();
            options.skipped = skipped.get();
            ImportScanner scanner;
            scanner.onRow = [&result, &edits, &skipped,
                             &counter](const RowBatch::Row &r, const QList<CellProblem> &problems) {
                const qint64 row = qint64(result->offsets.size());
                result->offsets.push_back(r.recordOffset());
                if (!problems.isEmpty()) {
                    result->problems.insert(row, problems);
                    result->problemRows.push_back(row);
                    result->problemCount += problems.size();
                } else if (!counter->isEmpty() && !skipped->contains(row)) {
                    countUnchecked(*counter, *edits, row, r);
                }
                return true;
            };
            scanner.onProgress = [this, total, generation](qint64 bytes, qint64 rows) {
                QMetaObject::invokeMethod(
                    this,
                    [this, bytes, total, rows, generation] {
                        if (generation == m_generation)
                            emit progressChanged(bytes, total, rows);
                    },
                    Qt::QueuedConnection);
            };
            const ImportScanner::Result r = scanner.run(&file, options);
            result->fatal = r.fatal;
            result->cancelled = r.cancelled;
            if (!r.cancelled && r.fatal.isNull())
                finishFindings(&file, options.dialect, *edits, *counter, result.get());
        }
        QMetaObject::invokeMethod(
            this, [this, generation, result] { finishScan(generation, result); },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void ImportDocument::finishScan(quint64 generation, const std::shared_ptr<ScanResult> &result)
{
    if (generation != m_generation)
        return; // a newer scan replaced this one
    if (result->cancelled) {
        m_state = State::Failed;
        m_errorText = tr("Reading the file was cancelled.");
        emit cancelled();
        return;
    }
    m_offsets = std::move(result->offsets);
    m_problems = std::move(result->problems);
    m_problemRows = std::move(result->problemRows);
    m_problemCount = result->problemCount;
    m_unchecked = std::move(result->unchecked);
    m_otherUnchecked = std::move(result->otherUnchecked);
    m_fatal = result->fatal;
    m_cache.clear();
    m_cacheFirst = -1;
    if (!m_fatal.isNull()) {
        m_state = State::Failed;
        m_errorText = m_fatal.message();
        qCInfo(lcImportDocument) << "scan failed:" << m_errorText;
        emit problemsChanged();
        emit failed(m_errorText);
        return;
    }
    m_state = State::Ready;
    emit loaded();
    emit problemsChanged();
}

void ImportDocument::cancel()
{
    if (m_state != State::Loading || !m_cancel)
        return;
    m_cancel->store(true);
}

void ImportDocument::setDialect(const CsvDialect &dialect)
{
    m_dialectForced = true;
    if (dialect == m_dialect && m_state != State::Empty)
        return;
    m_dialect = dialect;
    if (m_path.isEmpty() || !m_file)
        return;
    stopWorker();
    m_offsets.clear();
    m_edits.clear();
    m_skipped.clear();
    m_mapping = {};
    if (!readPreview()) {
        m_state = State::Failed;
        emit previewReady();
        emit failed(m_errorText);
        return;
    }
    emit previewReady();
    startScan();
}

void ImportDocument::setMode(ImportMode mode)
{
    if (mode == m_template.mode())
        return;
    m_template = ImportTemplate(mode);
    m_mapping = ColumnMapping::autoMatch(m_template, m_header);
    if (!m_path.isEmpty() && !m_header.isEmpty())
        startScan();
}

void ImportDocument::setMapping(const ColumnMapping &mapping)
{
    if (mapping == m_mapping)
        return;
    m_mapping = mapping;
    if (!m_path.isEmpty() && !m_header.isEmpty())
        startScan();
}

void ImportDocument::setServerRoles(const QStringList &names)
{
    m_serverRoles = names;
    m_checkRoles = true;
    if (!m_path.isEmpty() && !m_header.isEmpty())
        startScan();
}

void ImportDocument::setCustomFields(const QList<UserField> &fields)
{
    m_customFields = fields;
    if (!m_path.isEmpty() && !m_header.isEmpty())
        startScan();
}

void ImportDocument::setServerTags(const QStringList &names)
{
    m_serverTags = names;
    m_checkTags = true;
    if (!m_path.isEmpty() && !m_header.isEmpty())
        startScan();
}

qint64 ImportDocument::rowCount() const
{
    return m_offsets.empty() ? qint64(m_preview.size()) : qint64(m_offsets.size());
}

QStringList ImportDocument::row(qint64 row) const
{
    const auto edit = m_edits.constFind(row);
    if (edit != m_edits.constEnd())
        return edit.value();
    if (row >= 0 && row < m_preview.size())
        return m_preview.at(row);
    return readRowFromFile(row);
}

QString ImportDocument::cell(qint64 row, int column) const
{
    const QStringList cells = this->row(row);
    return column >= 0 && column < cells.size() ? cells.at(column) : QString();
}

QStringList ImportDocument::readRowFromFile(qint64 row) const
{
    if (row < 0 || row >= qint64(m_offsets.size()) || !m_file)
        return {};
    if (m_cacheFirst < 0 || row < m_cacheFirst || row >= m_cacheFirst + m_cache.size()) {
        m_cache.clear();
        m_cacheFirst = row - row % kCacheBlock;
        CsvReader reader(m_file.get(), m_dialect, m_offsets[size_t(m_cacheFirst)], 64 * 1024);
        reader.setExpectedFieldCount(int(m_header.size()));
        const qint64 last = qMin(m_cacheFirst + kCacheBlock, qint64(m_offsets.size()));
        for (qint64 r = m_cacheFirst; r < last && reader.readRecord(); ++r)
            m_cache.append(reader.fields());
    }
    const qint64 at = row - m_cacheFirst;
    return at < m_cache.size() ? m_cache.at(at) : QStringList();
}

bool ImportDocument::setCell(qint64 row, int column, const QString &value)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= m_header.size())
        return false;
    QStringList cells = this->row(row);
    while (cells.size() < m_header.size())
        cells.append(QString());
    if (cells.at(column) == value)
        return true;
    cells[column] = value;
    m_edits.insert(row, cells);
    emit cellChanged(row, column);
    startScan();
    return true;
}

bool ImportDocument::cellHasProblem(qint64 row, int column) const
{
    const auto it = m_problems.constFind(row);
    if (it == m_problems.constEnd())
        return false;
    for (const CellProblem &p : it.value()) {
        if (p.column == column || p.column == -1)
            return true;
    }
    return false;
}

QString ImportDocument::cellProblemText(qint64 row, int column) const
{
    const auto it = m_problems.constFind(row);
    if (it == m_problems.constEnd())
        return {};
    QStringList reasons;
    for (const CellProblem &p : it.value()) {
        if (p.column != column && p.column != -1)
            continue;
        const QString header =
            p.column >= 0 && p.column < m_header.size() ? m_header.at(p.column) : QString();
        reasons.append(p.reason(p.column >= 0 ? cell(row, p.column) : QString(), header));
    }
    return reasons.join(u'\n');
}

QByteArray ImportDocument::problemText(qint64 row) const
{
    return rowProblemText(row).toUtf8();
}

bool ImportDocument::exportProblemRows(QIODevice *out, QString *error) const
{
    auto line = [out](const QStringList &cells, const QByteArray &last) {
        QByteArray bytes;
        for (const QString &c : cells)
            bytes += ImportTemplate::quoteField(c.toUtf8()) + ',';
        bytes += ImportTemplate::quoteField(last) + "\r\n";
        return out->write(bytes) == bytes.size();
    };
    bool ok = line(m_header, tr("Error").toUtf8());
    for (qint64 row : m_problemRows) {
        if (!ok)
            break;
        QStringList cells = this->row(row);
        while (cells.size() < m_header.size())
            cells.append(QString());
        ok = line(cells, problemText(row));
    }
    if (!ok && error)
        *error = tr("Could not write the rows: %1").arg(out->errorString());
    return ok;
}

bool ImportDocument::writeRows(QIODevice *out, qint64 first, qint64 last, QString *error) const
{
    if (m_state != State::Ready || first < 0 || last > qint64(m_offsets.size()) || first > last) {
        if (error)
            *error = tr("Rows %1 to %2 are not available (the file is not fully read).")
                         .arg(first + 2)
                         .arg(last + 1);
        return false;
    }
    const QList<int> columns = m_mapping.mappedTemplateColumns();
    QByteArray bytes;
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0)
            bytes += ',';
        bytes += ImportTemplate::quoteField(m_template.column(columns.at(i)).name.toUtf8());
    }
    bytes += "\r\n";
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(m_path, file.errorString());
        return false;
    }
    CsvReader reader(&file, m_dialect, first < last ? m_offsets[size_t(first)] : 0);
    reader.setExpectedFieldCount(int(m_header.size()));
    for (qint64 row = first; row < last; ++row) {
        if (!reader.readRecord()) {
            if (error)
                *error = reader.hasError() ? reader.error().message()
                                           : tr("The file ended before row %1: was it changed "
                                                "on disk?")
                                                 .arg(row + 2);
            return false;
        }
        if (!isSendable(row))
            continue;
        const auto edit = m_edits.constFind(row);
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                bytes += ',';
            const int f = m_mapping.fileColumnFor(columns.at(i));
            if (edit != m_edits.constEnd())
                bytes += ImportTemplate::quoteField(edit->value(f).trimmed().toUtf8());
            else if (f < reader.fieldCount())
                bytes += ImportTemplate::quoteField(RowValidator::trimmed(reader.field(f)));
        }
        bytes += "\r\n";
        if (bytes.size() > (1 << 20)) {
            if (out->write(bytes) != bytes.size())
                break;
            bytes.clear();
        }
    }
    if (reader.hasError() || out->write(bytes) != bytes.size()) {
        if (error)
            *error = reader.hasError() ? reader.error().message()
                                       : tr("Could not write the rows: %1").arg(out->errorString());
        return false;
    }
    return true;
}

} // namespace ra
