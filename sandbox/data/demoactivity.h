#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace ra::sandbox {

// Derives the per-day and per-field data of seeded users from (seed, user id,
// date) instead of storing it: a million users times 180 days would be 180
// million rows. Handlers read a stored row first (daily_activity,
// field_values) and fall back to these values for users the seeder made; the
// seeder records the custom-field changes it applies (fieldValue() for k =
// 0..historyPerField-1, on historyDate()) as field_histories rows. Stateless;
// thread-safe.
class DemoActivity
{
public:
    struct Day
    {
        int xp = 0;
        int coins = 0;
        int messages = 0;
        int replies = 0;
        int reactions = 0;
        int socials = 0;
    };

    // Days of derived history before the seed date.
    static constexpr int historyDays = 180;
    // Values the seed sets in turn per (seeded user, seeded field); the last is
    // the current value.
    static constexpr int historyPerField = 6;
    // The seeded custom fields: key, display name, type.
    static constexpr int seededFieldCount = 4;
    static const char *fieldKey(int index);
    static const char *fieldName(int index);
    static const char *fieldType(int index);

    // Activity of a seeded user on `date` (zero before `joined`, after
    // `seedDate`, and for dates older than historyDays before it).
    static Day day(quint64 seed, qint64 userId, const QDate &date, const QDate &joined,
                   const QDate &seedDate);
    // The k-th (0-based, oldest first) derived value of seeded field `index`.
    static QString fieldValue(quint64 seed, qint64 userId, int index, int k);
    // When the k-th derived value was set: spread over the historyDays before
    // the seed date, oldest first.
    static QDate historyDate(quint64 seed, qint64 userId, int index, int k, const QDate &seedDate);
};

} // namespace ra::sandbox
