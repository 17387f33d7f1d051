#include "csvpreviewmodel.h"

#include "importdocument.h"
#include "item/languagenotifier.h"

#include <QColor>
#include <QPalette>

namespace ra {

CsvPreviewModel::CsvPreviewModel(ImportDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    retranslateOnLanguageChange(this);
    connect(document, &ImportDocument::previewReady, this, &CsvPreviewModel::reset);
    connect(document, &ImportDocument::loaded, this, [this] {
        if (m_document->rowCount() != m_rows || m_document->columnCount() != m_columns)
            reset();
        else
            refreshProblems();
    });
    connect(document, &ImportDocument::problemsChanged, this, &CsvPreviewModel::refreshProblems);
    connect(document, &ImportDocument::cellChanged, this, [this](qint64 row, int column) {
        if (row < m_rows && column < m_columns) {
            const QModelIndex i = index(int(row), column);
            emit dataChanged(i, i);
        }
    });
    m_rows = int(qMin<qint64>(document->rowCount(), INT_MAX));
    m_columns = document->columnCount();
}

void CsvPreviewModel::reset()
{
    beginResetModel();
    m_rows = m_document ? int(qMin<qint64>(m_document->rowCount(), INT_MAX)) : 0;
    m_columns = m_document ? m_document->columnCount() : 0;
    endResetModel();
}

void CsvPreviewModel::refreshProblems()
{
    if (!m_document)
        return;
    if (m_document->rowCount() != m_rows || m_document->columnCount() != m_columns) {
        reset();
        return;
    }
    if (m_rows > 0 && m_columns > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, m_columns));
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns);
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_columns == 0 ? 0 : m_columns + 1;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    const qint64 row = index.row();
    const int column = index.column();
    if (column == m_columns)
        return problemData(row, role);
    if (role == Qt::ForegroundRole && m_document->isSkipped(row))
        return QPalette().color(QPalette::Disabled, QPalette::Text);
    // The light red ground is the same in both themes; so is the dark text on it (over 12:1).
    if (role == Qt::ForegroundRole && m_document->cellHasProblem(row, column))
        return QColor(0x2a, 0x10, 0x12);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_document->cell(row, column);
    case Qt::BackgroundRole:
        if (m_document->cellHasProblem(row, column))
            return QColor(0xF8, 0xD7, 0xDA); // a light red that keeps text readable
        return {};
    case Qt::ToolTipRole: {
        const QString text = m_document->cellProblemText(row, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case int(DataRole::HasProblem):
        return m_document->cellHasProblem(row, column);
    case int(DataRole::RowHasProblem):
        return m_document->rowHasProblems(row);
    case int(DataRole::FileRow):
        return row + 2;
    case int(DataRole::ProblemText):
        return m_document->cellProblemText(row, column);
    case int(DataRole::Skipped):
        return m_document->isSkipped(row);
    default:
        break;
    }
    return {};
}

QVariant CsvPreviewModel::problemData(qint64 row, int role) const
{
    const bool skipped = m_document->isSkipped(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case int(DataRole::ProblemText): {
        if (skipped)
            return tr("Skipped: this row is not sent.");
        return m_document->rowProblemText(row);
    }
    case Qt::ForegroundRole:
        if (skipped)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        if (m_document->rowHasProblems(row))
            return QColor(0x2a, 0x10, 0x12);
        return {};
    case Qt::BackgroundRole:
        if (!skipped && m_document->rowHasProblems(row))
            return QColor(0xF8, 0xD7, 0xDA);
        return {};
    case int(DataRole::HasProblem):
    case int(DataRole::RowHasProblem):
        return m_document->rowHasProblems(row);
    case int(DataRole::FileRow):
        return row + 2;
    case int(DataRole::Skipped):
        return skipped;
    default:
        break;
    }
    return {};
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_document)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows)
            return qint64(section) + 2; // the file row, as a spreadsheet numbers it
        return {};
    }
    if (section == m_columns && m_columns > 0) {
        if (role == Qt::DisplayRole)
            return tr("Problem");
        if (role == Qt::ToolTipRole)
            return tr("Why the row cannot be sent as it is, or that you skipped it.");
        return {};
    }
    if (section < 0 || section >= m_columns)
        return {};
    const QString header = m_document->header().value(section);
    const int target = m_document->mapping().templateColumnFor(section);
    const QString mapped =
        target >= 0 ? m_document->importTemplate().column(target).name : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (mapped.isEmpty())
            return tr("%1 (ignored)").arg(header);
        return mapped == header ? header : tr("%1 → %2").arg(header, mapped);
    case Qt::ToolTipRole:
        return mapped.isEmpty()
                   ? tr("Column \"%1\" is not imported.").arg(header)
                   : tr("Column \"%1\" feeds the template column \"%2\".").arg(header, mapped);
    default:
        break;
    }
    return {};
}

Qt::ItemFlags CsvPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == m_columns)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool CsvPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document ||
        index.column() == m_columns)
        return false;
    return m_document->setCell(index.row(), index.column(), value.toString());
}

} // namespace ra
