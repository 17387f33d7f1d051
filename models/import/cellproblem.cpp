#include "cellproblem.h"

#include "domain/userfieldrules.h"

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
    case Kind::BadCustomValue:
        return customReason(cell, columnName);
    }
    return {};
}

QString CellProblem::customReason(const QString &cell, const QString &columnName) const
{
    using F = UserFieldRules::Kind;
    switch (F(related)) {
    case F::Number:
        return tr("\"%1\" is not a number for the custom field %2.").arg(cell, columnName);
    case F::Date:
        return tr("\"%1\" is not a date (YYYY-MM-DD) for the custom field %2.")
            .arg(cell, columnName);
    case F::Boolean:
        return tr("\"%1\" is not yes or no (true, false, yes, no, 1 or 0) for the custom field "
                  "%2.")
            .arg(cell, columnName);
    case F::Select:
        return tr("\"%1\" is not one of the choices of the custom field %2.").arg(cell, columnName);
    case F::Text:
        return tr("The custom field %1 takes one line of at most %2 characters.")
            .arg(columnName)
            .arg(UserFieldRules::MaxTextLength);
    case F::MultiLineText:
    case F::Unknown:
        break;
    }
    return tr("The custom field %1 takes at most %2 characters.")
        .arg(columnName)
        .arg(UserFieldRules::MaxTextLength);
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
    case Kind::BadCustomValue:
        return QStringLiteral("bad-custom-value");
    }
    return {};
}

} // namespace ra
