#pragma once

#include "domain/userfield.h"
#include "stores/entitystore.h"

namespace ra {

class ApiClient;

// The canonical list of the community's custom user fields ("Get all user fields for a
// community"); creates, updates and deletes them through the Application API and reports every
// change as a signal. The Users filter bar, the detail panel, the create-member dialog and the
// import wizard read the fields' types from here. field() finds one by key, id or name, as the
// API's fieldIdorName does. reload() refetches (call it after a profile switch). Does not own
// the client; GUI thread.
class UserFieldStore : public EntityStore<UserField>
{
    Q_OBJECT

public:
    explicit UserFieldStore(ApiClient &client, QObject *parent = nullptr);

    const QList<UserField> &fields() const { return items(); }
    // The field whose key, id or name is `keyIdOrName` (key first), if any.
    std::optional<UserField> field(const QString &keyIdOrName) const;

    void reload() override;
    void create(const UserField &field, QObject *context, Done done = {}) override;
    void update(const UserField &field, QObject *context, Done done = {}) override;
    void remove(const QString &id, QObject *context, Done done = {});

signals:
    void added(const ra::UserField &field);
    void changed(const ra::UserField &field);

protected:
    void notifyAdded(const UserField &field) override { emit added(field); }
    void notifyChanged(const UserField &field) override { emit changed(field); }

private:
    ApiClient &m_client;
};

} // namespace ra
