#include "messages/messagedrafts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace ra {

MessageDrafts::MessageDrafts(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &MessageDrafts::save);
    if (m_path.isEmpty() || !QFile::exists(m_path))
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("The drafts in %1 cannot be read: %2").arg(m_path, file.errorString());
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        m_loadError = tr("The drafts in %1 are damaged (%2 at byte %3); starting without them.")
                          .arg(m_path, error.errorString())
                          .arg(error.offset);
    else
        m_data = doc.object();
}

MessageDrafts::~MessageDrafts()
{
    if (m_dirty)
        save();
}

QString MessageDrafts::draft(const QString &profileId, const QString &channelId) const
{
    return m_data.value(profileId)
        .toObject()
        .value(u"drafts")
        .toObject()
        .value(channelId)
        .toString();
}

void MessageDrafts::setDraft(const QString &profileId, const QString &channelId,
                             const QString &text)
{
    if (draft(profileId, channelId) == text)
        return;
    QJsonObject profile = m_data.value(profileId).toObject();
    QJsonObject drafts = profile.value(u"drafts").toObject();
    if (text.isEmpty())
        drafts.remove(channelId);
    else
        drafts.insert(channelId, text);
    profile.insert(u"drafts", drafts);
    m_data.insert(profileId, profile);
    changed();
}

QString MessageDrafts::sender(const QString &profileId) const
{
    return m_data.value(profileId).toObject().value(u"sender").toString();
}

void MessageDrafts::setSender(const QString &profileId, const QString &sender)
{
    if (this->sender(profileId) == sender)
        return;
    QJsonObject profile = m_data.value(profileId).toObject();
    profile.insert(u"sender", sender);
    m_data.insert(profileId, profile);
    changed();
}

void MessageDrafts::changed()
{
    m_dirty = true;
    if (!m_path.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

bool MessageDrafts::save()
{
    m_saveTimer.stop();
    if (m_path.isEmpty() || !m_dirty)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(m_data).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        m_saveError = tr("The drafts cannot be saved to %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_saveError.clear();
    m_dirty = false;
    return true;
}

} // namespace ra
