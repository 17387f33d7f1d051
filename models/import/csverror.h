#pragma once

#include <QCoreApplication>
#include <QString>

namespace ra {

// One problem the CSV reader found, with its place: the 1-based record
// ("row", the header is row 1, as a spreadsheet counts), the 1-based column
// and the 1-based physical line where it starts. Fatal problems end reading
// (unclosed quoted field, I/O error, a record past the reader's limits, a
// file that is not text); the others are reported with the record they
// belong to and reading goes on. A value type.
struct CsvError
{
    Q_DECLARE_TR_FUNCTIONS(ra::CsvError)

public:
    enum class Kind {
        None,
        UnclosedQuote,  // fatal: a quoted field runs to the end of the file
        TextAfterQuote, // text between a closing quote and the delimiter
        RaggedRow,      // a record with more or fewer fields than the header
        InvalidUtf8,    // bytes that are not UTF-8 in a UTF-8 file
        RecordTooLong,  // fatal: one record over CsvReader::maxRecordBytes
        Io,             // fatal: the device failed
        Empty,          // fatal: no header row at all
        TooManyFields,  // fatal: one record over CsvReader::maxFieldsPerRecord
        NotText         // fatal: the file's first block is binary (CsvDialect::isBinary)
    };

    Kind kind = Kind::None;
    qint64 row = 0;
    int column = 0;
    qint64 line = 0;
    // For RaggedRow: the fields found and expected. For RecordTooLong and
    // TooManyFields, `expected` is the limit that was passed.
    int found = 0;
    int expected = 0;
    QString detail; // for Io: the device's error text

    bool isNull() const { return kind == Kind::None; }
    bool isFatal() const
    {
        return kind == Kind::UnclosedQuote || kind == Kind::RecordTooLong || kind == Kind::Io ||
               kind == Kind::Empty || kind == Kind::TooManyFields || kind == Kind::NotText;
    }
    // Translated text naming the row, column and what is wrong.
    QString message() const;
    // Translated text of only what is wrong (for a cell tooltip).
    QString reason() const;
    static QString kindId(Kind kind); // "unclosed-quote", ... for JSON output
};

} // namespace ra
