#include "csverror.h"

namespace ra {

QString CsvError::reason() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::UnclosedQuote:
        return tr("a quoted field is never closed (it runs to the end of the file)");
    case Kind::TextAfterQuote:
        return tr("text after the closing quote of a quoted field");
    case Kind::RaggedRow:
        return tr("the row has %1 fields but the header has %2").arg(found).arg(expected);
    case Kind::InvalidUtf8:
        return tr("the bytes are not valid UTF-8 (choose another encoding?)");
    case Kind::RecordTooLong:
        // An unclosed quote in a big file swallows the rest of it: the column
        // (named by message()) is then where the open quoted cell starts.
        if (column > 0)
            return tr("the row is longer than %L1 bytes, the limit of one row; the quoted cell "
                      "in this column is not closed within that (is a closing quote missing?)")
                .arg(expected);
        return tr("the row is longer than %L1 bytes, the limit of one row").arg(expected);
    case Kind::TooManyFields:
        return tr("the row has more than %L1 cells, the limit of one row").arg(expected);
    case Kind::NotText:
        return tr("the file is not a text file (it contains NUL or control bytes; an image, a "
                  "workbook or an archive?). Save it as CSV and choose that file.");
    case Kind::Io:
        return tr("the file could not be read: %1").arg(detail);
    case Kind::Empty:
        return tr("the file has no header row");
    }
    return {};
}

QString CsvError::message() const
{
    if (kind == Kind::None)
        return {};
    if (kind == Kind::Io || kind == Kind::Empty || kind == Kind::NotText)
        return reason();
    if (column > 0)
        return tr("Row %1, column %2 (line %3): %4").arg(row).arg(column).arg(line).arg(reason());
    return tr("Row %1 (line %2): %3").arg(row).arg(line).arg(reason());
}

QString CsvError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::UnclosedQuote:
        return QStringLiteral("unclosed-quote");
    case Kind::TextAfterQuote:
        return QStringLiteral("text-after-quote");
    case Kind::RaggedRow:
        return QStringLiteral("ragged-row");
    case Kind::InvalidUtf8:
        return QStringLiteral("invalid-utf8");
    case Kind::RecordTooLong:
        return QStringLiteral("record-too-long");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::TooManyFields:
        return QStringLiteral("too-many-cells");
    case Kind::NotText:
        return QStringLiteral("not-text");
    }
    return {};
}

} // namespace ra
