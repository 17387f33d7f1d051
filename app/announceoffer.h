#pragma once

#include "messages/announcedialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QMainWindow;

namespace ra {

class ApiClient;
class ChannelStore;
class QuestionProvider;

// Opens the announcement window (its own BulkClientPool copied from the client, closing asks
// before an unsent message is lost) and, once the client is bound with somewhere to send to,
// offers every unfinished announcement in the bulk journal, as assignments are offered: Resume
// carries it on in an announcement window (items in doubt are looked up in their channel first,
// so no channel gets a message twice), Forget drops it from the journal; closing the question
// asks again at the next start. Borrows the window, client, channels and provider. GUI thread.
class AnnounceOffer : public QObject
{
    Q_OBJECT

public:
    AnnounceOffer(QMainWindow &window, ApiClient &client, ChannelStore &channels,
                  QuestionProvider &questions, QObject *parent = nullptr);

    // Where announcement jobs journal; BulkJournal::defaultDirectory() unless set (tests).
    void setJournalDirectory(const QString &directory) { m_journalDir = directory; }
    QString journalDirectory() const;

    // A new announcement window, `sender` in "Send as" and `channelId` (if any) ticked.
    AnnounceDialog *open(const QString &sender, const QString &channelId);
    // The client is bound: the first time it can send, offer unfinished announcements.
    void onBound();
    void offerUnfinished();
    // The window opened last (tests follow it).
    AnnounceDialog *lastDialog() const { return m_last; }

private:
    AnnounceDialog *newDialog();
    void resume(const QString &path);

    QMainWindow &m_window;
    ApiClient &m_client;
    ChannelStore &m_channels;
    QuestionProvider &m_questions;
    QString m_journalDir;
    QPointer<AnnounceDialog> m_last;
    bool m_offered = false;
};

} // namespace ra
