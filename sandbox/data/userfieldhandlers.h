#pragma once

#include "domain/userfield.h"
#include "sandboxapi.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

#include <memory>

namespace ra::sandbox {

class DataStore;
class RequestReader;
class Handlers;
class UserDirectory;

// Application user-field routes: list, get, create ({field, name, type}, and the older body's
// description, required, defaultValue and options), update (the same without the key) and
// delete. Definitions are checked with UserFieldRules, so a bad one is a 400 naming the field.
// Owned by Handlers; server thread.
class UserFieldHandlers
{
public:
    explicit UserFieldHandlers(DataStore &store);
    ~UserFieldHandlers();
    void install(Handlers &handlers);

    // Checks the {communityId} path parameter: 400 when it is not an
    // ObjectId, 404 when there is no such community, 403 when the key
    // belongs to another community. Returns false with `error` set.
    static bool checkCommunity(const Request &r, DataStore &store, Response *error);
    static QJsonObject fieldJson(DataStore &store, UserDirectory &users, const QString &id);
    // The definition of field `id` (empty id when there is none), for checking values.
    static UserField definition(DataStore &store, const QString &id);
    // Completes a new member's custom values (field id, value): a field without one gets its
    // default. Returns why not when a required field has neither (naming it), else empty.
    static QString addDefaults(DataStore &store, const QString &community,
                               QList<QPair<QString, QString>> *values);

private:
    Response list(const Request &r);
    Response get(const Request &r);
    Response create(const Request &r);
    Response update(const Request &r);
    Response remove(const Request &r);
    // Reads the optional definition fields into `field`; false (with `in` failed) when one is
    // of the wrong JSON type.
    static void readRules(RequestReader &in, UserField *field);
    void writeRules(const UserField &field);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
};

} // namespace ra::sandbox
