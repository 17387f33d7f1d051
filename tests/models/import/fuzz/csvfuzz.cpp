// Fuzz entry point for the CSV reading side of import: random bytes read as
// CSV in every encoding, with every delimiter and tiny chunk sizes (so every
// record straddles chunks), every record validated against both templates,
// and every record re-read through its offset (random access). Built as a
// libFuzzer target with clang (see CMakeLists.txt and run_fuzz.sh) and,
// without libFuzzer, by tst_csvfuzz, which replays the corpus and every
// regression fixture in the normal test run.
#include "import/csvreader.h"
#include "import/importscanner.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void readAll(const QByteArray &bytes, const ra::CsvDialect &dialect, qsizetype chunk)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ra::CsvReader reader(&buffer, dialect, -1, chunk);
    QList<qint64> offsets;
    QList<QStringList> rows;
    while (reader.readRecord()) {
        offsets.append(reader.recordOffset());
        rows.append(reader.fields());
        for (const ra::CsvError &e : reader.recordErrors())
            (void)e.message();
        if (reader.recordNumber() > 100000)
            std::abort(); // more records than bytes: the reader loops
    }
    (void)reader.error().message();
    // Random access must give back the same records.
    for (qsizetype i = 0; i < offsets.size() && i < 64; ++i) {
        ra::CsvReader again(&buffer, dialect, offsets.at(i), chunk);
        if (!again.readRecord() || again.fields() != rows.at(i))
            std::abort();
    }
}

void scan(const QByteArray &bytes, const ra::CsvDialect &dialect, ra::ImportMode mode)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ra::ImportScanner::Options options;
    options.dialect = dialect;
    options.mode = mode;
    options.checkRoles = true;
    options.serverRoles = {QStringLiteral("Member")};
    options.checkTags = true;
    options.chunkSize = 4096;
    // Small batches: most inputs fill several, so the validating thread runs.
    options.batchRows = 3;
    ra::ImportScanner scanner;
    QList<QList<ra::CellProblem>> problemsOfRows;
    scanner.onRow = [&](const ra::RowBatch::Row &row, const QList<ra::CellProblem> &problems) {
        for (const ra::CellProblem &p : problems)
            (void)p.reason(p.column >= 0 && p.column < row.fieldCount() ? row.fieldText(p.column)
                                                                        : QString(),
                           QStringLiteral("c"));
        problemsOfRows.append(problems);
        return true;
    };
    const ra::ImportScanner::Result pipelined = scanner.run(&buffer, options);
    // The same file validated on one thread: the same rows and problems.
    const QList<QList<ra::CellProblem>> fromPipeline = std::move(problemsOfRows);
    problemsOfRows.clear();
    options.pipeline = false;
    buffer.seek(0);
    const ra::ImportScanner::Result serial = scanner.run(&buffer, options);
    if (problemsOfRows != fromPipeline || serial.rows != pipelined.rows ||
        serial.problems != pipelined.problems || serial.fatal.kind != pipelined.fatal.kind)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ra::CsvDialect detected = ra::CsvDialect::detect(bytes);
    readAll(bytes, detected, 16);
    readAll(bytes, detected, 1 << 16);
    // The first byte picks a forced dialect, as a user override would.
    if (size > 0) {
        ra::CsvDialect forced;
        const QList<ra::CsvEncoding> encodings = ra::CsvDialect::encodings();
        forced.encoding = encodings.at(data[0] % encodings.size());
        forced.delimiter = ra::CsvDialect::delimiters().at((data[0] >> 4) % 4);
        forced.bomLength = ra::CsvDialect::bomLengthFor(forced.encoding, bytes);
        readAll(bytes, forced, 17);
    }
    scan(bytes, detected, ra::ImportMode::Import);
    scan(bytes, detected, ra::ImportMode::Update);
    return 0;
}
