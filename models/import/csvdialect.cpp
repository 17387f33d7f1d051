#include "csvdialect.h"

#include "csvtranscoder.h"
#include "utf8.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>
#include <map>

namespace ra {

namespace {

constexpr char kDelimiters[] = {',', ';', '\t', '|'};

// Per line of the sample: how many times `delimiter` occurs outside quotes.
// Only whole lines count (the last, maybe cut, line is dropped when the
// sample does not end with a line break).
QList<int> countsPerLine(QByteArrayView sample, char delimiter)
{
    QList<int> counts;
    int count = 0;
    bool quoted = false;
    bool fieldStart = true;
    for (qsizetype i = 0; i < sample.size() && counts.size() < 50; ++i) {
        const char c = sample[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < sample.size() && sample[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == delimiter) {
            ++count;
            fieldStart = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < sample.size() && sample[i + 1] == '\n')
                ++i;
            counts.append(count);
            count = 0;
            fieldStart = true;
        } else {
            fieldStart = false;
        }
    }
    if (counts.isEmpty() && count > 0)
        counts.append(count); // a one-line sample without a line break
    return counts;
}

// Control characters that do occur in text files.
bool isTextControl(unsigned u)
{
    constexpr quint32 text =
        (1u << '\t') | (1u << '\n') | (1u << '\v') | (1u << '\f') | (1u << '\r') | (1u << 0x1B);
    return (text >> u) & 1u;
}

// Whether `controls` unexpected control characters in `total` make binary.
bool tooManyControls(qsizetype controls, qsizetype total)
{
    return controls >= 4 && controls * 32 > total;
}

} // namespace

bool CsvDialect::isBinary(QByteArrayView head)
{
    if (head.isEmpty())
        return false;
    if (std::memchr(head.data(), 0, size_t(head.size())))
        return true;
    qsizetype controls = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        controls += u < 0x20 && !isTextControl(u);
    }
    return tooManyControls(controls, head.size());
}

bool CsvDialect::looksUtf16(QByteArrayView head, CsvEncoding *encoding)
{
    const qsizetype units = head.size() / 2;
    if (units < 2)
        return false;
    const auto *b = reinterpret_cast<const unsigned char *>(head.data());
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i < units; ++i) {
        evenZero += b[2 * i] == 0;
        oddZero += b[2 * i + 1] == 0;
    }
    // ASCII in little endian has its zero (high) byte second.
    // Two zero bytes at least: one is a NUL in a short text file.
    bool le = false;
    if (oddZero >= 2 && oddZero * 4 >= units && evenZero * 4 <= oddZero)
        le = true;
    else if (!(evenZero >= 2 && evenZero * 4 >= units && oddZero * 4 <= evenZero))
        return false;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned u = le ? b[2 * i] | (unsigned(b[2 * i + 1]) << 8)
                              : (unsigned(b[2 * i]) << 8) | b[2 * i + 1];
        if (u == 0)
            return false; // a NUL character: binary data with a UTF-16-like rhythm
        controls += u < 0x20 && !isTextControl(u);
    }
    if (tooManyControls(controls, units))
        return false;
    *encoding = le ? CsvEncoding::Utf16LE : CsvEncoding::Utf16BE;
    return true;
}

char CsvDialect::sniffDelimiter(QByteArrayView utf8Sample)
{
    char best = ',';
    double bestScore = 0;
    for (char d : kDelimiters) {
        const QList<int> counts = countsPerLine(utf8Sample, d);
        if (counts.isEmpty())
            continue;
        std::map<int, int> frequency;
        for (int c : counts)
            ++frequency[c];
        int mode = 0;
        int modeLines = 0;
        for (const auto &[value, lines] : frequency) {
            if (value > 0 && lines > modeLines) {
                mode = value;
                modeLines = lines;
            }
        }
        if (mode == 0)
            continue;
        // Consistency first (lines with the same count), then more fields.
        const double score =
            double(modeLines) / double(counts.size()) * 1000.0 + double(std::min(mode, 100));
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

int CsvDialect::bomLengthFor(CsvEncoding encoding, QByteArrayView head)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case CsvEncoding::Utf16LE:
        return head.startsWith("\xFF\xFE") ? 2 : 0;
    case CsvEncoding::Utf16BE:
        return head.startsWith("\xFE\xFF") ? 2 : 0;
    case CsvEncoding::Windows1252:
    case CsvEncoding::Latin1:
        break;
    }
    return 0;
}

CsvDialect CsvDialect::detect(QByteArrayView head, CsvEncoding legacy)
{
    CsvDialect d;
    if (head.startsWith("\xEF\xBB\xBF")) {
        d.encoding = CsvEncoding::Utf8;
    } else if (head.startsWith("\xFF\xFE")) {
        d.encoding = CsvEncoding::Utf16LE;
    } else if (head.startsWith("\xFE\xFF")) {
        d.encoding = CsvEncoding::Utf16BE;
    } else if (looksUtf16(head, &d.encoding)) {
        // No BOM: the encoding came from the pattern of zero bytes.
    } else {
        // A sequence cut by the end of the sample is not an error.
        d.encoding = Utf8::isValid(head, true) ? CsvEncoding::Utf8 : legacy;
    }
    d.bomLength = bomLengthFor(d.encoding, head);
    const QByteArrayView body = head.sliced(qMin<qsizetype>(d.bomLength, head.size()));
    if (d.encoding == CsvEncoding::Utf8) {
        d.delimiter = sniffDelimiter(body);
    } else {
        CsvTranscoder transcoder(d.encoding);
        QByteArray utf8(body.size() * CsvTranscoder::maxExpansion + 8, Qt::Uninitialized);
        utf8.truncate(transcoder.convert(body.data(), body.size(), utf8.data()));
        d.delimiter = sniffDelimiter(utf8);
    }
    return d;
}

QList<CsvEncoding> CsvDialect::encodings()
{
    return {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE, CsvEncoding::Windows1252,
            CsvEncoding::Latin1};
}

QList<char> CsvDialect::delimiters()
{
    return {',', ';', '\t', '|'};
}

QString CsvDialect::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return tr("UTF-8");
    case CsvEncoding::Utf16LE:
        return tr("UTF-16 (little endian)");
    case CsvEncoding::Utf16BE:
        return tr("UTF-16 (big endian)");
    case CsvEncoding::Windows1252:
        return tr("Windows-1252 (Western)");
    case CsvEncoding::Latin1:
        return tr("ISO-8859-1 (Latin-1)");
    }
    return {};
}

QString CsvDialect::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("Comma (,)");
    case ';':
        return tr("Semicolon (;)");
    case '\t':
        return tr("Tab");
    case '|':
        return tr("Pipe (|)");
    default:
        break;
    }
    return tr("Character %1").arg(QChar::fromLatin1(delimiter));
}

QString CsvDialect::encodingId(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case CsvEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    case CsvEncoding::Latin1:
        return QStringLiteral("latin1");
    }
    return {};
}

bool CsvDialect::encodingFromId(QStringView id, CsvEncoding *encoding)
{
    for (CsvEncoding e : encodings()) {
        if (id.compare(encodingId(e), Qt::CaseInsensitive) == 0) {
            *encoding = e;
            return true;
        }
    }
    if (id.compare(u"iso-8859-1", Qt::CaseInsensitive) == 0) {
        *encoding = CsvEncoding::Latin1;
        return true;
    }
    return false;
}

} // namespace ra
