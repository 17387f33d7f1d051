#include "item/fieldhistorymodel.h"

#include "api/apiclient.h"

#include <QLocale>

namespace ra {

QString historyValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

FieldHistoryModel::FieldHistoryModel(ApiClient &client, QObject *parent)
    : PagedTableModel(parent)
    , m_client(client)
{
}

int FieldHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FieldHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString FieldHistoryModel::changedByText(const QString &changedBy)
{
    if (changedBy == u"createUser")
        return tr("Member created");
    if (changedBy == u"bulkUpdate")
        return tr("Bulk update");
    if (changedBy == u"bulkImport")
        return tr("Bulk import");
    if (changedBy == u"createFieldHistory")
        return tr("Entry added");
    if (changedBy == u"seed")
        return tr("Demo data");
    return changedBy;
}

QVariant FieldHistoryModel::display(const Row &row, Column column) const
{
    const FieldHistoryEntry &e = row.entry;
    switch (column) {
    case Column::When:
        return row.when.isValid() ? QLocale().toString(row.when.toLocalTime(), QLocale::ShortFormat)
                                  : e.createdAt;
    case Column::Member:
        return e.username.isEmpty() ? e.userId : e.username;
    case Column::Field: {
        const QString named = m_fieldNames.value(e.fieldId, m_fieldNames.value(e.field));
        if (!named.isEmpty())
            return named;
        return e.field.isEmpty() ? e.fieldId : e.field;
    }
    case Column::OldValue:
        return historyValueText(e.previousValue);
    case Column::NewValue:
        return historyValueText(e.value);
    case Column::ChangedBy:
        return changedByText(e.changedBy);
    case Column::Count:
        break;
    }
    return {};
}

QVariant FieldHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, Column(index.column()));
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::Member)
            return row.entry.userId;
        if (Column(index.column()) == Column::Field)
            return row.entry.fieldId;
        return {};
    case int(DataRole::UserId):
        return row.entry.userId;
    case int(DataRole::FieldId):
        return row.entry.fieldId;
    case int(DataRole::Value):
        return historyValueText(row.entry.value);
    case int(DataRole::Timestamp):
        return row.when;
    default:
        return {};
    }
}

QVariant FieldHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::When:
        return tr("When");
    case Column::Member:
        return tr("Member");
    case Column::Field:
        return tr("Field");
    case Column::OldValue:
        return tr("Old value");
    case Column::NewValue:
        return tr("New value");
    case Column::ChangedBy:
        return tr("Changed by");
    case Column::Count:
        break;
    }
    return {};
}

void FieldHistoryModel::setQuery(const FieldHistoryQuery &query)
{
    if (query == m_query && pagesLoaded() > 0)
        return;
    m_query = query;
    reload();
}

ApiReplyBase *FieldHistoryModel::requestPage(quint64 generation)
{
    return m_client.getFieldHistoryPage(m_query, m_nextPage, PageSize)
        ->then(
            this,
            [this, generation](const FieldHistoryPage &page) {
                const bool complete = page.entries.size() < PageSize ||
                                      (page.totalPages > 0 && page.page >= page.totalPages);
                if (!acceptPage(generation, complete, page.total))
                    return;
                ++m_nextPage;
                if (!page.entries.isEmpty()) {
                    const int first = int(m_rows.size());
                    beginInsertRows({}, first, first + int(page.entries.size()) - 1);
                    for (FieldHistoryEntry entry : page.entries) {
                        entry.extra = {}; // not shown; keeps long timelines small
                        entry.communityId.clear();
                        const QDateTime when =
                            QDateTime::fromString(entry.createdAt, Qt::ISODateWithMs);
                        m_rows.append({std::move(entry), when});
                    }
                    endInsertRows();
                }
                pageDone(int(page.entries.size()));
            },
            [this, generation](const ApiError &error) { failPage(generation, error); });
}

void FieldHistoryModel::setFieldNames(const QHash<QString, QString> &names)
{
    m_fieldNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, int(Column::Field)), index(rowCount() - 1, int(Column::Field)),
                         {Qt::DisplayRole});
}

} // namespace ra
