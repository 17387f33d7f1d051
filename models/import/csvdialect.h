#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ra {

// The text encodings the CSV reader understands. Utf8 covers files with and
// without a byte-order mark; the UTF-16 variants are detected by their BOM
// or, without one, by their zero bytes. Windows1252 and Latin1 are the
// legacy fallbacks for files that are not valid UTF-8.
enum class CsvEncoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

// How a CSV file is spelled: its encoding, whether it starts with a BOM, and
// its delimiter (comma, semicolon, tab or pipe). detect() looks at the first
// bytes of a file: BOM, then the UTF-16 pattern (see looksUtf16()), then
// UTF-8 validity (falling back to `legacy`), then sniffs the delimiter from
// the first records (the candidate that splits the lines into the most
// equal, largest field counts outside quotes). isBinary() tells a file that
// is not text at all (CsvReader refuses it). A value type; any thread.
struct CsvDialect
{
    Q_DECLARE_TR_FUNCTIONS(ra::CsvDialect)

public:
    CsvEncoding encoding = CsvEncoding::Utf8;
    char delimiter = ',';
    // Bytes of byte-order mark at the start of the file (0, 2 or 3).
    int bomLength = 0;

    friend bool operator==(const CsvDialect &a, const CsvDialect &b)
    {
        return a.encoding == b.encoding && a.delimiter == b.delimiter && a.bomLength == b.bomLength;
    }
    friend bool operator!=(const CsvDialect &a, const CsvDialect &b) { return !(a == b); }

    // How many of the first bytes detect() and isBinary() should be given.
    static constexpr qsizetype sniffBytes = 64 * 1024;

    // `head` is the first bytes of the file (a few KiB are plenty).
    static CsvDialect detect(QByteArrayView head, CsvEncoding legacy = CsvEncoding::Windows1252);
    // Whether `head`, the first bytes of a file read as a one-byte encoding
    // (UTF-8 or legacy), is not text: it holds a NUL byte (as images,
    // archives, workbooks and executables do within their first bytes, and
    // text never does), or more than one byte in 32 (and at least four) is
    // a C0 control other than tab, line feed, vertical tab, form feed,
    // carriage return and escape (compressed data without a NUL; a lone
    // DOS end-of-file mark is fine). UTF-16 must be ruled out
    // first: its ASCII characters have a NUL half.
    static bool isBinary(QByteArrayView head);
    // Whether `head` is UTF-16 without a BOM, and which byte order: at least
    // a quarter of its 16-bit units have a zero high byte (CSV text is full
    // of ASCII: delimiters, digits, line breaks, e-mail addresses), four
    // times as many as have a zero low byte (U+4E00 has one), and the units
    // read as text
    // (few controls, no NUL units).
    static bool looksUtf16(QByteArrayView head, CsvEncoding *encoding);
    // The delimiter among , ; \t | that best splits `utf8Sample`; ',' when
    // nothing fits better.
    static char sniffDelimiter(QByteArrayView utf8Sample);
    // The BOM length of `encoding` found at the start of `head`, or 0.
    static int bomLengthFor(CsvEncoding encoding, QByteArrayView head);

    static QList<CsvEncoding> encodings();
    static QList<char> delimiters();
    // Translated, user-visible names ("UTF-8", "Semicolon (;)", ...).
    static QString encodingName(CsvEncoding encoding);
    static QString delimiterName(char delimiter);
    // Stable machine names ("utf-8", "utf-16le", "windows-1252", "latin1").
    static QString encodingId(CsvEncoding encoding);
    static bool encodingFromId(QStringView id, CsvEncoding *encoding);
};

} // namespace ra
