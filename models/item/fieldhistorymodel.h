#pragma once

#include "domain/fieldhistorypage.h"
#include "item/pagedtablemodel.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace ra {

class ApiClient;

// The custom-field history timeline: one row per recorded change (when, member, field, old
// value, new value, what changed it), newest first by default, narrowed by a FieldHistoryQuery
// that the server applies (field and member choose among the four list operations; the time
// range and order go in the query string). Paged with canFetchMore()/fetchMore() as the view
// scrolls, PageSize rows a page, so a community with a million entries opens with one page.
// Paging, errors and retry as PagedTableModel. Does not own the client; GUI thread.
class FieldHistoryModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum class Column { When, Member, Field, OldValue, NewValue, ChangedBy, Count };
    enum class DataRole {
        UserId = Qt::UserRole + 1, // the member's id as the server gave it
        FieldId,
        Value,     // the new value, raw
        Timestamp, // QDateTime (UTC) of the change
    };
    static constexpr int PageSize = 200;

    explicit FieldHistoryModel(ApiClient &client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const FieldHistoryQuery &query() const { return m_query; }
    // Drops the rows and loads the first page matching `query` (nothing when it is unchanged
    // and a first page was already asked for).
    void setQuery(const FieldHistoryQuery &query);
    // The community's field names by field id and by key: the Field column shows a field by its
    // name rather than the id or key an entry carries.
    void setFieldNames(const QHash<QString, QString> &names);

    const FieldHistoryEntry &entryAt(int row) const { return m_rows.at(row).entry; }
    // The text of a `changedBy` value ("Bulk update" for bulkUpdate, ...; others as given).
    static QString changedByText(const QString &changedBy);

protected:
    ApiReplyBase *requestPage(quint64 generation) override;
    void dropRows() override { m_rows.clear(); }
    void resetPaging() override { m_nextPage = 1; }

private:
    struct Row
    {
        FieldHistoryEntry entry;
        QDateTime when;
    };
    QVariant display(const Row &row, Column column) const;

    ApiClient &m_client;
    FieldHistoryQuery m_query;
    QList<Row> m_rows;
    QHash<QString, QString> m_fieldNames;
    int m_nextPage = 1;
};

// A history value as text: strings as they are, numbers without a trailing ".0", null and
// missing as empty.
QString historyValueText(const QJsonValue &value);

} // namespace ra
