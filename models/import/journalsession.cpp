#include "import/journalsession.h"

#include <QDateTime>
#include <QFileInfo>

#include <QJsonArray>

namespace ra {

namespace {
QString stateName(JournalSession::Chunk::State state)
{
    switch (state) {
    case JournalSession::Chunk::State::Sending:
        return QStringLiteral("sending");
    case JournalSession::Chunk::State::Sent:
        return QStringLiteral("sent");
    case JournalSession::Chunk::State::Done:
        return QStringLiteral("done");
    case JournalSession::Chunk::State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

JournalSession::Chunk::State stateOf(const QString &name)
{
    if (name == u"done")
        return JournalSession::Chunk::State::Done;
    if (name == u"sent")
        return JournalSession::Chunk::State::Sent;
    if (name == u"refused")
        return JournalSession::Chunk::State::Refused;
    return JournalSession::Chunk::State::Sending;
}
} // namespace

bool JournalSession::isFinished() const
{
    if (!sendingComplete())
        return false;
    for (const Chunk &c : chunks) {
        if (c.state != Chunk::State::Done && c.state != Chunk::State::Refused)
            return false;
    }
    return true;
}

int JournalSession::indexOfJob(const QString &jobId) const
{
    for (int i = 0; i < chunks.size(); ++i) {
        if (chunks.at(i).jobId == jobId)
            return i;
    }
    return -1;
}

QJsonObject JournalSession::toJson() const
{
    QJsonArray list;
    for (const Chunk &c : chunks) {
        list.append(QJsonObject{{QStringLiteral("first"), c.first},
                                {QStringLiteral("last"), c.last},
                                {QStringLiteral("fileName"), c.fileName},
                                {QStringLiteral("jobId"), c.jobId},
                                {QStringLiteral("state"), stateName(c.state)},
                                {QStringLiteral("processed"), c.processed},
                                {QStringLiteral("failed"), c.failed},
                                {QStringLiteral("reason"), c.reason}});
    }
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("sourcePath"), sourcePath},
                       {QStringLiteral("originalPath"), originalPath},
                       {QStringLiteral("originalSize"), originalSize},
                       {QStringLiteral("originalModifiedMs"), originalModifiedMs},
                       {QStringLiteral("sourceSize"), sourceSize},
                       {QStringLiteral("sourceModifiedMs"), sourceModifiedMs},
                       {QStringLiteral("update"), update},
                       {QStringLiteral("communityId"), communityId},
                       {QStringLiteral("totalRows"), totalRows},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("startedAt"), startedAt},
                       {QStringLiteral("chunks"), list}};
}

JournalSession JournalSession::fromJson(const QJsonObject &o)
{
    JournalSession s;
    s.id = o.value(u"id").toString();
    s.sourcePath = o.value(u"sourcePath").toString();
    s.originalPath = o.value(u"originalPath").toString();
    s.originalSize = o.value(u"originalSize").toInteger(-1);
    s.originalModifiedMs = o.value(u"originalModifiedMs").toInteger();
    s.sourceSize = o.value(u"sourceSize").toInteger();
    s.sourceModifiedMs = o.value(u"sourceModifiedMs").toInteger();
    s.update = o.value(u"update").toBool();
    s.communityId = o.value(u"communityId").toString();
    s.totalRows = o.value(u"totalRows").toInteger();
    s.cancelled = o.value(u"cancelled").toBool();
    s.startedAt = o.value(u"startedAt").toString();
    const QJsonArray list = o.value(u"chunks").toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        Chunk chunk;
        chunk.first = c.value(u"first").toInteger();
        chunk.last = c.value(u"last").toInteger();
        chunk.fileName = c.value(u"fileName").toString();
        chunk.jobId = c.value(u"jobId").toString();
        chunk.state = stateOf(c.value(u"state").toString());
        chunk.processed = c.value(u"processed").toInteger();
        chunk.failed = c.value(u"failed").toInteger();
        chunk.reason = c.value(u"reason").toString();
        s.chunks.append(chunk);
    }
    return s;
}

bool JournalSession::isSameOriginal(const QString &path) const
{
    const QFileInfo info(path);
    return info.absoluteFilePath() == originalPath && info.exists() &&
           info.size() == originalSize &&
           info.lastModified().toMSecsSinceEpoch() == originalModifiedMs;
}

void JournalSession::setOriginal(const QString &path)
{
    const QFileInfo info(path);
    originalPath = info.absoluteFilePath();
    originalSize = info.exists() ? info.size() : -1;
    originalModifiedMs = info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0;
}

} // namespace ra
