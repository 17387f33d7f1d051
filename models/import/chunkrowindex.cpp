#include "import/chunkrowindex.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace ra {

bool ChunkRowIndex::build(const QString &path, QString *error)
{
    m_path = path;
    m_lines.clear();
    m_offsets.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    bool quoted = false;
    bool atRecordStart = true;
    qint64 line = 1;
    qint64 offset = 0;
    QByteArray block;
    while (!(block = file.read(1 << 16)).isEmpty()) {
        for (const char c : std::as_const(block)) {
            if (atRecordStart) {
                m_lines.append(line);
                m_offsets.append(offset);
                atRecordStart = false;
            }
            ++offset;
            if (c == '"')
                quoted = !quoted; // a doubled quote toggles twice
            else if (c == '\n') {
                ++line;
                if (!quoted)
                    atRecordStart = true;
            }
        }
    }
    m_offsets.append(offset);
    return true;
}

qint64 ChunkRowIndex::rowAtLine(qint64 line) const
{
    const auto it = std::lower_bound(m_lines.cbegin(), m_lines.cend(), line);
    if (it == m_lines.cend() || *it != line || it == m_lines.cbegin())
        return -1;
    return qint64(it - m_lines.cbegin()) - 1;
}

QByteArray ChunkRowIndex::record(qint64 row) const
{
    const qint64 i = row + 1;
    if (i < 0 || i + 1 >= m_offsets.size())
        return {};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_offsets.at(i)))
        return {};
    QByteArray bytes = file.read(m_offsets.at(i + 1) - m_offsets.at(i));
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

QByteArray ChunkRowIndex::rows(qint64 first, qint64 last) const
{
    if (first < 0 || last > rowCount() || first >= last)
        return {};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_offsets.at(first + 1)))
        return {};
    QByteArray bytes = file.read(m_offsets.at(last + 1) - m_offsets.at(first + 1));
    if (!bytes.endsWith('\n'))
        bytes += "\r\n";
    return bytes;
}

} // namespace ra
