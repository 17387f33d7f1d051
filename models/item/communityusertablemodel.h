#pragma once

#include "domain/user.h"
#include "item/pagedtablemodel.h"

#include <QList>

namespace ra {

class ApiClient;

// The community's members as the Application API lists them (Get community users, 100 per
// page, optional server-side search by the start of username, e-mail or display name), paged
// with canFetchMore()/fetchMore() as the view scrolls. refreshUser() reads one member again
// with Get user and updates its row. Paging, errors and retry as PagedTableModel. Does not own
// the client; GUI thread.
class CommunityUserTableModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Id,
        Username,
        DisplayName,
        FirstName,
        LastName,
        Email,
        Online,
        LastLogin,
        Count
    };
    enum class DataRole {
        Id = Qt::UserRole + 1, // the user's ObjectId
        Sort,                  // raw value for sorting
    };
    static constexpr int PageSize = 100;

    explicit CommunityUserTableModel(ApiClient &client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString search() const { return m_search; }
    // Drops the rows and loads the first page of members matching `search`.
    void setSearch(const QString &search);
    // Reads user `id` again (Get user) and updates its row.
    void refreshUser(const QString &id);

    QString idAt(int row) const;
    int rowOfId(const QString &id) const;
    const User &userAt(int row) const { return m_rows.at(row); }

signals:
    void userRefreshed(const QString &id);
    // Get user failed for `id` (the row keeps what it had).
    void refreshFailed(const QString &id, const ra::ApiError &error);

protected:
    ApiReplyBase *requestPage(quint64 generation) override;
    void dropRows() override { m_rows.clear(); }
    void resetPaging() override { m_nextPage = 1; }

private:
    QVariant display(const User &user, Column column) const;

    ApiClient &m_client;
    QList<User> m_rows;
    QString m_search;
    int m_nextPage = 1;
};

} // namespace ra
