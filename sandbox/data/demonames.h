#pragma once

#include <QString>
#include <QtGlobal>

namespace ra::sandbox {

// Deterministic demo people with non-ASCII names in several scripts (Latin
// with diacritics, Cyrillic, Chinese, Japanese, emoji in display names) and
// ASCII usernames and e-mail addresses derived from a romanised form.
// Stateless; thread-safe.
class DemoNames
{
public:
    struct Person
    {
        QString firstName;
        QString lastName;
        QString displayName;
        QString stem;     // romanised "first.last"
        QString domain;   // e-mail domain
        QString username; // unique: stem + user id
        QString email;    // unique: username @ domain
        QString country;
        QString language;
    };

    static Person person(quint64 seed, qint64 userId);
};

} // namespace ra::sandbox
