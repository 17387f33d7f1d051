#include "importscanner.h"

#include "csvreader.h"
#include "rowvalidator.h"

#include <vector>

namespace ra {

namespace {

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

} // namespace

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
    RowValidator validator(importTemplate, r.mapping);
    validator.setKeepFirstRows(o.keepFirstRows);
    if (o.checkRoles)
        validator.setServerRoles(o.serverRoles);
    if (o.checkTags)
        validator.setServerTags(o.serverTags);

    std::vector<QByteArrayView> cells;
    QList<CellProblem> problems;
    while (reader.readRecord()) {
        if (o.cancel && o.cancel->load(std::memory_order_relaxed)) {
            r.cancelled = true;
            return r;
        }
        const qint64 dataRow = r.rows++;
        problems.clear();
        if (!reader.recordErrors().isEmpty())
            appendReaderProblems(reader.recordErrors(), &problems);
        const auto edit =
            o.edits ? o.edits->constFind(dataRow) : QHash<qint64, QStringList>::const_iterator();
        if (o.edits && edit != o.edits->constEnd()) {
            // An edited row is validated as edited: its reader problems are
            // fixed by the edit.
            problems.clear();
            validator.validate(reader.recordNumber(), edit.value(), &problems);
        } else {
            cells.resize(size_t(reader.fieldCount()));
            for (int i = 0; i < reader.fieldCount(); ++i)
                cells[size_t(i)] = reader.field(i);
            validator.validate(reader.recordNumber(), cells.data(), int(cells.size()), &problems);
        }
        if (!problems.isEmpty()) {
            ++r.problemRows;
            r.problems += problems.size();
        }
        if (onRow && !onRow(reader, problems))
            break;
        if (onProgress && (r.rows & 0x7FFF) == 0)
            onProgress(reader.bytesRead(), r.rows);
    }
    r.fatal = reader.error();
    if (onProgress)
        onProgress(reader.bytesRead(), r.rows);
    return r;
}

} // namespace ra
