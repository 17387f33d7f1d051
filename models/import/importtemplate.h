#pragma once

#include "importmode.h"
#include "templatecolumn.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace ra {

// The columns of the bulk CSV template for one ImportMode, in template
// order. Import: First Name, Last Name, Username, Email (required), Phone,
// Country, Language, Role, Tag. Update: the same columns, none required on
// its own but Email or Username must be present to match users, plus the
// numeric xp and coins, each preceded by its `<field>_op` column (add,
// subtract, overwrite). Each column has aliases for auto-matching and an
// example cell; writeCsv() is "Save template". A value type; any thread.
class ImportTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ra::ImportTemplate)

public:
    explicit ImportTemplate(ImportMode mode = ImportMode::Import);

    ImportMode mode() const { return m_mode; }
    const QList<TemplateColumn> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    const TemplateColumn &column(int i) const { return m_columns.at(i); }
    // The template column whose name or alias matches `header` after
    // normalizedKey(); -1 when none does.
    int indexOf(QStringView header) const;
    QStringList headers() const;
    QStringList exampleRow() const;
    // "Save template": the header and the example row as CSV (UTF-8, CRLF).
    QByteArray toCsv() const;
    bool writeCsv(QIODevice *out, QString *error) const;
    // A translated one-line description of the column's rule (for the
    // template preview's tooltips).
    static QString describe(const TemplateColumn &column);

    // Lower case without spaces, underscores, hyphens and dots: "First_Name",
    // "first name" and "FIRSTNAME" all become "firstname".
    static QString normalizedKey(QStringView header);
    // RFC 4180 quoting of one field for `delimiter` (quotes only when needed).
    static QByteArray quoteField(QByteArrayView utf8, char delimiter = ',');

private:
    ImportMode m_mode;
    QList<TemplateColumn> m_columns;
};

} // namespace ra
