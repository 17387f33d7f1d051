#pragma once

#include "demoactivity.h"
#include "fieldvaluewriter.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace ra::sandbox {

class DataStore;

// Finds users and renders them in the API's shapes; reads a user's daily
// activity and custom-field values (a stored row first, else the value
// DemoActivity derives for a seeded user) and records new activity.
// Shared by the handler classes; uses the DataStore's connection, so it lives
// on the server's thread. Does not own the store.
class UserDirectory
{
public:
    explicit UserDirectory(DataStore &store);

    // Finds a user by legacy numeric id, 24-hex ObjectId, e-mail or username.
    // `type` ("email", "username", "id", "user_id", "_id"; empty = guess)
    // narrows the match. Returns 0 when there is none.
    qint64 find(const QString &identifier, const QString &type = {}, bool withDeleted = false);
    bool isDeleted(qint64 id);
    QString oid(qint64 id);
    QString communityOf(qint64 id);

    // Get User Data's documented shape (+ _id and email).
    QJsonObject userData(qint64 id);
    // Application "Get user" shape.
    QJsonObject applicationUser(qint64 id);
    // The short creator object of user fields.
    QJsonObject creator(qint64 id);

    QDate seedDate();
    qint64 seedUsers();
    bool isSeeded(qint64 id);
    QDate joinDate(qint64 id);

    DemoActivity::Day day(qint64 id, const QDate &date);
    // Adds to the user's activity of today (stored from then on).
    void addActivity(qint64 id, int xp, int coins, int messages, int replies, int reactions);
    // The current value of a custom field for a user (empty when unset).
    QString fieldValue(qint64 userId, const QString &fieldId, int seededIndex);
    // For FieldValueWriter: a member's value without a stored one (the
    // derived value of a seeded member, else empty). Borrows this directory.
    FieldValueWriter::Fallback derivedValues();

private:
    DataStore &m_store;
    QDate m_seedDate;
    qint64 m_seedUsers = -1;
};

} // namespace ra::sandbox
