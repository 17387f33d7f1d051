#include "cellproblem.h"

namespace ra {

QString CellProblem::reason(const QString &cell, const QString &columnName) const
{
    switch (kind) {
    case Kind::Missing:
        return tr("%1 is required.").arg(columnName);
    case Kind::InvalidEmail:
        return tr("\"%1\" is not an e-mail address.").arg(cell);
    case Kind::TooLong:
        return tr("%1 has %2 characters; at most 50 are allowed.")
            .arg(columnName)
            .arg(cell.trimmed().size());
    case Kind::DuplicateUsername:
        return related > 0 ? tr("Username \"%1\" already appears in row %2.").arg(cell).arg(related)
                           : tr("Username \"%1\" already appears earlier in the file.").arg(cell);
    case Kind::DuplicateEmail:
        return related > 0 ? tr("E-mail \"%1\" already appears in row %2.").arg(cell).arg(related)
                           : tr("E-mail \"%1\" already appears earlier in the file.").arg(cell);
    case Kind::RepeatedUsername:
        return tr("Username \"%1\" appears again in row %2.").arg(cell).arg(related);
    case Kind::RepeatedEmail:
        return tr("E-mail \"%1\" appears again in row %2.").arg(cell).arg(related);
    case Kind::UnknownRole:
        return tr("Role name(s) \"%1\" not found on the server (names are case-sensitive).")
            .arg(cell);
    case Kind::UnknownTag:
        return tr("Tag name(s) \"%1\" not found on the server (names are case-sensitive).")
            .arg(cell);
    case Kind::InvalidOperation:
        return tr("\"%1\" is not an operation: use add, subtract or overwrite.").arg(cell);
    case Kind::NotANumber:
        return tr("\"%1\" is not a whole number.").arg(cell);
    case Kind::RaggedRow:
        return tr("The row has %1 cells but the header has %2.")
            .arg(related & 0xFFFFFFFF)
            .arg(related >> 32);
    case Kind::InvalidUtf8:
        return tr("The cell is not valid UTF-8: choose the file's encoding.");
    case Kind::TextAfterQuote:
        return tr("Text follows the closing quote of this cell.");
    }
    return {};
}

QString CellProblem::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::InvalidEmail:
        return QStringLiteral("invalid-email");
    case Kind::TooLong:
        return QStringLiteral("too-long");
    case Kind::DuplicateUsername:
        return QStringLiteral("duplicate-username");
    case Kind::DuplicateEmail:
        return QStringLiteral("duplicate-email");
    case Kind::UnknownRole:
        return QStringLiteral("unknown-role");
    case Kind::UnknownTag:
        return QStringLiteral("unknown-tag");
    case Kind::InvalidOperation:
        return QStringLiteral("invalid-operation");
    case Kind::NotANumber:
        return QStringLiteral("not-a-number");
    case Kind::RaggedRow:
        return QStringLiteral("ragged-row");
    case Kind::InvalidUtf8:
        return QStringLiteral("invalid-utf8");
    case Kind::TextAfterQuote:
        return QStringLiteral("text-after-quote");
    case Kind::RepeatedUsername:
        return QStringLiteral("repeated-username");
    case Kind::RepeatedEmail:
        return QStringLiteral("repeated-email");
    }
    return {};
}

} // namespace ra
