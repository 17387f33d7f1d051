#pragma once

#include "domain/userfield.h"

#include "cellproblem.h"
#include "columnmapping.h"
#include "csvdialect.h"
#include "csverror.h"
#include "importtemplate.h"
#include "rowbatch.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace ra {

// Reads and validates a whole CSV in one pass without keeping it: the header
// is read, mapped (autoMatch unless a mapping is given), then every record
// goes through the RowValidator and is handed to the callbacks together with
// its problems (reader problems such as ragged rows or invalid UTF-8 become
// CellProblems too). The engine of `csv-check` and of ImportDocument's worker.
//
// Records are copied into RowBatches. With `pipeline` (the default), once a
// file fills its first batch, a second thread validates the batches while the
// calling thread reads on (at most a few batches, a few MB, in between), so
// parsing and validating use two cores. Batches are validated one after the
// other in file order, so rows, problems and callbacks come in exactly the
// order of a serial run. onHeader runs on the calling thread; onRow and
// onProgress on one thread at a time, the validating one (not the calling
// one) when the pipeline runs. run() returns once both are done. Not
// thread-safe; one run() at a time.
class ImportScanner
{
public:
    struct Options
    {
        CsvDialect dialect;
        ImportMode mode = ImportMode::Import;
        bool autoMap = true;
        ColumnMapping mapping; // used when autoMap is false
        QStringList serverRoles;
        QStringList serverTags;
        bool checkRoles = false; // serverRoles are known (a profile was given)
        bool checkTags = false;
        // The community's custom fields: file columns named by a field's key or name (and no
        // template column) are checked against its type.
        QList<UserField> customFields;
        const std::atomic<bool> *cancel = nullptr;
        // Edited rows (0-based data row -> cells), validated instead of the
        // file's cells.
        const QHash<qint64, QStringList> *edits = nullptr;
        // Rows the user chose not to send (0-based data rows): not validated,
        // so they neither have problems nor count as a duplicate's first copy.
        const QSet<qint64> *skipped = nullptr;
        // The reader's chunk size (small ones for tests and fuzzing).
        qsizetype chunkSize = 1 << 20;
        // Duplicates name the first row (see RowValidator::setKeepFirstRows).
        bool keepFirstRows = true;
        // Validate on a second thread (see above); rows per batch.
        bool pipeline = true;
        int batchRows = 4096;
    };

    // Called once after the header with the mapping in use.
    std::function<void(const QStringList &header, const ColumnMapping &mapping)> onHeader;
    // Called for each data record: the row (fields, row number, offset) and
    // its problems (empty when clean). Return false to stop.
    std::function<bool(const RowBatch::Row &row, const QList<CellProblem> &problems)> onRow;
    // Called now and then with the device bytes consumed so far.
    std::function<void(qint64 bytes, qint64 rows)> onProgress;

    struct Result
    {
        CsvError fatal; // set when the file could not be read to the end
        bool cancelled = false;
        bool stopped = false; // onRow returned false
        qint64 rows = 0;      // data rows validated (header excluded)
        qint64 problemRows = 0;
        qint64 problems = 0;
        QStringList header;
        ColumnMapping mapping;
    };

    Result run(QIODevice *device, const Options &options);

private:
    class Validation;
};

} // namespace ra
