#include "assign/assignreportmodel.h"

#include "item/languagenotifier.h"
namespace ra {

AssignReportModel::AssignReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    retranslateOnLanguageChange(this);
}

void AssignReportModel::setReport(const BulkReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int AssignReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows().size());
}

int AssignReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString AssignReportModel::stateText(const QString &state)
{
    BulkItemState s = BulkItemState::Pending;
    if (bulkStateFromName(state, &s))
        return bulkStateText(s);
    if (state == QLatin1String("notMatched"))
        return tr("not matched");
    if (state == QLatin1String("ambiguous"))
        return tr("matched more than one member");
    if (state == QLatin1String("badLine"))
        return tr("not an id, username or e-mail");
    return state;
}

QVariant AssignReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.rows().size())
        return {};
    const BulkReport::Row &r = m_report.rows().at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Column::Line:
            return r.line > 0 ? QVariant(r.line) : QVariant();
        case Column::Input:
            return r.input;
        case Column::UserId:
            return r.userId;
        case Column::Outcome:
            return stateText(r.state);
        case Column::Status:
            return r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant();
        case Column::Reason:
            return r.reason;
        case Column::Count:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == int(Column::Line) || index.column() == int(Column::Status)))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AssignReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Line:
        return tr("Line");
    case Column::Input:
        return tr("Given as");
    case Column::UserId:
        return tr("Member id");
    case Column::Outcome:
        return tr("Outcome");
    case Column::Status:
        return tr("HTTP");
    case Column::Reason:
        return tr("Server's reason");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace ra
