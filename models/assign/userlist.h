#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ra {

// A list of members given as text: ids, usernames or e-mails, one per line,
// or a CSV file with a chosen column. parse() reads it without the network;
// blanks, duplicates and rubbish are reported by line number and left out of
// entries() (nothing is sent for them). Value type.
class UserList
{
    Q_DECLARE_TR_FUNCTIONS(ra::UserList)

public:
    enum class EntryType { Id, Email, Username };

    struct Entry
    {
        int line = 0; // 1-based line in the input
        QString text; // trimmed
        EntryType type = EntryType::Username;
    };

    struct Problem
    {
        enum class Kind { Blank, Duplicate, Rubbish };
        int line = 0;
        Kind kind = Kind::Rubbish;
        QString text;
        int firstLine = 0; // Duplicate: where it came first
        // "Line 7: \"a b\" is not an id, username or e-mail", translated.
        QString message() const;
        // Blanks and duplicates are left out quietly; rubbish must be fixed or skipped.
        bool isError() const { return kind == Kind::Rubbish; }
    };

    // Plain text, one member per line. A single-column CSV (no delimiter)
    // reads the same; text with commas, semicolons or tabs is read as CSV,
    // with `column` (a header name or a 1-based number; empty: guessed).
    static UserList parse(const QByteArray &bytes, const QString &column = {});

    // Reading failed as a whole (no usable column, not text); entries are empty.
    QString error() const { return m_error; }
    bool isCsv() const { return m_csv; }
    // A CSV's header names (or "Column 1", ... without a header), and the column read.
    QStringList columns() const { return m_columns; }
    int column() const { return m_column; }
    bool hasHeader() const { return m_header; }

    const QList<Entry> &entries() const { return m_entries; }
    const QList<Problem> &problems() const { return m_problems; }
    int errorCount() const;

    // What an entry looks like: a 24-hex _id or a number is an Id, text with
    // one @ and a dot after it an E-mail, 1 to 64 of letters, digits, ".",
    // "_", "-" a Username; anything else is rubbish (false).
    static bool classify(const QString &text, EntryType *type);
    // The column of a CSV that looks most like members: a header named
    // e-mail / username / user / id, else the one whose cells in `rows` (the
    // rows after the first) classify best; *hasHeader when the first row
    // does not look like a member in that column.
    static int guessColumn(const QStringList &header, const QList<QStringList> &rows,
                           bool *hasHeader);

private:
    void addEntry(int line, const QString &text);

    QList<Entry> m_entries;
    QList<Problem> m_problems;
    QHash<QString, int> m_seen; // type:key -> first line
    QStringList m_columns;
    QString m_error;
    int m_column = -1;
    bool m_csv = false;
    bool m_header = false;
};

} // namespace ra
