#pragma once

#include "api/apierror.h"
#include "domain/userdata.h"
#include "stores/newuserrequest.h"

#include <QObject>

#include <functional>

namespace ra {

class ApiClient;

// Creates users (Create New User) and manages accounts (Manage User account: delete and
// restore, the actions the API documents) through the API client, and reports each success as a
// signal so the users table and the detail panel can refresh. Does not own the client; GUI
// thread.
class UserAccountStore : public QObject
{
    Q_OBJECT

public:
    enum class Action { Delete, Restore };
    Q_ENUM(Action)

    // Called once with the created user, or with the error; not called when `context` died.
    using CreateDone = std::function<void(const UserData &user, const ApiError &error)>;
    using ManageDone = std::function<void(const ApiError &error)>;

    explicit UserAccountStore(ApiClient &client, QObject *parent = nullptr);

    // Sends `request` (validate() it first: an invalid request fails at once with a Request
    // error naming the field). Emits userCreated() on success.
    void createUser(const NewUserRequest &request, QObject *context, CreateDone done = {});
    // Runs `action` on the user named by `user` (the API takes a username; an id or an e-mail
    // also work where the server resolves them). `userId` is what accountChanged() reports.
    void manageUser(Action action, const QString &user, const QString &userId, QObject *context,
                    ManageDone done = {});

    // The API's name of an action ("delete", "restore").
    static QString actionName(Action action);

signals:
    void userCreated(const ra::UserData &user);
    void accountChanged(const QString &userId, ra::UserAccountStore::Action action);
    void operationFailed(const ra::ApiError &error);

private:
    ApiClient &m_client;
};

} // namespace ra
