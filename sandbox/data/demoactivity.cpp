#include "demoactivity.h"

#include "demorandom.h"

namespace ra::sandbox {

namespace {
const char *const keys[] = {"customerid", "deposit-amount", "tier", "birthday"};
const char *const names[] = {"Customer ID", "Deposit Amount", "Tier", "Birthday"};
const char *const types[] = {"single-line-text", "numerical", "text", "date"};
const char *const tiers[] = {"Bronze", "Silver", "Gold", "Platinum"};
} // namespace

const char *DemoActivity::fieldKey(int index)
{
    return keys[index];
}

const char *DemoActivity::fieldName(int index)
{
    return names[index];
}

const char *DemoActivity::fieldType(int index)
{
    return types[index];
}

DemoActivity::Day DemoActivity::day(quint64 seed, qint64 userId, const QDate &date,
                                    const QDate &joined, const QDate &seedDate)
{
    Day d;
    if (!date.isValid() || date < joined || date > seedDate || date.daysTo(seedDate) >= historyDays)
        return d;
    // Each user has a fixed activity level; a day is active with that chance.
    const quint64 level = DemoRandom::hash(seed, 0x6C76ULL, quint64(userId)) % 100;
    const quint64 h =
        DemoRandom::hash(seed, 0x646179ULL, quint64(userId), quint64(date.toJulianDay()));
    if (h % 100 >= level)
        return d;
    d.messages = int((h >> 8) % 12);
    d.replies = int((h >> 12) % 6);
    d.reactions = int((h >> 16) % 9);
    d.socials = int((h >> 20) % 4);
    d.xp = d.messages * 10 + d.replies * 5 + d.reactions * 2 + d.socials * 3;
    d.coins = d.xp / 10 + int((h >> 24) % 3);
    return d;
}

QString DemoActivity::fieldValue(quint64 seed, qint64 userId, int index, int k)
{
    const quint64 h = DemoRandom::hash(seed, 0x666C64ULL + quint64(index), quint64(userId));
    switch (index) {
    case 0:
        return QStringLiteral("C%1").arg(h % 10000000, 7, 10, QLatin1Char('0'));
    case 1:
        return QString::number(quint64(k + 1) * (100 + (h % 900)));
    case 2:
        return QString::fromLatin1(tiers[qMin(3, int((h % 2) + quint64(k) / 2))]);
    default:
        return QDate(1960, 1, 1).addDays(qint64(h % 16000)).toString(Qt::ISODate);
    }
}

QDate DemoActivity::historyDate(quint64 seed, qint64 userId, int index, int k,
                                const QDate &seedDate)
{
    const int span = historyDays / historyPerField;
    const quint64 h =
        DemoRandom::hash(seed, 0x686973ULL + quint64(index), quint64(userId), quint64(k));
    return seedDate.addDays(-historyDays + k * span + int(h % quint64(span)));
}

} // namespace ra::sandbox
