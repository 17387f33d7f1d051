#pragma once

#include <QCoreApplication>
#include <QString>

namespace ra {

// How long something takes or is left to take, as the progress views of bulk work say it:
// "42 seconds", "3 min 7 s", "2 h 5 min"; "unknown" for a negative value (no estimate yet).
// Shared by the import and the assignment views so both read alike. Stateless.
struct DurationText
{
    Q_DECLARE_TR_FUNCTIONS(ra::DurationText)

public:
    static QString ofSeconds(qint64 seconds);
    // Milliseconds, rounded up to whole seconds (a job 0.3 s from its end is "1 second" away).
    static QString ofMs(qint64 ms);
};

} // namespace ra
