#pragma once

#include "sandboxapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace ra::sandbox {

class DataStore;
class Handlers;
class UserDirectory;

// User-field history routes: all of a community, by field, by user, by field
// and user (each paged with `page` and `limit`), and create for a user.
// A seeded user has DemoActivity::historyPerField derived entries per seeded
// field, listed before the stored ones, so paging stays O(page).
// Owned by Handlers; server thread.
class FieldHistoryHandlers
{
public:
    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 1000;

    explicit FieldHistoryHandlers(DataStore &store);
    ~FieldHistoryHandlers();
    void install(Handlers &handlers);

private:
    struct Field
    {
        QString id;
        QString key;
        int seededIndex = 0; // 1-based; 0 = not seeded
    };

    Response list(const Request &r, bool byField, bool byUser);
    Response create(const Request &r);
    QList<Field> fields(const QString &community, const QString &onlyId);
    QJsonObject derived(const QString &community, qint64 user, const QString &userOid,
                        const Field &field, int k);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
};

} // namespace ra::sandbox
