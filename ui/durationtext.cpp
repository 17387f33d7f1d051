#include "durationtext.h"

namespace ra {

QString DurationText::ofSeconds(qint64 seconds)
{
    if (seconds < 0)
        return tr("unknown");
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString DurationText::ofMs(qint64 ms)
{
    return ofSeconds(ms < 0 ? -1 : (ms + 999) / 1000);
}

} // namespace ra
