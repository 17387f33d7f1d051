#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ra {

// One user as the Integration API reports it (Get User Data, Create New User, a row of Get Users
// with Filters): default and custom fields, gamification counters. Value type: decoded tolerantly
// by fromJson() (see JsonReader); fields the client does not know are kept in `extra` and written
// back by toJson().
struct UserData
{
    QString userId;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString displayName;
    qint64 xp = 0;
    qint64 coins = 0;
    QStringList roles;
    QString highestRole;
    qint64 xpEarnedToday = 0;
    qint64 coinsEarnedToday = 0;
    QString language;
    QString country;
    QString phone;
    QString joinDate;
    qint64 totalMessages = 0;
    qint64 totalReactions = 0;
    qint64 visitCount = 0;
    qint64 replySent = 0;
    qint64 timeSpent = 0;
    qint64 loginStreak = 0;
    bool deleted = false;
    QJsonObject customFields;
    QJsonObject extra; // unknown fields, kept

    static UserData fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
