#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace ra {

// Unsent message drafts, one per channel of each connection profile, and the "Send as" member
// of each profile, kept until the message is sent (setDraft() with empty text) and across
// restarts: a JSON file (message-drafts.json in the app's data folder) rewritten atomically at
// most every saveDelayMs after a change, and at once on destruction. A file that cannot be read
// starts empty and the reason is in loadError(); a failed write in saveError(). An empty path
// keeps drafts in memory only (tests). GUI thread.
class MessageDrafts : public QObject
{
    Q_OBJECT

public:
    static constexpr int saveDelayMs = 500;

    explicit MessageDrafts(const QString &filePath, QObject *parent = nullptr);
    ~MessageDrafts() override;

    QString draft(const QString &profileId, const QString &channelId) const;
    void setDraft(const QString &profileId, const QString &channelId, const QString &text);
    QString sender(const QString &profileId) const;
    void setSender(const QString &profileId, const QString &sender);

    bool save();
    QString loadError() const { return m_loadError; }
    QString saveError() const { return m_saveError; }

private:
    void changed();

    QString m_path;
    QJsonObject m_data; // profile id -> {sender, drafts: {channel id -> text}}
    QTimer m_saveTimer;
    bool m_dirty = false;
    QString m_loadError;
    QString m_saveError;
};

} // namespace ra
