#pragma once

#include <QString>

namespace ra::sandbox {

// What the user searches may hold, checked before a term reaches SQLite, so
// a term SQLite cannot use is a 400 with the reason instead of a quiet empty
// result. Pure functions; any thread.
namespace SearchTerm {

// Longest term in characters; SQLite refuses LIKE patterns over 50,000 bytes.
constexpr int maxChars = 200;

// False, with `error` naming `field` and the reason, for a term over
// maxChars or holding control characters.
bool check(const QString &field, const QString &term, QString *error);

// A LIKE pattern matching values that start with `term` literally: %, _ and
// the escape character are escaped for `LIKE ? ESCAPE '\'`.
QString likePrefix(const QString &term);

} // namespace SearchTerm

} // namespace ra::sandbox
