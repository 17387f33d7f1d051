#include "import/jobjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcJournal, "ra.import.journal")

namespace ra {

JobJournal::JobJournal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
}

QString JobJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/import-journal.json");
}

bool JobJournal::load(QString *error)
{
    m_sessions.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = tr("Cannot read the import journal %1: %2").arg(m_path, file.errorString());
        if (error)
            *error = m_lastError;
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_lastError = tr("The import journal %1 is damaged at byte %2: %3")
                          .arg(m_path)
                          .arg(parseError.offset)
                          .arg(parseError.errorString());
        if (error)
            *error = m_lastError;
        return false;
    }
    const QJsonArray list = doc.object().value(u"sessions").toArray();
    for (const QJsonValue &v : list)
        m_sessions.append(JournalSession::fromJson(v.toObject()));
    return true;
}

const JournalSession *JobJournal::session(const QString &id) const
{
    for (const JournalSession &s : m_sessions) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<JournalSession> JobJournal::unfinished() const
{
    QList<JournalSession> out;
    for (const JournalSession &s : m_sessions) {
        if (!s.isFinished())
            out.append(s);
    }
    return out;
}

bool JobJournal::store(const JournalSession &session)
{
    bool replaced = false;
    for (JournalSession &s : m_sessions) {
        if (s.id == session.id) {
            s = session;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        m_sessions.append(session);
    int finished = 0;
    for (const JournalSession &s : std::as_const(m_sessions))
        finished += s.isFinished() ? 1 : 0;
    for (int i = 0; i < m_sessions.size() && finished > keptFinished;) {
        if (m_sessions.at(i).isFinished() && m_sessions.at(i).id != session.id) {
            m_sessions.removeAt(i); // the oldest come first
            --finished;
        } else {
            ++i;
        }
    }
    const bool ok = save();
    emit sessionChanged(session.id);
    return ok;
}

bool JobJournal::remove(const QString &id)
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i).id == id) {
            m_sessions.removeAt(i);
            const bool ok = save();
            emit sessionChanged(id);
            return ok;
        }
    }
    return false;
}

bool JobJournal::save()
{
    QJsonArray list;
    for (const JournalSession &s : std::as_const(m_sessions))
        list.append(s.toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                             {QStringLiteral("sessions"), list}})
                       .toJson()) < 0 ||
        !file.commit()) {
        m_lastError = tr("Cannot write the import journal %1: %2").arg(m_path, file.errorString());
        qCWarning(lcJournal) << m_lastError;
        emit saveFailed(m_lastError);
        return false;
    }
    return true;
}

} // namespace ra
