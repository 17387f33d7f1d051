#include "item/tablecsvwriter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>

namespace ra {

TableCsvWriter::TableCsvWriter(const QAbstractItemModel &model, const QList<int> &columns,
                               QIODevice &device)
    : m_model(model)
    , m_columns(columns)
    , m_device(device)
{
}

QString TableCsvWriter::field(const QString &cell)
{
    // OWASP's list of characters a spreadsheet may take as the start of a formula.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool formula = !cell.isEmpty() && formulaStarts.contains(cell.front());
    const bool quote = formula || cell.contains(QLatin1Char(',')) ||
                       cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
                       cell.contains(QLatin1Char('\r'));
    if (!quote)
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    if (formula)
        out.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool TableCsvWriter::writeLine(const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += field(cells.at(i));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_device.write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("ra::TableCsvWriter", "Cannot write row %1: %2")
                      .arg(m_forgotten + m_row + 1)
                      .arg(m_device.errorString());
        return false;
    }
    return true;
}

bool TableCsvWriter::writeHeader()
{
    if (m_device.write("\xEF\xBB\xBF", 3) != 3) {
        m_error = m_device.errorString();
        return false;
    }
    QStringList titles;
    for (int column : std::as_const(m_columns))
        titles.append(m_model.headerData(column, Qt::Horizontal).toString());
    return writeLine(titles);
}

int TableCsvWriter::rowCount() const
{
    return m_model.rowCount();
}

bool TableCsvWriter::atEnd() const
{
    return m_row >= m_model.rowCount();
}

bool TableCsvWriter::writeRows(int maxRows)
{
    const int end = std::min(m_model.rowCount(), m_row + maxRows);
    QStringList cells;
    for (; m_row < end; ++m_row) {
        cells.clear();
        for (int column : std::as_const(m_columns)) {
            const QModelIndex index = m_model.index(m_row, column);
            QVariant value = m_model.data(index, Qt::EditRole);
            if (!value.isValid())
                value = m_model.data(index, Qt::DisplayRole);
            cells.append(value.toString());
        }
        if (!writeLine(cells))
            return false;
    }
    return true;
}

void TableCsvWriter::forgetRows(int count)
{
    count = std::clamp(count, 0, m_row);
    m_row -= count;
    m_forgotten += count;
}

bool TableCsvWriter::writeAll()
{
    return writeHeader() && writeRows(m_model.rowCount());
}

} // namespace ra
