#pragma once

#include "importtemplate.h"

#include <QList>
#include <QStringList>

namespace ra {

// Which template column each column of the file feeds. autoMatch() maps
// headers whose normalized name or alias matches a template column (first
// come wins); map() lets the user remap (a template column feeds from at most
// one file column, so mapping it elsewhere unmaps the old one). A value type;
// any thread.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ra::ColumnMapping)

public:
    ColumnMapping() = default;
    ColumnMapping(int fileColumns, int templateColumns);

    static ColumnMapping autoMatch(const ImportTemplate &importTemplate,
                                   const QStringList &headers);

    int fileColumnCount() const { return int(m_fileToTemplate.size()); }
    int templateColumnCount() const { return int(m_templateToFile.size()); }
    // -1 when the file column is ignored.
    int templateColumnFor(int fileColumn) const;
    // -1 when no file column feeds the template column.
    int fileColumnFor(int templateColumn) const;
    // Maps file column to template column (-1: ignore the file column).
    void map(int fileColumn, int templateColumn);

    // Required template columns that nothing feeds (indexes into the
    // template). In Update mode, when neither match key (Email, Username) is
    // mapped, the Email column is reported.
    QList<int> missingRequired(const ImportTemplate &importTemplate) const;
    bool isComplete(const ImportTemplate &importTemplate) const
    {
        return missingRequired(importTemplate).isEmpty();
    }
    // A translated sentence naming what is missing; empty when complete.
    QString missingText(const ImportTemplate &importTemplate) const;
    // Template column indexes that are mapped, in template order.
    QList<int> mappedTemplateColumns() const;

    friend bool operator==(const ColumnMapping &a, const ColumnMapping &b)
    {
        return a.m_fileToTemplate == b.m_fileToTemplate;
    }
    friend bool operator!=(const ColumnMapping &a, const ColumnMapping &b) { return !(a == b); }

private:
    QList<int> m_fileToTemplate;
    QList<int> m_templateToFile;
};

} // namespace ra
