#pragma once

#include <QCoreApplication>
#include <QString>

namespace ra {

// One problem of one cell (or of a whole row when column is -1), kept
// compactly: the text is made on demand from the kind and the cell, so a
// million problems cost 16 bytes each. `column` is a FILE column index.
// A value type.
struct CellProblem
{
    Q_DECLARE_TR_FUNCTIONS(ra::CellProblem)

public:
    enum class Kind : qint32 {
        Missing,           // a required cell is empty
        InvalidEmail,      // not an e-mail address
        TooLong,           // a name over 50 characters
        DuplicateUsername, // the same username earlier in the file
        DuplicateEmail,    // the same e-mail earlier in the file
        UnknownRole,       // a role name the server does not have
        UnknownTag,        // a tag name the server does not have
        InvalidOperation,  // an `_op` cell other than add, subtract, overwrite
        NotANumber,        // a numeric cell that is not an integer
        RaggedRow,         // the row has more or fewer cells than the header
        InvalidUtf8,       // the cell's bytes are not UTF-8
        TextAfterQuote,    // text after the closing quote of a quoted cell
        RepeatedUsername,  // the first copy of a username that appears again later
        RepeatedEmail,     // the first copy of an e-mail that appears again later
        BadCustomValue     // a custom field's value that does not suit its type
    };

    qint32 column = -1;
    Kind kind = Kind::Missing;
    // Duplicates: the 1-based row (header = 1) of the first occurrence, 0
    // when unknown (past row 16,777,214). Repeated*: the row of the later copy.
    // RaggedRow: cells found | (cells expected << 32). BadCustomValue: the field's
    // UserFieldRules::Kind.
    qint64 related = 0;

    // Translated reason; `cell` is the cell's text (names the bad value) and
    // `columnName` the header.
    QString reason(const QString &cell = {}, const QString &columnName = {}) const;
    // The reason of a BadCustomValue, by the field's type.
    QString customReason(const QString &cell, const QString &columnName) const;
    // Stable id ("missing", "invalid-email", ...) for JSON output.
    static QString kindId(Kind kind);

    friend bool operator==(const CellProblem &a, const CellProblem &b)
    {
        return a.column == b.column && a.kind == b.kind && a.related == b.related;
    }
};

} // namespace ra
