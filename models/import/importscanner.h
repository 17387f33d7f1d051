#pragma once

#include "cellproblem.h"
#include "columnmapping.h"
#include "csvdialect.h"
#include "csverror.h"
#include "importtemplate.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace ra {

class CsvReader;

// Reads and validates a whole CSV in one pass without keeping it: the header
// is read, mapped (autoMatch unless a mapping is given), then every record
// goes through the RowValidator and is handed to the callbacks together with
// its problems (reader problems such as ragged rows or invalid UTF-8 become
// CellProblems too). The engine of `csv-check` and of ImportDocument's worker.
// Not thread-safe; runs in whichever thread calls run().
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
        const std::atomic<bool> *cancel = nullptr;
        // Edited rows (0-based data row -> cells), validated instead of the
        // file's cells.
        const QHash<qint64, QStringList> *edits = nullptr;
        // The reader's chunk size (small ones for tests and fuzzing).
        qsizetype chunkSize = 1 << 20;
        // Duplicates name the first row (see RowValidator::setKeepFirstRows).
        bool keepFirstRows = true;
    };

    // Called once after the header with the mapping in use.
    std::function<void(const QStringList &header, const ColumnMapping &mapping)> onHeader;
    // Called for each data record: the reader (fields, row number, offset)
    // and the row's problems (empty when clean). Return false to stop.
    std::function<bool(const CsvReader &reader, const QList<CellProblem> &problems)> onRow;
    // Called now and then with the device bytes consumed so far.
    std::function<void(qint64 bytes, qint64 rows)> onProgress;

    struct Result
    {
        CsvError fatal; // set when the file could not be read to the end
        bool cancelled = false;
        qint64 rows = 0; // data rows read (header excluded)
        qint64 problemRows = 0;
        qint64 problems = 0;
        QStringList header;
        ColumnMapping mapping;
    };

    Result run(QIODevice *device, const Options &options);
};

} // namespace ra
