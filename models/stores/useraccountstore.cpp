#include "stores/useraccountstore.h"

#include "api/apiclient.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace ra {

Q_LOGGING_CATEGORY(lcUserAccount, "ra.stores.useraccount")

UserAccountStore::UserAccountStore(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString UserAccountStore::actionName(Action action)
{
    return action == Action::Restore ? QStringLiteral("restore") : QStringLiteral("delete");
}

void UserAccountStore::createUser(const NewUserRequest &request, QObject *context, CreateDone done)
{
    QPointer<QObject> guard(context);
    const QList<NewUserRequest::Problem> problems = request.validate();
    if (!problems.isEmpty()) {
        // Refused before sending; reported asynchronously like every other outcome.
        ApiError error = ApiError::make(ApiError::Kind::Request,
                                        NewUserRequest::apiName(problems.first().field) +
                                            QStringLiteral(": ") + problems.first().message);
        error.operationId = QStringLiteral("createUser");
        error.serverMessage = problems.first().message;
        QTimer::singleShot(0, this, [this, guard, done, error] {
            emit operationFailed(error);
            if (done && guard)
                done({}, error);
        });
        return;
    }
    m_client.createUser(request.toJson())
        ->then(
            this,
            [this, guard, done](const UserData &user) {
                qCInfo(lcUserAccount) << "created user" << user.userId;
                emit userCreated(user);
                if (done && guard)
                    done(user, {});
            },
            [this, guard, done](const ApiError &error) {
                emit operationFailed(error);
                if (done && guard)
                    done({}, error);
            });
}

void UserAccountStore::manageUser(Action action, const QString &user, const QString &userId,
                                  QObject *context, ManageDone done)
{
    QPointer<QObject> guard(context);
    m_client.manageUser(actionName(action), user)
        ->then(
            this,
            [this, guard, done, action, userId](const ApiResponse &) {
                qCInfo(lcUserAccount) << "ran" << actionName(action) << "on user" << userId;
                emit accountChanged(userId, action);
                if (done && guard)
                    done({});
            },
            [this, guard, done](const ApiError &error) {
                emit operationFailed(error);
                if (done && guard)
                    done(error);
            });
}

} // namespace ra
