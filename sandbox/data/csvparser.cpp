#include "csvparser.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::CsvParser", text);
}
} // namespace

namespace {
qsizetype bomLength(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}
} // namespace

CsvParser::CsvParser(const QByteArray &data)
    : m_data(data)
    , m_pos(bomLength(data))
{
}

bool CsvParser::atEnd() const
{
    return m_pos >= m_data.size() || hasError();
}

bool CsvParser::readRecord(QStringList *fields)
{
    fields->clear();
    const char *d = m_data.constData();
    const qsizetype n = m_data.size();
    // Skip blank lines between records.
    while (m_pos < n && (d[m_pos] == '\n' || d[m_pos] == '\r')) {
        if (d[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= n || hasError())
        return false;
    m_recordLine = m_line;
    QByteArray field;
    for (;;) {
        field.clear();
        if (m_pos < n && d[m_pos] == '"') {
            ++m_pos;
            for (;;) {
                if (m_pos >= n) {
                    m_error =
                        tr("Unclosed quote in the record starting at line %1").arg(m_recordLine);
                    return false;
                }
                const char c = d[m_pos++];
                if (c == '"') {
                    if (m_pos < n && d[m_pos] == '"') {
                        field.append('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            if (m_pos < n && d[m_pos] != ',' && d[m_pos] != '\r' && d[m_pos] != '\n') {
                m_error = tr("Unexpected character after a closing quote at line %1").arg(m_line);
                return false;
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && d[m_pos] != ',' && d[m_pos] != '\r' && d[m_pos] != '\n')
                ++m_pos;
            field = QByteArray(d + start, m_pos - start);
        }
        fields->append(QString::fromUtf8(field));
        if (m_pos >= n)
            return true;
        const char sep = d[m_pos++];
        if (sep == ',')
            continue;
        if (sep == '\r' && m_pos < n && d[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

bool CsvParser::scan(const QByteArray &data, qint64 *records, QString *error)
{
    const char *d = data.constData();
    const qsizetype n = data.size();
    qsizetype pos = bomLength(data);
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0) {
        *error = tr("The file contains binary data (a NUL byte at line %1)")
                     .arg(data.left(nul).count('\n') + 1);
        return false;
    }
    {
        // Decoded in slices (and dropped) so a big file is not held twice.
        QStringDecoder decoder(QStringDecoder::Utf8);
        constexpr qsizetype slice = 1 << 20;
        for (qsizetype at = 0; at < n && !decoder.hasError(); at += slice) {
            const QString part = decoder.decode(QByteArrayView(d + at, qMin(slice, n - at)));
            Q_UNUSED(part)
        }
        if (decoder.hasError()) {
            *error = tr("The file is not UTF-8 text");
            return false;
        }
    }
    qint64 count = 0;
    int line = 1;
    bool inQuotes = false;
    bool lineHasContent = false;
    int quoteLine = 0;
    for (; pos < n; ++pos) {
        const char c = d[pos];
        if (c == '\0') {
            *error =
                QStringLiteral("The file contains binary data (a NUL byte at line %1)").arg(line);
            return false;
        }
        if (c == '\n')
            ++line;
        if (inQuotes) {
            if (c == '"') {
                if (pos + 1 < n && d[pos + 1] == '"')
                    ++pos;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == '"') {
            inQuotes = true;
            quoteLine = line;
            lineHasContent = true;
        } else if (c == '\n' || c == '\r') {
            if (lineHasContent)
                ++count;
            lineHasContent = false;
        } else {
            lineHasContent = true;
        }
    }
    if (inQuotes) {
        *error = tr("Unclosed quote in the record starting at line %1").arg(quoteLine);
        return false;
    }
    if (lineHasContent)
        ++count;
    *records = count;
    return true;
}

} // namespace ra::sandbox
