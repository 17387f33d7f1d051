#pragma once

#include "item/pagedtablemodel.h"
#include "item/userfilterspec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace ra {

class ApiClient;
struct UserData;

// The members of the community as Get Users with Filters pages them (200 per page), for a table
// over a million users: canFetchMore()/fetchMore() ask for the next page as the view scrolls, in
// cursor mode (next_cursor) or page mode (page / total_pages); nothing waits for the whole list.
// setFilter() or reload() start again from the first page; a stale reply is dropped. Rows are
// stored compactly: one UTF-8 block per row holding the text fields and a lowercase copy used
// as the quick filter's and sort's key (searchKey(), sortKey()), so 100,000 rows take about
// 25 MB. Paging, errors and retry as PagedTableModel. Does not own the client; GUI thread.
class UserTableModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum class Column {
        UserId,
        Username,
        Email,
        FirstName,
        LastName,
        DisplayName,
        JoinDate,
        Country,
        Language,
        Phone,
        Xp,
        Coins,
        Count
    };
    enum class DataRole {
        Id = Qt::UserRole + 1, // the user id (legacy numeric id, else the ObjectId)
        Sort,                  // raw value: qint64 for numbers, lowercase text otherwise
    };
    enum class Paging { Cursor, Page };

    explicit UserTableModel(ApiClient &client, QObject *parent = nullptr);

    // A date of the API (ISO 8601, a date or a date and time) as the default locale writes a
    // date ("5/1/24", "01.05.24"), the day as the API names it; any other text as it is. The table
    // shows join dates this way, while EditRole and CSV export keep the API's text.
    static QString localDate(const QString &apiDate);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Rows drag as their user ids (AssignTarget::userIdsMimeType and text/plain), once per row
    // however many cells of it are selected: what a palette tile accepts.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // The API field name of a column ("first_name"), as requested in `fields`.
    static QString apiField(Column column);
    static bool isNumeric(Column column) { return column == Column::Xp || column == Column::Coins; }

    // The client the pages come from (a MemberExportJob reads on from it).
    ApiClient &client() const { return m_client; }
    const UserFilterSpec &filter() const { return m_filter; }
    // Drops the rows and loads the first page with the new filter.
    void setFilter(const UserFilterSpec &filter);
    Paging paging() const { return m_paging; }
    void setPaging(Paging paging);
    // Sets the filter and the paging mode and loads the first page (one request).
    void setQuery(const UserFilterSpec &filter, Paging paging);
    // Removes the loaded rows but keeps the paging position, so the next fetchMore() goes on
    // where the last page ended: for a reader that streams the whole list (an export).
    void dropLoadedRows();

    QString idAt(int row) const;
    // The id a row of Get Users with Filters is known by (user_id, else the user's id).
    static QString idOf(const UserData &user);
    int rowOfId(const QString &id) const;
    QString textAt(int row, Column column) const;
    // The lowercase text fields of `row`, separated by U+001F: what the quick filter searches.
    QByteArrayView searchKey(int row) const;
    // The lowercase text of one text column (for sorting), or empty for numeric columns.
    QByteArrayView sortKey(int row, Column column) const;
    qint64 numberAt(int row, Column column) const;

protected:
    ApiReplyBase *requestPage(quint64 generation) override;
    void dropRows() override;
    void resetPaging() override;

private:
    static constexpr int TextColumns = int(Column::Xp);

    struct Row
    {
        QByteArray blob; // text fields, U+001E, lowercase text fields (all U+001F separated)
        qint32 keyOffset = 0;
        // Where each lowercase field starts, relative to keyOffset: sorting 100,000 rows compares
        // a field over a million times, so it must not search for separators.
        quint16 keyStarts[TextColumns] = {};
        qint64 xp = 0;
        qint64 coins = 0;
    };

    void appendRows(const QList<UserData> &users);
    // Cursor mode: asks the first numbered page of the filter for the total, once per list.
    void askTotal(quint64 generation, const QStringList &fields);
    static Row makeRow(const UserData &user);
    static QByteArrayView field(QByteArrayView text, int index);
    static int textIndex(Column column);

    ApiClient &m_client;
    UserFilterSpec m_filter;
    Paging m_paging = Paging::Cursor;
    QList<Row> m_rows;
    QString m_cursor;
    int m_nextPage = 1;
};

} // namespace ra
