#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Test and benchmark helper: the file, `before`, then one line of
// `commas` commas (60,000,000 by default: 60 MB of empty cells), then
// `after`, written to `path` a MiB at a time. False when it cannot be
// written.
inline bool writeCommaLine(const QString &path, const QByteArray &before, const QByteArray &after,
                           qint64 commas = 60000000)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(before) != before.size())
        return false;
    const QByteArray block(1 << 20, ',');
    for (qint64 left = commas; left > 0; left -= block.size()) {
        const qint64 n = qMin(left, qint64(block.size()));
        if (f.write(block.constData(), n) != n)
            return false;
    }
    return f.write(after) == after.size();
}
