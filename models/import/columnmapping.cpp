#include "columnmapping.h"

namespace ra {

ColumnMapping::ColumnMapping(int fileColumns, int templateColumns)
    : m_fileToTemplate(qMax(0, fileColumns), -1)
    , m_templateToFile(qMax(0, templateColumns), -1)
{
}

ColumnMapping ColumnMapping::autoMatch(const ImportTemplate &importTemplate,
                                       const QStringList &headers)
{
    ColumnMapping m(int(headers.size()), importTemplate.columnCount());
    for (int i = 0; i < headers.size(); ++i) {
        const int t = importTemplate.indexOf(headers.at(i));
        if (t >= 0 && m.m_templateToFile.at(t) < 0)
            m.map(i, t);
    }
    return m;
}

int ColumnMapping::templateColumnFor(int fileColumn) const
{
    return fileColumn >= 0 && fileColumn < m_fileToTemplate.size() ? m_fileToTemplate.at(fileColumn)
                                                                   : -1;
}

int ColumnMapping::fileColumnFor(int templateColumn) const
{
    return templateColumn >= 0 && templateColumn < m_templateToFile.size()
               ? m_templateToFile.at(templateColumn)
               : -1;
}

void ColumnMapping::map(int fileColumn, int templateColumn)
{
    if (fileColumn < 0 || fileColumn >= m_fileToTemplate.size())
        return;
    if (templateColumn >= m_templateToFile.size())
        templateColumn = -1;
    const int old = m_fileToTemplate.at(fileColumn);
    if (old >= 0)
        m_templateToFile[old] = -1;
    if (templateColumn >= 0) {
        const int previous = m_templateToFile.at(templateColumn);
        if (previous >= 0)
            m_fileToTemplate[previous] = -1;
        m_templateToFile[templateColumn] = fileColumn;
    }
    m_fileToTemplate[fileColumn] = templateColumn;
}

QList<int> ColumnMapping::missingRequired(const ImportTemplate &importTemplate) const
{
    QList<int> missing;
    bool anyKey = false;
    int firstKey = -1;
    for (int t = 0; t < importTemplate.columnCount(); ++t) {
        const TemplateColumn &c = importTemplate.column(t);
        if (c.required && fileColumnFor(t) < 0)
            missing.append(t);
        if (c.matchKey) {
            if (firstKey < 0 || c.kind == TemplateColumn::Kind::Email)
                firstKey = t;
            anyKey = anyKey || fileColumnFor(t) >= 0;
        }
    }
    if (firstKey >= 0 && !anyKey)
        missing.append(firstKey);
    return missing;
}

QString ColumnMapping::missingText(const ImportTemplate &importTemplate) const
{
    const QList<int> missing = missingRequired(importTemplate);
    if (missing.isEmpty())
        return {};
    if (importTemplate.mode() == ImportMode::Update)
        return tr("Map an Email or a Username column: updates find users by them.");
    QStringList names;
    for (int t : missing)
        names.append(importTemplate.column(t).name);
    return tr("Map the required column(s): %1.", nullptr, int(names.size()))
        .arg(names.join(QStringLiteral(", ")));
}

QList<int> ColumnMapping::mappedTemplateColumns() const
{
    QList<int> list;
    for (int t = 0; t < m_templateToFile.size(); ++t) {
        if (m_templateToFile.at(t) >= 0)
            list.append(t);
    }
    return list;
}

} // namespace ra
