#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// One day (or the range totals) of gamification history (xp, coins) or action stats (messages,
// replies, reactions, socials). Value type: decoded tolerantly by fromJson() (see JsonReader);
// fields the client does not know are kept in `extra` and written back by toJson().
struct GamificationDay
{
    QString date;
    QString identifier;
    QString userId;
    qint64 xp = 0;
    qint64 coins = 0;
    qint64 messages = 0;
    qint64 replies = 0;
    qint64 reactions = 0;
    qint64 socials = 0;
    QJsonObject extra; // unknown fields, kept

    static GamificationDay fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
