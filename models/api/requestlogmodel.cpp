#include "api/requestlogmodel.h"

#include "api/requestlog.h"
#include "item/languagenotifier.h"

#include <QLocale>

namespace ra {

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    retranslateOnLanguageChange(this);
    if (!log)
        return;
    connect(log, &RequestLog::aboutToAppend, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(log, &RequestLog::appended, this, [this] { endInsertRows(); });
    connect(log, &RequestLog::aboutToDrop, this,
            [this](int count) { beginRemoveRows({}, 0, count - 1); });
    connect(log, &RequestLog::dropped, this, [this] { endRemoveRows(); });
    connect(log, &RequestLog::aboutToReset, this, [this] { beginResetModel(); });
    connect(log, &RequestLog::reset, this, [this] { endResetModel(); });
    connect(log, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->size();
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_log)
        return {};
    const RequestRecord &r = m_log->at(index.row());
    if (role == FailedRole)
        return r.failed();
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawRole;
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn:
        return raw ? QVariant(r.time)
                   : QVariant(
                         locale.toString(r.time.toLocalTime(), QStringLiteral("HH:mm:ss.zzz")));
    case OperationColumn:
        return r.operationId;
    case MethodColumn:
        return r.method;
    case UrlColumn:
        return r.url;
    case StatusColumn:
        return raw ? QVariant(r.status)
                   : QVariant(r.status ? QString::number(r.status) : QStringLiteral("-"));
    case DurationColumn:
        return raw ? QVariant(r.durationMs) : QVariant(tr("%1 ms").arg(r.durationMs));
    case BytesUpColumn:
        return raw ? QVariant(r.bytesUp) : QVariant(locale.formattedDataSize(r.bytesUp));
    case BytesDownColumn:
        return raw ? QVariant(r.bytesDown) : QVariant(locale.formattedDataSize(r.bytesDown));
    case RetriesColumn:
        return r.retries;
    case ErrorColumn:
        return raw ? QVariant(r.errorKind)
                   : QVariant(r.failed() ? r.errorKind + QStringLiteral(": ") + r.error
                                         : QString());
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case BytesUpColumn:
        return tr("Sent");
    case BytesDownColumn:
        return tr("Received");
    case RetriesColumn:
        return tr("Retries");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

QHash<int, QByteArray> RequestLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawRole, QByteArrayLiteral("raw"));
    names.insert(FailedRole, QByteArrayLiteral("failed"));
    return names;
}

} // namespace ra
