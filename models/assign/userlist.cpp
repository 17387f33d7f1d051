#include "assign/userlist.h"

#include "import/csvdialect.h"
#include "import/csvreader.h"

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>

namespace ra {

namespace {

// A column is usable when at least this share of its non-empty cells looks
// like a member.
constexpr double usableShare = 0.5;
constexpr int guessSampleRows = 200;

bool userListHeaderName(const QString &cell, int *rank)
{
    static const QRegularExpression names(
        QStringLiteral("^(e-?mail(\\s*address)?|user\\s*name|username|login|user|member|"
                       "user\\s*_?id|member\\s*_?id|_?id)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = names.match(cell.trimmed());
    if (!m.hasMatch())
        return false;
    const QString n = m.captured(1).toLower();
    *rank = n.contains(u"mail") ? 3 : n.contains(u"id") ? 1 : 2;
    return true;
}

QString userListKey(const UserList::Entry &e)
{
    return e.type == UserList::EntryType::Id ? e.text : e.text.toCaseFolded();
}

} // namespace

QString UserList::Problem::message() const
{
    switch (kind) {
    case Kind::Blank:
        return tr("Line %1: blank, skipped").arg(line);
    case Kind::Duplicate:
        return tr("Line %1: \"%2\" repeats line %3, sent once").arg(line).arg(text).arg(firstLine);
    case Kind::Rubbish:
        break;
    }
    return tr("Line %1: \"%2\" is not a member id, username or e-mail")
        .arg(line)
        .arg(text.left(80));
}

bool UserList::classify(const QString &text, EntryType *type)
{
    static const QRegularExpression objectId(QStringLiteral("^[0-9a-fA-F]{24}$"));
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,19}$"));
    static const QRegularExpression email(
        QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]+$"));
    static const QRegularExpression username(QStringLiteral("^[\\p{L}\\p{N}._-]{1,64}$"));
    if (objectId.match(text).hasMatch() || number.match(text).hasMatch()) {
        *type = EntryType::Id;
        return true;
    }
    if (email.match(text).hasMatch()) {
        *type = EntryType::Email;
        return true;
    }
    if (username.match(text).hasMatch()) {
        *type = EntryType::Username;
        return true;
    }
    return false;
}

int UserList::guessColumn(const QStringList &header, const QList<QStringList> &rows,
                          bool *hasHeader)
{
    int best = -1;
    int bestRank = 0;
    for (qsizetype c = 0; c < header.size(); ++c) {
        int rank = 0;
        if (userListHeaderName(header.at(c), &rank) && rank > bestRank) {
            best = int(c);
            bestRank = rank;
        }
    }
    if (best >= 0) {
        *hasHeader = true;
        return best;
    }
    // No telling header: score each column by how its cells look (e-mails
    // first, then usernames, then ids), the first row included unless it
    // alone does not look like members.
    const qsizetype columns = header.size();
    double bestScore = 0;
    bool headerSeen = false;
    for (qsizetype c = 0; c < columns; ++c) {
        int good = 0;
        int cells = 0;
        int weight = 0;
        for (const QStringList &row : rows) {
            const QString cell = row.value(c).trimmed();
            if (cell.isEmpty())
                continue;
            ++cells;
            EntryType type = EntryType::Username;
            if (classify(cell, &type)) {
                ++good;
                weight += type == EntryType::Email ? 3 : type == EntryType::Username ? 2 : 1;
            }
        }
        if (cells == 0 || double(good) / cells < usableShare)
            continue;
        const double score = double(weight) / cells;
        if (score > bestScore) {
            bestScore = score;
            best = int(c);
            EntryType type = EntryType::Username;
            headerSeen = !classify(header.at(c).trimmed(), &type);
        }
    }
    *hasHeader = headerSeen;
    return best;
}

void UserList::addEntry(int line, const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        m_problems.append({line, Problem::Kind::Blank, QString(), 0});
        return;
    }
    Entry e;
    e.line = line;
    e.text = text;
    if (!classify(text, &e.type)) {
        m_problems.append({line, Problem::Kind::Rubbish, text, 0});
        return;
    }
    const QString key = QString::number(int(e.type)) + u':' + userListKey(e);
    const auto seen = m_seen.constFind(key);
    if (seen != m_seen.constEnd()) {
        m_problems.append({line, Problem::Kind::Duplicate, text, *seen});
        return;
    }
    m_seen.insert(key, line);
    m_entries.append(e);
}

int UserList::errorCount() const
{
    int n = 0;
    for (const Problem &p : m_problems)
        n += p.isError() ? 1 : 0;
    return n;
}

UserList UserList::parse(const QByteArray &bytes, const QString &column)
{
    UserList list;
    const CsvDialect dialect = CsvDialect::detect(bytes.left(CsvDialect::sniffBytes));
    if (CsvDialect::isBinary(bytes.left(CsvDialect::sniffBytes)) &&
        dialect.encoding == CsvEncoding::Utf8) {
        list.m_error = tr("The member list is not a text file");
        return list;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    QList<QStringList> rows;
    QList<int> lines;
    int widest = 0;
    while (reader.readRecord()) {
        rows.append(reader.fields());
        lines.append(int(reader.recordLine()));
        widest = qMax(widest, int(rows.constLast().size()));
    }
    if (reader.hasError()) {
        list.m_error = reader.error().message();
        return list;
    }
    list.m_csv = widest > 1;
    if (!list.m_csv && column.isEmpty()) {
        // One member per line: every physical line counts, blanks included.
        const QString text = QString::fromUtf8(bytes.mid(dialect.bomLength));
        const QStringList physical = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
        for (qsizetype i = 0; i < physical.size(); ++i) {
            if (i + 1 == physical.size() && physical.at(i).isEmpty())
                break; // the final line break
            list.addEntry(int(i + 1), physical.at(i));
        }
        return list;
    }
    const QStringList first = rows.value(0);
    for (qsizetype c = 0; c < qMax<qsizetype>(first.size(), widest); ++c)
        list.m_columns.append(first.value(c).trimmed().isEmpty() ? tr("Column %1").arg(c + 1)
                                                                 : first.value(c).trimmed());
    bool header = false;
    int chosen = -1;
    if (!column.isEmpty()) {
        bool isNumber = false;
        const int n = column.toInt(&isNumber);
        for (qsizetype c = 0; c < first.size() && chosen < 0; ++c) {
            if (first.at(c).trimmed().compare(column.trimmed(), Qt::CaseInsensitive) == 0) {
                chosen = int(c);
                header = true;
            }
        }
        if (chosen < 0 && isNumber && n >= 1 && n <= widest) {
            chosen = n - 1;
            int rank = 0;
            EntryType type = EntryType::Username;
            header = userListHeaderName(first.value(chosen), &rank) ||
                     !classify(first.value(chosen).trimmed(), &type);
        }
        if (chosen < 0) {
            list.m_error = tr("The file has no column \"%1\"; its columns are: %2")
                               .arg(column.left(60), list.m_columns.join(QStringLiteral(", ")));
            return list;
        }
    } else {
        // The first row may be a header: the column is judged by the rows after it.
        const QList<QStringList> sample = rows.size() > 1 ? rows.mid(1, guessSampleRows) : rows;
        chosen = guessColumn(first, sample, &header);
        if (chosen < 0) {
            list.m_error = tr("No column holds member ids, usernames or e-mails; choose one "
                              "(columns: %1)")
                               .arg(list.m_columns.join(QStringLiteral(", ")));
            return list;
        }
    }
    list.m_column = chosen;
    list.m_header = header;
    for (qsizetype r = header ? 1 : 0; r < rows.size(); ++r)
        list.addEntry(lines.at(r), rows.at(r).value(chosen));
    return list;
}

} // namespace ra
