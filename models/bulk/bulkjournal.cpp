#include "bulk/bulkjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <algorithm>

namespace ra {

namespace {

struct BulkJournalText
{
    Q_DECLARE_TR_FUNCTIONS(ra::BulkJournal)
};

// A JSON string literal of `text`, escaped as QJsonDocument writes it. The
// per-item lines are written by hand: building a QJsonObject for each of
// them cost more than the rest of the job's per-item bookkeeping.
void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += hex[uchar(c) >> 4];
                out += hex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

qint64 journalClockMs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
}

QJsonObject journalInfoToJson(const BulkJobInfo &info)
{
    QJsonObject o;
    o.insert(u"id", info.id);
    o.insert(u"kind", info.kind);
    o.insert(u"params", info.params);
    o.insert(u"server", info.server);
    o.insert(u"community", info.community);
    o.insert(u"title", info.title);
    if (!info.parentId.isEmpty())
        o.insert(u"parent", info.parentId);
    if (!info.source.isEmpty())
        o.insert(u"source", info.source);
    o.insert(u"created", info.created.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

BulkJobInfo journalInfoFromJson(const QJsonObject &o)
{
    BulkJobInfo info;
    info.id = o.value(u"id").toString();
    info.kind = o.value(u"kind").toString();
    info.params = o.value(u"params").toObject();
    info.server = o.value(u"server").toString();
    info.community = o.value(u"community").toString();
    info.title = o.value(u"title").toString();
    info.parentId = o.value(u"parent").toString();
    info.source = o.value(u"source").toString();
    info.created = QDateTime::fromString(o.value(u"created").toString(), Qt::ISODateWithMs);
    return info;
}

bool journalApplyLine(const QJsonObject &o, BulkJournal::Replay *replay, QString *why)
{
    const qsizetype count = replay->items.size();
    if (o.contains(u"s")) {
        const QJsonArray sent = o.value(u"s").toArray();
        for (const QJsonValue &v : sent) {
            const int i = v.toInt(-1);
            if (i < 0 || i >= count) {
                *why = BulkJournalText::tr("item %1 does not exist").arg(v.toInt(-1));
                return false;
            }
            replay->inDoubt.insert(i);
            BulkItem &item = replay->items[i];
            item.state = BulkItemState::Pending;
            ++item.attempts;
        }
        return true;
    }
    if (o.contains(u"r")) {
        const int i = o.value(u"r").toInt(-1);
        BulkItemState state = BulkItemState::Failed;
        if (i < 0 || i >= count || !bulkStateFromName(o.value(u"st").toString(), &state)) {
            *why = BulkJournalText::tr("a result names no item or no state");
            return false;
        }
        replay->inDoubt.remove(i);
        BulkItem &item = replay->items[i];
        item.state = state;
        item.outcome = o.value(u"o").toString();
        item.reason = o.value(u"m").toString();
        item.httpStatus = o.value(u"h").toInt();
        return true;
    }
    if (o.contains(u"n")) {
        replay->inDoubt.remove(o.value(u"n").toInt(-1));
        return true;
    }
    if (o.value(u"end").toBool()) {
        replay->ended = true;
        return true;
    }
    *why = BulkJournalText::tr("unknown record");
    return false;
}

} // namespace

QString BulkJobInfo::newId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
           QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16)
               .rightJustified(6, u'0');
}

BulkJournal::BulkJournal() = default;

BulkJournal::~BulkJournal()
{
    close();
}

QString BulkJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/bulk");
}

QString BulkJournal::pathFor(const QString &directory, const QString &jobId)
{
    return QDir(directory).filePath(jobId + QStringLiteral(".jsonl"));
}

bool BulkJournal::create(const QString &path, const BulkJobInfo &info, const QList<BulkItem> &items,
                         QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = BulkJournalText::tr("The job journal %1 exists already").arg(path);
        return false;
    }
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        *error = BulkJournalText::tr("Cannot create the job journal %1: %2")
                     .arg(path, m_file.errorString());
        return false;
    }
    QJsonObject head = journalInfoToJson(info);
    QJsonArray list;
    for (const BulkItem &item : items) {
        QJsonObject o;
        o.insert(u"in", item.input);
        if (item.line > 0)
            o.insert(u"l", item.line);
        if (item.key != item.input)
            o.insert(u"k", item.key);
        list.append(o);
    }
    head.insert(u"items", list);
    if (!append(QJsonDocument(head).toJson(QJsonDocument::Compact))) {
        *error = m_error;
        return false;
    }
    // Results a new job already knows (a retry pass keeps nothing; a job made
    // from a report may carry final items) are written after the header.
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (isFinalState(items.at(i).state) && !result(int(i), items.at(i))) {
            *error = m_error;
            return false;
        }
    }
    return true;
}

bool BulkJournal::reopen(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = BulkJournalText::tr("Cannot write the job journal %1: %2")
                     .arg(path, m_file.errorString());
        return false;
    }
    return true;
}

bool BulkJournal::append(const QByteArray &line)
{
    if (!m_file.isOpen()) {
        m_error = BulkJournalText::tr("The job journal is not open");
        return false;
    }
    QByteArray bytes;
    bytes.swap(m_queued);
    if (!line.isEmpty())
        bytes += line + '\n';
    if (bytes.isEmpty())
        return true;
    if (m_file.write(bytes) != bytes.size()) {
        m_error = BulkJournalText::tr("Cannot write the job journal %1: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    // Unbuffered: the line is in the kernel now and survives a killed process.
    const qint64 now = journalClockMs();
    if (now - m_lastSyncMs >= syncIntervalMs) {
        m_lastSyncMs = now;
#ifdef Q_OS_UNIX
        ::fdatasync(m_file.handle());
#else
        m_file.flush();
#endif
    }
    return true;
}

bool BulkJournal::sending(const QList<int> &indexes)
{
    QByteArray line = "{\"s\":[";
    line.reserve(8 + indexes.size() * 6);
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (i > 0)
            line += ',';
        line += QByteArray::number(indexes.at(i));
    }
    line += "]}";
    return append(line);
}

bool BulkJournal::notApplied(int index)
{
    return append("{\"n\":" + QByteArray::number(index) + '}');
}

QByteArray BulkJournal::resultLine(int index, const BulkItem &item)
{
    QByteArray line;
    line.reserve(48 + item.outcome.size() + item.reason.size() * 3);
    line += "{\"r\":" + QByteArray::number(index) + ",\"st\":";
    appendJsonString(line, bulkStateName(item.state));
    if (!item.outcome.isEmpty()) {
        line += ",\"o\":";
        appendJsonString(line, item.outcome);
    }
    if (!item.reason.isEmpty()) {
        line += ",\"m\":";
        appendJsonString(line, item.reason);
    }
    if (item.httpStatus)
        line += ",\"h\":" + QByteArray::number(item.httpStatus);
    line += '}';
    return line;
}

bool BulkJournal::result(int index, const BulkItem &item)
{
    return append(resultLine(index, item));
}

void BulkJournal::queueResult(int index, const BulkItem &item)
{
    m_queued += resultLine(index, item) + '\n';
}

bool BulkJournal::flushResults()
{
    return m_queued.isEmpty() || append({});
}

bool BulkJournal::end()
{
    QJsonObject o;
    o.insert(u"end", true);
    const bool ok = append(QJsonDocument(o).toJson(QJsonDocument::Compact));
#ifdef Q_OS_UNIX
    if (ok)
        ::fdatasync(m_file.handle());
#endif
    return ok;
}

void BulkJournal::close()
{
    if (m_file.isOpen()) {
        flushResults();
#ifdef Q_OS_UNIX
        ::fdatasync(m_file.handle());
#endif
        m_file.close();
    }
}

bool BulkJournal::load(const QString &path, Replay *replay, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            BulkJournalText::tr("Cannot read the job journal %1: %2").arg(path, file.errorString());
        return false;
    }
    *replay = Replay();
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        ++lineNo;
        const bool complete = raw.endsWith('\n');
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
        if (!complete && file.atEnd() && (doc.isNull() || lineNo > 1)) {
            ++replay->tornLines; // the process died while writing it: never acted on
            break;
        }
        QString why;
        if (doc.isNull() || !doc.isObject()) {
            why = parseError.errorString();
        } else if (lineNo == 1) {
            const QJsonObject head = doc.object();
            replay->info = journalInfoFromJson(head);
            const QJsonArray items = head.value(u"items").toArray();
            replay->items.reserve(items.size());
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                BulkItem item;
                item.input = o.value(u"in").toString();
                item.line = o.value(u"l").toInt();
                item.key = o.contains(u"k") ? o.value(u"k").toString() : item.input;
                replay->items.append(item);
            }
            if (replay->info.id.isEmpty() || replay->info.kind.isEmpty())
                why = BulkJournalText::tr("the header names no job id or kind");
        } else {
            journalApplyLine(doc.object(), replay, &why);
        }
        if (!why.isEmpty()) {
            *error = BulkJournalText::tr("The job journal %1 cannot be read at line %2: %3")
                         .arg(path)
                         .arg(lineNo)
                         .arg(why);
            return false;
        }
    }
    if (lineNo == 0 || replay->info.id.isEmpty()) {
        *error = BulkJournalText::tr("The job journal %1 is empty").arg(path);
        return false;
    }
    return true;
}

QList<BulkJournal::Summary> BulkJournal::unfinished(const QString &directory)
{
    QList<Summary> out;
    const QFileInfoList files =
        QDir(directory).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        Replay replay;
        QString error;
        if (!load(fi.absoluteFilePath(), &replay, &error) || replay.ended)
            continue;
        Summary s;
        s.info = replay.info;
        s.path = fi.absoluteFilePath();
        s.inDoubt = int(replay.inDoubt.size());
        s.counts.total = int(replay.items.size());
        for (const BulkItem &item : std::as_const(replay.items))
            s.counts.add(item.state);
        out.append(s);
    }
    std::sort(out.begin(), out.end(),
              [](const Summary &a, const Summary &b) { return a.info.created < b.info.created; });
    return out;
}

bool BulkJournal::forget(const QString &path)
{
    return QFile::remove(path);
}

} // namespace ra
