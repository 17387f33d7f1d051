#include "item/usertablemodel.h"

#include "api/apiclient.h"
#include "assign/assigntarget.h"
#include "domain/userdata.h"
#include "item/languagenotifier.h"

#include <QDate>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <algorithm>

namespace ra {

namespace {
constexpr char kFieldSeparator = '\x1f';
constexpr char kKeySeparator = '\x1e';
constexpr int kTextColumns = int(UserTableModel::Column::Xp);

// Get Users with Filters rows use snake_case keys that UserData keeps in `extra`.
QString pick(const QString &typed, const QJsonObject &extra, const char *key)
{
    if (!typed.isEmpty())
        return typed;
    const QJsonValue v = extra.value(QLatin1String(key));
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

QByteArray clean(const QString &text)
{
    // The separators must not occur inside a field.
    QByteArray utf8 = text.toUtf8();
    for (char &c : utf8) {
        if (c == kFieldSeparator || c == kKeySeparator)
            c = ' ';
    }
    return utf8;
}
} // namespace

UserTableModel::UserTableModel(ApiClient &client, QObject *parent)
    : PagedTableModel(parent)
    , m_client(client)
{
    retranslateOnLanguageChange(this);
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString UserTableModel::apiField(Column column)
{
    switch (column) {
    case Column::UserId:
        return QStringLiteral("user_id");
    case Column::Username:
        return QStringLiteral("username");
    case Column::Email:
        return QStringLiteral("email");
    case Column::FirstName:
        return QStringLiteral("first_name");
    case Column::LastName:
        return QStringLiteral("last_name");
    case Column::DisplayName:
        return QStringLiteral("display_name");
    case Column::JoinDate:
        return QStringLiteral("join_date");
    case Column::Country:
        return QStringLiteral("country");
    case Column::Language:
        return QStringLiteral("language");
    case Column::Phone:
        return QStringLiteral("phone");
    case Column::Xp:
        return QStringLiteral("xp");
    case Column::Coins:
        return QStringLiteral("coins");
    case Column::Count:
        break;
    }
    return {};
}

int UserTableModel::textIndex(Column column)
{
    return int(column) < kTextColumns ? int(column) : -1;
}

QByteArrayView UserTableModel::field(QByteArrayView text, int index)
{
    qsizetype start = 0;
    for (int i = 0; i < index; ++i) {
        const qsizetype next = text.indexOf(kFieldSeparator, start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    qsizetype end = text.indexOf(kFieldSeparator, start);
    if (end < 0)
        end = text.size();
    return text.sliced(start, end - start);
}

QString UserTableModel::idOf(const UserData &u)
{
    const QString id = pick(QString(), u.extra, "user_id");
    return id.isEmpty() ? u.userId : id;
}

UserTableModel::Row UserTableModel::makeRow(const UserData &u)
{
    const QString fields[kTextColumns] = {
        idOf(u),
        pick(u.username, u.extra, "username"),
        u.email,
        pick(u.firstName, u.extra, "first_name"),
        pick(u.lastName, u.extra, "last_name"),
        pick(u.displayName, u.extra, "display_name"),
        u.joinDate,
        u.country,
        u.language,
        u.phone,
    };
    QByteArray text;
    QByteArray key;
    Row row;
    for (int i = 0; i < kTextColumns; ++i) {
        if (i) {
            text += kFieldSeparator;
            key += kFieldSeparator;
        }
        text += clean(fields[i]);
        row.keyStarts[i] = quint16(std::min<qsizetype>(key.size(), 0xffff));
        key += clean(fields[i].toLower());
    }
    row.keyOffset = qint32(text.size() + 1);
    row.blob.reserve(text.size() + key.size() + 1);
    row.blob = text;
    row.blob += kKeySeparator;
    row.blob += key;
    row.blob.squeeze();
    row.xp = u.xp;
    row.coins = u.coins;
    return row;
}

QString UserTableModel::textAt(int row, Column column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    if (column == Column::Xp)
        return QString::number(r.xp);
    if (column == Column::Coins)
        return QString::number(r.coins);
    const int index = textIndex(column);
    if (index < 0)
        return {};
    const QByteArrayView text = QByteArrayView(r.blob).first(r.keyOffset - 1);
    return QString::fromUtf8(field(text, index));
}

QString UserTableModel::idAt(int row) const
{
    return textAt(row, Column::UserId);
}

int UserTableModel::rowOfId(const QString &id) const
{
    const QByteArray utf8 = id.toUtf8();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (field(QByteArrayView(m_rows.at(i).blob), 0) == utf8)
            return i;
    }
    return -1;
}

QByteArrayView UserTableModel::searchKey(int row) const
{
    const Row &r = m_rows.at(row);
    return QByteArrayView(r.blob).sliced(r.keyOffset);
}

QByteArrayView UserTableModel::sortKey(int row, Column column) const
{
    const int index = textIndex(column);
    if (index < 0)
        return {};
    const Row &r = m_rows.at(row);
    const QByteArrayView key = QByteArrayView(r.blob).sliced(r.keyOffset);
    const qsizetype start = std::min<qsizetype>(r.keyStarts[index], key.size());
    const qsizetype end = index + 1 < kTextColumns
                              ? std::min<qsizetype>(r.keyStarts[index + 1] - 1, key.size())
                              : key.size();
    return end > start ? key.sliced(start, end - start) : QByteArrayView();
}

qint64 UserTableModel::numberAt(int row, Column column) const
{
    const Row &r = m_rows.at(row);
    return column == Column::Xp ? r.xp : column == Column::Coins ? r.coins : 0;
}

QString UserTableModel::localDate(const QString &apiDate)
{
    // The day the API names, time and zone left out: a join date is a day, and moving it to
    // the local zone would put a midnight-UTC join on the day before in the Americas.
    const QDate date = apiDate.size() == 10 || (apiDate.size() > 10 && apiDate.at(10) == u'T')
                           ? QDate::fromString(apiDate.left(10), Qt::ISODate)
                           : QDate();
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : apiDate;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (isNumeric(column))
            return QLocale().toString(numberAt(index.row(), column));
        if (column == Column::JoinDate)
            return localDate(textAt(index.row(), column));
        return textAt(index.row(), column);
    case Qt::EditRole: // raw values, e.g. for CSV export
        if (isNumeric(column))
            return numberAt(index.row(), column);
        return textAt(index.row(), column);
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case int(DataRole::Id):
        return idAt(index.row());
    case int(DataRole::Sort):
        if (isNumeric(column))
            return numberAt(index.row(), column);
        return QString::fromUtf8(sortKey(index.row(), column));
    default:
        return {};
    }
}

Qt::ItemFlags UserTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = PagedTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList UserTableModel::mimeTypes() const
{
    return {AssignTarget::userIdsMimeType, QStringLiteral("text/plain")};
}

QMimeData *UserTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    QSet<int> seen;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !seen.contains(index.row())) {
            seen.insert(index.row());
            rows.append(index.row());
        }
    }
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    ids.reserve(rows.size());
    for (int row : rows)
        ids.append(idAt(row));
    auto *mime = new QMimeData;
    AssignTarget::writeUserIds(*mime, ids);
    return mime;
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::UserId:
        return tr("User ID");
    case Column::Username:
        return tr("Username");
    case Column::Email:
        return tr("E-mail");
    case Column::FirstName:
        return tr("First name");
    case Column::LastName:
        return tr("Last name");
    case Column::DisplayName:
        return tr("Display name");
    case Column::JoinDate:
        return tr("Joined");
    case Column::Country:
        return tr("Country");
    case Column::Language:
        return tr("Language");
    case Column::Phone:
        return tr("Phone");
    case Column::Xp:
        return tr("XP");
    case Column::Coins:
        return tr("Coins");
    case Column::Count:
        break;
    }
    return {};
}

void UserTableModel::setFilter(const UserFilterSpec &filter)
{
    m_filter = filter;
    reload();
}

void UserTableModel::setPaging(Paging paging)
{
    if (paging == m_paging)
        return;
    m_paging = paging;
    reload();
}

void UserTableModel::setQuery(const UserFilterSpec &filter, Paging paging)
{
    m_filter = filter;
    m_paging = paging;
    reload();
}

void UserTableModel::dropLoadedRows()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void UserTableModel::dropRows()
{
    m_rows.clear();
    m_rows.squeeze();
}

void UserTableModel::resetPaging()
{
    m_cursor.clear();
    m_nextPage = 1;
}

ApiReplyBase *UserTableModel::requestPage(quint64 generation)
{
    QStringList fields;
    for (int c = int(Column::Username); c < int(Column::Count); ++c)
        fields.append(apiField(Column(c)));
    auto failed = [this, generation](const ApiError &error) {
        failPage(generation, error);
    };
    if (m_paging == Paging::Cursor) {
        return m_client.getUsersByCursor(fields, m_filter.toJson(), m_cursor)
            ->then(
                this,
                [this, generation, fields](const UserPage &page) {
                    const bool first = pagesLoaded() == 0;
                    if (!acceptPage(generation, page.nextCursor.isEmpty(), page.total))
                        return;
                    m_cursor = page.nextCursor;
                    appendRows(page.users);
                    pageDone(int(page.users.size()));
                    if (first && !isComplete() && totalCount() < 0)
                        askTotal(generation, fields);
                },
                failed);
    }
    return m_client.getUsersByPage(fields, m_filter.toJson(), m_nextPage)
        ->then(
            this,
            [this, generation](const UserPage &page) {
                const int current = std::max(page.currentPage, m_nextPage);
                if (!acceptPage(generation, page.users.isEmpty() || current >= page.totalPages,
                                page.total))
                    return;
                m_nextPage = current + 1;
                appendRows(page.users);
                pageDone(int(page.users.size()));
            },
            failed);
}

void UserTableModel::askTotal(quint64 generation, const QStringList &fields)
{
    // Cursor pages carry no total; the first numbered page of the same filter does (the
    // server's total, or its page count: at most 200 a page, so an upper bound). One request
    // per list, never repeated; a failure leaves the total unknown.
    m_client.getUsersByPage(fields, m_filter.toJson(), 1)
        ->then(
            this,
            [this, generation](const UserPage &page) {
                if (page.total >= 0)
                    learnTotal(generation, page.total, false);
                else if (page.totalPages > 0)
                    learnTotal(generation, qint64(page.totalPages) * UserPage::pageSize, true);
            },
            [](const ApiError &) {});
}

void UserTableModel::appendRows(const QList<UserData> &users)
{
    if (users.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(users.size()) - 1);
    for (const UserData &u : users)
        m_rows.append(makeRow(u));
    endInsertRows();
}

} // namespace ra
