#include "demonames.h"

#include "demorandom.h"

#include <QHash>

namespace ra::sandbox {

namespace {
struct Name
{
    const char16_t *native;
    const char *roman;
};

struct Script
{
    const Name *first;
    int firstCount;
    const Name *last;
    int lastCount;
    const char *const *countries;
    int countryCount;
    const char16_t *language;
};

const Name latinFirst[] = {
    {u"Émile", "emile"},   {u"Zoë", "zoe"},       {u"Søren", "soren"},       {u"Jürgen", "jurgen"},
    {u"Björn", "bjorn"},   {u"Amélie", "amelie"}, {u"François", "francois"}, {u"Åsa", "asa"},
    {u"Łukasz", "lukasz"}, {u"José", "jose"},     {u"Chloé", "chloe"},       {u"Ingrid", "ingrid"},
    {u"Mateo", "mateo"},   {u"Ada", "ada"},       {u"Grace", "grace"},       {u"Linus", "linus"}};
const Name latinLast[] = {
    {u"Müller", "muller"},       {u"Weiß", "weiss"},        {u"Großmann", "grossmann"},
    {u"Øvergaard", "overgaard"}, {u"Sørensen", "sorensen"}, {u"Lefèvre", "lefevre"},
    {u"García", "garcia"},       {u"Dvořák", "dvorak"},     {u"Nowak", "nowak"},
    {u"Lovelace", "lovelace"},   {u"Hansen", "hansen"},     {u"Rossi", "rossi"}};
const Name cyrFirst[] = {{u"Жанна", "zhanna"},   {u"Борис", "boris"}, {u"Анна", "anna"},
                         {u"Дмитрий", "dmitry"}, {u"Ольга", "olga"},  {u"Иван", "ivan"}};
const Name cyrLast[] = {{u"Жуков", "zhukov"},
                        {u"Иванова", "ivanova"},
                        {u"Смирнов", "smirnov"},
                        {u"Кузнецова", "kuznetsova"},
                        {u"Попов", "popov"}};
const Name zhFirst[] = {{u"伟", "wei"},       {u"芳", "fang"}, {u"娜", "na"},
                        {u"秀英", "xiuying"}, {u"敏", "min"},  {u"静", "jing"}};
const Name zhLast[] = {
    {u"王", "wang"}, {u"李", "li"}, {u"张", "zhang"}, {u"刘", "liu"}, {u"陈", "chen"}};
const Name jaFirst[] = {{u"さくら", "sakura"},
                        {u"ハルト", "haruto"},
                        {u"陽翔", "hinata"},
                        {u"結衣", "yui"},
                        {u"蓮", "ren"}};
const Name jaLast[] = {
    {u"佐藤", "sato"}, {u"鈴木", "suzuki"}, {u"高橋", "takahashi"}, {u"田中", "tanaka"}};

const char *const latinCountries[] = {"DE", "FR", "NO", "DK", "ES", "PL", "GB", "US", "SE", "CZ"};
const char *const cyrCountries[] = {"RU", "UA", "KZ"};
const char *const zhCountries[] = {"CN", "TW", "SG"};
const char *const jaCountries[] = {"JP"};

const Script scripts[] = {
    {latinFirst, int(std::size(latinFirst)), latinLast, int(std::size(latinLast)), latinCountries,
     int(std::size(latinCountries)), u"English"},
    {cyrFirst, int(std::size(cyrFirst)), cyrLast, int(std::size(cyrLast)), cyrCountries,
     int(std::size(cyrCountries)), u"Русский"},
    {zhFirst, int(std::size(zhFirst)), zhLast, int(std::size(zhLast)), zhCountries,
     int(std::size(zhCountries)), u"中文"},
    {jaFirst, int(std::size(jaFirst)), jaLast, int(std::size(jaLast)), jaCountries,
     int(std::size(jaCountries)), u"日本語"},
};

const char16_t *const emoji[] = {u" 🚀", u" 🌸", u" 🎮", u" 🔥", u" ⭐", u" 🦊"};
const char *const domains[] = {"example.com", "example.org", "mail.example.net"};
const char16_t *const latinLanguages[] = {u"English", u"Deutsch", u"Français", u"Norsk",
                                          u"Español"};
} // namespace

namespace {
// The pools as QStrings, built once, so a million people share their text.
struct Pools
{
    QHash<const char16_t *, QString> text;
    const QString &operator()(const char16_t *s)
    {
        auto it = text.find(s);
        if (it == text.end())
            it = text.insert(s, QString::fromUtf16(s));
        return *it;
    }
};
} // namespace

DemoNames::Person DemoNames::person(quint64 seed, qint64 userId)
{
    thread_local Pools pool;
    const quint64 h = DemoRandom::hash(seed, 0x6E616D65ULL, quint64(userId));
    // Latin names are the most common; the other scripts appear often enough
    // that any page of users shows them.
    const int pick = int(h % 10);
    const Script &s = scripts[pick < 5 ? 0 : pick < 7 ? 1 : pick < 9 ? 2 : 3];
    const Name &f = s.first[(h >> 8) % quint64(s.firstCount)];
    const Name &l = s.last[(h >> 16) % quint64(s.lastCount)];
    Person p;
    p.firstName = pool(f.native);
    p.lastName = pool(l.native);
    p.displayName = p.firstName + QLatin1Char(' ') + p.lastName;
    if ((h >> 24) % 5 == 0)
        p.displayName += pool(emoji[(h >> 28) % std::size(emoji)]);
    p.stem = QLatin1String(f.roman) + QLatin1Char('.') + QLatin1String(l.roman);
    p.domain = QLatin1String(domains[(h >> 32) % std::size(domains)]);
    p.username = p.stem + QString::number(userId);
    p.email = p.username + QLatin1Char('@') + p.domain;
    p.country = QLatin1String(s.countries[(h >> 36) % quint64(s.countryCount)]);
    p.language = &s == &scripts[0] ? pool(latinLanguages[(h >> 40) % 5]) : pool(s.language);
    return p;
}

} // namespace ra::sandbox
