#pragma once

#include "bulk/bulktypes.h"
#include "domain/channel.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace ra {

class BulkClientPool;
class BulkJob;
class DiscardGuard;
class QuestionProvider;

// Announce one message to several channels: pick the channels, write the message once, say who
// sends it, Send. The sending is a BulkJob of AnnounceItemKind (one item per channel) on the
// pool, so it is journaled, throttled and retried like every bulk job. While it runs the window
// shows a progress bar and one row per channel (sent, failed with the server's reason, channel
// not found); Retry Failed runs a new job of the failed channels and updates their rows.
// resume() carries on a job read back from the journal (after a crash). With a question
// provider, closing it (Esc, Close, the title bar) while a written message is still unsent asks
// before the message is thrown away. Ctrl+Return sends. Owns its jobs; borrows the pool (which
// must outlive it) and the provider. GUI thread.
class AnnounceDialog : public QDialog
{
    Q_OBJECT

public:
    AnnounceDialog(BulkClientPool &pool, const QList<Channel> &channels, QWidget *parent = nullptr);
    ~AnnounceDialog() override;

    void setSender(const QString &sender);
    QString sender() const;
    void setText(const QString &text);
    void setChecked(const QStringList &channelIds);
    QStringList checkedChannels() const;
    // Where jobs journal (default BulkJournal::defaultDirectory()); tests use a temporary one.
    void setJournalDirectory(const QString &directory) { m_journalDir = directory; }
    // Asks through `questions` before an unsent message is thrown away on close.
    void setQuestionProvider(QuestionProvider &questions);
    // Whether a written message has not been sent yet (closing would lose it).
    bool hasUnsentMessage() const;

    // Starts sending; false (the reason shown) when nothing can be sent.
    bool send();
    // Sends the failed channels again; false when there is nothing to retry.
    bool retryFailed();
    // Carries on `job` (BulkJob::resumeFrom() of an announcement): one row per channel, those
    // handled before shown as they ended; false (the reason shown) when it cannot start.
    bool resume(std::unique_ptr<BulkJob> job);
    BulkJob *currentJob() const { return m_job.get(); }
    // The result column of a channel's row ("sent", "failed: …"), for tests.
    QString resultOf(const QString &channelId) const;
    QString statusText() const;

signals:
    // A job finished (the first or a retry).
    void jobFinished();

public slots:
    void reject() override;

private:
    void addResultRow(const BulkItem &item);
    void run(std::unique_ptr<BulkJob> job);
    void updateRows(const QList<int> &indexes);
    void onFinished();
    void setStatus(const QString &text, bool error);

    BulkClientPool &m_pool;
    QList<Channel> m_channelList;
    QString m_journalDir;
    std::unique_ptr<BulkJob> m_job;
    std::unique_ptr<BulkJob> m_previous; // the job a retry came from, kept while its reply runs
    QHash<QString, int> m_rowOf;         // channel id -> results row
    QStackedWidget *m_pages;
    QListWidget *m_channels;
    QPlainTextEdit *m_text;
    QLineEdit *m_sender;
    QProgressBar *m_progress;
    QTableWidget *m_results;
    QLabel *m_status;
    QPushButton *m_send;
    QPushButton *m_retry;
    QPushButton *m_close;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ra
