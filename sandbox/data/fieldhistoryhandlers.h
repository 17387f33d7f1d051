#pragma once

#include "sandboxapi.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ra::sandbox {

class DataStore;
class FieldValueWriter;
class Handlers;
class UserDirectory;

// User-field history routes (project-defined paths): all of a community, by
// field, by user, by field and user, and create for a user. The lists page
// with `page` and `limit` and narrow with `from` and `to` (ISO 8601 date or
// date-time; a date `to` takes in its whole day) and `order` (`asc`, the
// default, or `desc`, newest first), over the indexes on
// (community, time) and (field, time). An entry is one recorded change:
// value, previousValue, changedBy (the operation that made it: createUser,
// bulkImport, bulkUpdate, createFieldHistory or seed) and the member's
// username. Owned by Handlers; server thread.
class FieldHistoryHandlers
{
public:
    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 1000;

    explicit FieldHistoryHandlers(DataStore &store);
    ~FieldHistoryHandlers();
    void install(Handlers &handlers);

private:
    Response list(const Request &r, bool byField, bool byUser);
    Response create(const Request &r);
    QJsonObject entry(const QString &id);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<FieldValueWriter> m_writer;
};

} // namespace ra::sandbox
