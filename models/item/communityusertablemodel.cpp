#include "item/communityusertablemodel.h"

#include "api/apiclient.h"
#include "item/languagenotifier.h"

namespace ra {

CommunityUserTableModel::CommunityUserTableModel(ApiClient &client, QObject *parent)
    : PagedTableModel(parent)
    , m_client(client)
{
    retranslateOnLanguageChange(this);
}

int CommunityUserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommunityUserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString CommunityUserTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CommunityUserTableModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QVariant CommunityUserTableModel::display(const User &user, Column column) const
{
    switch (column) {
    case Column::Id:
        return user.id;
    case Column::Username:
        return user.username;
    case Column::DisplayName:
        return user.displayName;
    case Column::FirstName:
        return user.firstName;
    case Column::LastName:
        return user.lastName;
    case Column::Email:
        return user.email;
    case Column::Online:
        return user.isOnline ? tr("Online") : tr("Offline");
    case Column::LastLogin:
        return user.lastLogin;
    case Column::Count:
        break;
    }
    return {};
}

QVariant CommunityUserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(user, column);
    case int(DataRole::Id):
        return user.id;
    case int(DataRole::Sort):
        if (column == Column::Online)
            return user.isOnline;
        return display(user, column).toString().toLower();
    default:
        return {};
    }
}

QVariant CommunityUserTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Id:
        return tr("ID");
    case Column::Username:
        return tr("Username");
    case Column::DisplayName:
        return tr("Display name");
    case Column::FirstName:
        return tr("First name");
    case Column::LastName:
        return tr("Last name");
    case Column::Email:
        return tr("E-mail");
    case Column::Online:
        return tr("Status");
    case Column::LastLogin:
        return tr("Last login");
    case Column::Count:
        break;
    }
    return {};
}

void CommunityUserTableModel::setSearch(const QString &search)
{
    m_search = search.trimmed();
    reload();
}

ApiReplyBase *CommunityUserTableModel::requestPage(quint64 generation)
{
    return m_client.getCommunityUsers(m_nextPage, PageSize, m_search)
        ->then(
            this,
            [this, generation](const CommunityUserPage &page) {
                if (!acceptPage(generation, page.users.isEmpty() || !page.hasMore(), page.total))
                    return;
                ++m_nextPage;
                if (!page.users.isEmpty()) {
                    const int first = int(m_rows.size());
                    beginInsertRows({}, first, first + int(page.users.size()) - 1);
                    for (User user : page.users) {
                        user.extra = {}; // not shown; keeps big lists small
                        m_rows.append(user);
                    }
                    endInsertRows();
                }
                pageDone(int(page.users.size()));
            },
            [this, generation](const ApiError &error) { failPage(generation, error); });
}

void CommunityUserTableModel::refreshUser(const QString &id)
{
    m_client.getUser(id)->then(
        this,
        [this, id](const User &fresh) {
            const int row = rowOfId(id);
            if (row < 0)
                return;
            User user = fresh;
            user.extra = {};
            if (user.id.isEmpty())
                user.id = id;
            m_rows[row] = user;
            emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
            emit userRefreshed(id);
        },
        [this, id](const ApiError &error) { emit refreshFailed(id, error); });
}

} // namespace ra
