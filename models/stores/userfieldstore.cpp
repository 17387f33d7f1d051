#include "stores/userfieldstore.h"

#include "api/apiclient.h"

namespace ra {

UserFieldStore::UserFieldStore(ApiClient &client, QObject *parent)
    : EntityStore<UserField>(parent)
    , m_client(client)
{
}

std::optional<UserField> UserFieldStore::field(const QString &keyIdOrName) const
{
    const QString wanted = keyIdOrName.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const auto &match : {&UserField::field, &UserField::id, &UserField::name}) {
        for (const UserField &f : items()) {
            if (f.*match == wanted)
                return f;
        }
    }
    return std::nullopt;
}

void UserFieldStore::reload()
{
    // Not connected yet (the built-in profile before its sandbox listens): wait for the next bind.
    if (!m_client.config().baseUrl(ApiFamily::Application).isValid())
        return clear();
    trackLoad(m_client.getUserFields());
}

void UserFieldStore::create(const UserField &field, QObject *context, Done done)
{
    trackCreate(m_client.createUserField(field), context, std::move(done));
}

void UserFieldStore::update(const UserField &field, QObject *context, Done done)
{
    UserField target = field;
    target.id = currentId(field.id);
    trackUpdate(m_client.updateUserField(target), context, std::move(done));
}

void UserFieldStore::remove(const QString &id, QObject *context, Done done)
{
    const QString target = currentId(id);
    trackRemove(m_client.deleteUserField(target), target, context, std::move(done));
}

} // namespace ra
