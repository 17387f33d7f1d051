#include "import/failedrowsmodel.h"

#include "item/languagenotifier.h"
#include <QIODevice>

#include <algorithm>

namespace ra {

namespace {
QByteArray quoted(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}
} // namespace

FailedRowsModel::FailedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    retranslateOnLanguageChange(this);
}

int FailedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Failure &f = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawRole) {
        switch (index.column()) {
        case RowColumn:
            if (role == RawRole)
                return f.row;
            // As the validation grid numbers rows: the header is row 1.
            return f.row > 0 ? QString::number(f.row + 1) : tr("?");
        case ReasonColumn:
            return f.reason;
        case RecordColumn:
            return QString::fromUtf8(f.record).replace(u'\n', u' ');
        case JobColumn:
            return f.jobId;
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FailedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row in file");
    case ReasonColumn:
        return tr("Reason");
    case RecordColumn:
        return tr("Data sent");
    case JobColumn:
        return tr("Job");
    default:
        return {};
    }
}

void FailedRowsModel::append(const Failure &failure)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(failure);
    endInsertRows();
}

void FailedRowsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

bool FailedRowsModel::writeCsv(QIODevice *out, QString *error) const
{
    QList<const Failure *> sorted;
    sorted.reserve(m_rows.size());
    for (const Failure &f : m_rows)
        sorted.append(&f);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Failure *a, const Failure *b) { return a->row < b->row; });
    QByteArray text = m_header + ',' + quoted(tr("Error")) + "\r\n";
    for (const Failure *f : std::as_const(sorted))
        text += f->record + ',' + quoted(f->reason) + "\r\n";
    if (out->write(text) != text.size()) {
        *error = out->errorString();
        return false;
    }
    return true;
}

} // namespace ra
