#include "journalreport.h"

#include "journalsession.h"

#include <QLocale>

namespace ra {

namespace {
QString stateText(JournalSession::Chunk::State state)
{
    switch (state) {
    case JournalSession::Chunk::State::Sending:
        return JournalReport::tr("being sent when interrupted (in doubt)");
    case JournalSession::Chunk::State::Sent:
        return JournalReport::tr("taken by the server, job not finished");
    case JournalSession::Chunk::State::Done:
        return JournalReport::tr("done");
    case JournalSession::Chunk::State::Refused:
        return JournalReport::tr("refused");
    }
    return QString();
}
} // namespace

JournalReport::JournalReport(const JournalSession &session)
    : m_fileName(session.originalPath.isEmpty() ? session.sourcePath : session.originalPath)
    , m_total(session.plannedRows())
{
    for (const JournalSession::Chunk &chunk : session.chunks) {
        if (chunk.state == JournalSession::Chunk::State::Sending)
            m_inDoubt += chunk.rows();
        else
            m_handedOver += chunk.rows();
    }
    m_left = qMax<qint64>(0, session.plannedRows() - session.nextRow());
}

QString JournalReport::summary() const
{
    const QLocale locale;
    QString text =
        tr("%1 of %2 row(s) were already handed to the server; %3 row(s) are left to "
           "send.")
            .arg(locale.toString(m_handedOver), locale.toString(m_total), locale.toString(m_left));
    if (m_inDoubt > 0) {
        text += u' ' + tr("%1 row(s) were being sent when it stopped: the server's API log is "
                          "asked whether they arrived before they are sent again, so no row is "
                          "sent twice.")
                           .arg(locale.toString(m_inDoubt));
    }
    return text;
}

QString JournalReport::text(const JournalSession &session) const
{
    const QLocale locale;
    QStringList lines;
    lines << tr("File: %1").arg(m_fileName);
    lines << (session.update ? tr("Kind: bulk update of existing members")
                             : tr("Kind: bulk import of new members"));
    if (!session.communityId.isEmpty())
        lines << tr("Community: %1").arg(session.communityId);
    if (!session.startedAt.isEmpty())
        lines << tr("Started: %1").arg(session.startedAt);
    lines << tr("Rows to send: %1").arg(locale.toString(m_total));
    lines << tr("Handed to the server: %1").arg(locale.toString(m_handedOver));
    lines << tr("In doubt: %1").arg(locale.toString(m_inDoubt));
    lines << tr("Left to send: %1").arg(locale.toString(m_left));
    if (session.cancelled)
        lines << tr("The rest of the file was cancelled and will not be sent.");
    lines << QString();
    if (session.chunks.isEmpty())
        lines << tr("No part of the file was sent yet.");
    for (const JournalSession::Chunk &chunk : session.chunks) {
        QString line = tr("Rows %1 to %2 (%3): %4")
                           .arg(locale.toString(chunk.first + 1), locale.toString(chunk.last),
                                chunk.fileName, stateText(chunk.state));
        if (!chunk.jobId.isEmpty())
            line += u' ' + tr("- job %1, %2 processed, %3 failed")
                               .arg(chunk.jobId, locale.toString(chunk.processed),
                                    locale.toString(chunk.failed));
        if (!chunk.reason.isEmpty())
            line += u' ' + tr("- %1").arg(chunk.reason);
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace ra
