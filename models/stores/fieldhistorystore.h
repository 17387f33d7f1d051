#pragma once

#include "api/apierror.h"
#include "domain/fieldhistoryentry.h"
#include "domain/userfield.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace ra {

class ApiClient;
class ApiReplyBase;

// What the Field history pane needs besides its timeline: the community's custom fields (to
// filter and chart by, Get user fields) and adding a history entry for a member (Create user
// field history for specific user). Does not own the client; GUI thread.
class FieldHistoryStore : public QObject
{
    Q_OBJECT

public:
    explicit FieldHistoryStore(ApiClient &client, QObject *parent = nullptr);
    ~FieldHistoryStore() override;

    void reloadFields();
    // Drops the fields and any answer still on its way (a profile switch).
    void clear();
    const QList<UserField> &fields() const { return m_fields; }
    bool isLoadingFields() const { return !m_loading.isNull(); }
    // The field with this id, or nullptr.
    const UserField *field(const QString &fieldId) const;
    // True for the types the chart draws (numbers and dates).
    static bool isChartable(const QString &type);

    // Records `value` for the member `userId` (an id, e-mail or username) in field `fieldId`.
    // A number field gets a JSON number when `value` reads as one.
    void addEntry(const QString &userId, const QString &fieldId, const QString &value);
    bool isAdding() const { return !m_adding.isNull(); }

signals:
    void fieldsChanged();
    void fieldsFailed(const ra::ApiError &error);
    void entryAdded(const ra::FieldHistoryEntry &entry);
    void addFailed(const ra::ApiError &error);

private:
    ApiClient &m_client;
    QList<UserField> m_fields;
    QPointer<ApiReplyBase> m_loading;
    QPointer<ApiReplyBase> m_adding;
};

} // namespace ra
