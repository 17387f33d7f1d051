#include "item/apikeytablemodel.h"

#include "stores/userapikeystore.h"

#include <QLocale>

namespace ra {

ApiKeyTableModel::ApiKeyTableModel(UserApiKeyStore *store, QObject *parent)
    : KeyedTableModel<ApiKey>(parent)
{
    followStore(store);
}

int ApiKeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ApiKey ApiKeyTableModel::keyAt(int row) const
{
    return row >= 0 && row < rows().size() ? rows().at(row) : ApiKey();
}

QDateTime ApiKeyTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

ApiKeyTableModel::Expiry ApiKeyTableModel::expiryOf(const ApiKey &key, const QDateTime &now)
{
    const QDateTime expires = QDateTime::fromString(key.expireDate, Qt::ISODateWithMs);
    if (!expires.isValid())
        return Expiry::Never;
    if (expires <= now)
        return Expiry::Expired;
    if (now.secsTo(expires) <= qint64(kSoonDays) * 24 * 3600)
        return Expiry::Soon;
    return Expiry::Later;
}

QString ApiKeyTableModel::statusText(const ApiKey &key, const QDateTime &now)
{
    switch (expiryOf(key, now)) {
    case Expiry::Expired:
        return tr("Expired");
    case Expiry::Soon: {
        const QDateTime expires = QDateTime::fromString(key.expireDate, Qt::ISODateWithMs);
        const int days = int((now.secsTo(expires) + 86399) / 86400);
        return tr("Expires in %n day(s)", nullptr, days);
    }
    case Expiry::Never:
    case Expiry::Later:
        break;
    }
    return key.isActive ? QString() : tr("Inactive");
}

QString ApiKeyTableModel::dateText(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

QVariant ApiKeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const ApiKey &k = rows().at(index.row());
    if (role == IdRole)
        return k.id;
    if (role == ExpiryRole)
        return int(expiryOf(k, now()));
    if (role == Qt::ToolTipRole && index.column() == Expires && k.expireDate.isEmpty())
        return tr("The key does not expire");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return k.name;
    case Permissions:
        return k.permissions.join(QStringLiteral(", "));
    case Created:
        return role == SortRole ? k.createdAt : dateText(k.createdAt);
    case Expires:
        if (k.expireDate.isEmpty())
            return role == SortRole ? QString() : tr("Never");
        return role == SortRole ? k.expireDate : dateText(k.expireDate);
    case LastUsed:
        if (k.lastUsedAt.isEmpty())
            return role == SortRole ? QString() : tr("Not reported");
        return role == SortRole ? k.lastUsedAt : dateText(k.lastUsedAt);
    case Active:
        return k.isActive ? tr("Yes") : tr("No");
    case Status:
        return statusText(k, now());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Permissions:
        return tr("Permissions");
    case Created:
        return tr("Created");
    case Expires:
        return tr("Expires");
    case LastUsed:
        return tr("Last used");
    case Active:
        return tr("Active");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ra
