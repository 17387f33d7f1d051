#pragma once

#include "domain/apikey.h"
#include "item/keyedtablemodel.h"

#include <QDateTime>

namespace ra {

class UserApiKeyStore;

// One member's user API keys as a table: name, permissions, created, expires, last used (where
// the server says), active, and a status that marks expired keys and keys expiring within
// kSoonDays. Follows a UserApiKeyStore row by row. Never holds a whole secret (the store strips
// it). GUI thread.
class ApiKeyTableModel : public KeyedTableModel<ApiKey>
{
    Q_OBJECT

public:
    enum Column { Name, Permissions, Created, Expires, LastUsed, Active, Status, ColumnCount };
    Q_ENUM(Column)
    enum class Expiry { Never, Later, Soon, Expired };
    Q_ENUM(Expiry)
    static constexpr int ExpiryRole = Qt::UserRole + 10; // Expiry, as int
    static constexpr int kSoonDays = 7;

    explicit ApiKeyTableModel(UserApiKeyStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ApiKey keyAt(int row) const;
    // Where `key` stands against `now`: no expiry, later, within kSoonDays, or past.
    static Expiry expiryOf(const ApiKey &key, const QDateTime &now);
    // "Expired", "Expires in 3 days", "Inactive" or empty, for people.
    static QString statusText(const ApiKey &key, const QDateTime &now);
    // For tests: the time expiries are measured against (default: the clock).
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime now() const;
    static QString dateText(const QString &iso);

    QDateTime m_now;
};

} // namespace ra
