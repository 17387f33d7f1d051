#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ra {

class ApiReplyBase;
class DiscardGuard;
class MessageActions;
class MessageDrafts;
class QuestionProvider;

// Writes one message to the chosen channel: plain text with a preview of how it will read,
// images attached by dropping files or Attach Image… (checked as badge images are, uploaded at
// once through Upload Image with a progress bar; their URLs go into the text), an optional
// reply target ("Replying to anna", Cancel) and the member it is sent as. Ctrl+Return (or
// Ctrl+Enter) sends. A failed send keeps everything and says why; the text is kept per channel
// and profile in MessageDrafts until it is sent. Esc in the text, or Discard, throws the unsent
// message away (text, images, reply) after asking through the question provider
// (discardQuestion()); without a provider nothing is thrown away. Borrows the actions, drafts
// and provider; GUI thread.
class MessageComposer : public QWidget
{
    Q_OBJECT

public:
    MessageComposer(MessageActions &actions, MessageDrafts &drafts, QWidget *parent = nullptr);

    void setProfileId(const QString &profileId);
    // Keeps the old channel's draft and shows the new one's; drops attachments and the reply.
    void setChannel(const QString &channelId);
    QString channelId() const { return m_channelId; }
    void setReplyTo(const QString &messageId, const QString &author);
    QString replyTo() const { return m_replyTo; }

    // Checks and uploads an image file; false (the reason shown) when it is refused.
    bool attachFile(const QString &path);
    // URLs of uploaded attachments, in order.
    QStringList imageUrls() const;
    bool isUploading() const;
    QString sender() const;
    void setSender(const QString &sender);
    QString text() const;
    void setText(const QString &text);
    QString statusText() const;
    void send();
    void setQuestionProvider(QuestionProvider &questions);
    // Whether there is something unsent: text, images or a reply target.
    bool hasUnsentMessage() const;
    // Asks, then throws the unsent message away (Esc, the Discard button).
    void discard();

signals:
    // A message (or reply) was sent to `channelId`.
    void sent(const QString &channelId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Attachment
    {
        int serial = 0;
        QString name;
        QString url;
        QString error;
        QPointer<ApiReplyBase> upload;
        qint64 sent = 0;
        qint64 total = 0;
    };

    void retranslate();
    void updateAttachments();
    void updatePreview();
    void updateSendEnabled();
    void setStatus(const QString &text, bool error);
    void chooseFiles();
    void clearAttachments();
    void clearMessage();
    Attachment *attachment(int serial);

    MessageActions &m_actions;
    MessageDrafts &m_drafts;
    QString m_profileId;
    QString m_channelId;
    QString m_replyTo;
    QString m_replyAuthor;
    QList<Attachment> m_attachments;
    bool m_sending = false;
    int m_nextSerial = 0;

    QWidget *m_replyBar;
    QLabel *m_replyLabel;
    QPushButton *m_cancelReply;
    QPlainTextEdit *m_edit;
    QCheckBox *m_previewToggle;
    QLabel *m_preview;
    QListWidget *m_attachmentList;
    QProgressBar *m_progress;
    QPushButton *m_attach;
    QPushButton *m_removeAttachment;
    QLabel *m_senderLabel;
    QLineEdit *m_sender;
    QPushButton *m_send;
    QPushButton *m_discardButton;
    QLabel *m_status;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ra
