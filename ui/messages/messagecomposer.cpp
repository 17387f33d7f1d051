#include "messages/messagecomposer.h"

#include "api/apireplybase.h"
#include "discardguard.h"
#include "messages/messageactions.h"
#include "messages/messagedrafts.h"
#include "messages/messagetext.h"
#include "stores/imagefile.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ra {

namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}
} // namespace

MessageComposer::MessageComposer(MessageActions &actions, MessageDrafts &drafts, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_drafts(drafts)
    , m_replyBar(new QWidget(this))
    , m_replyLabel(new QLabel(m_replyBar))
    , m_cancelReply(new QPushButton(m_replyBar))
    , m_edit(new QPlainTextEdit(this))
    , m_previewToggle(new QCheckBox(this))
    , m_preview(new QLabel(this))
    , m_attachmentList(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_attach(new QPushButton(this))
    , m_removeAttachment(new QPushButton(this))
    , m_senderLabel(new QLabel(this))
    , m_sender(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_discardButton(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_preview->setObjectName(QStringLiteral("composerPreview"));
    m_attachmentList->setObjectName(QStringLiteral("attachmentList"));
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_sender->setObjectName(QStringLiteral("senderEdit"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_replyLabel->setObjectName(QStringLiteral("replyLabel"));

    auto *replyLayout = new QHBoxLayout(m_replyBar);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(m_replyLabel, 1);
    replyLayout->addWidget(m_cancelReply);
    m_replyBar->hide();

    m_edit->setMaximumHeight(90);
    m_edit->viewport()->installEventFilter(this);
    m_edit->viewport()->setAcceptDrops(true);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->hide();
    m_attachmentList->setMaximumHeight(56);
    m_attachmentList->hide();
    m_progress->hide();
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_removeAttachment);
    buttons->addWidget(m_previewToggle);
    buttons->addStretch(1);
    buttons->addWidget(m_senderLabel);
    buttons->addWidget(m_sender);
    buttons->addWidget(m_discardButton);
    buttons->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_replyBar);
    layout->addWidget(m_edit);
    layout->addWidget(m_preview);
    layout->addWidget(m_attachmentList);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    setAcceptDrops(true);

    connect(m_cancelReply, &QPushButton::clicked, this, [this] { setReplyTo({}, {}); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_channelId.isEmpty())
            m_drafts.setDraft(m_profileId, m_channelId, m_edit->toPlainText());
        updatePreview();
        updateSendEnabled();
    });
    connect(m_previewToggle, &QCheckBox::toggled, this, [this](bool on) {
        m_preview->setVisible(on);
        updatePreview();
    });
    connect(m_attach, &QPushButton::clicked, this, &MessageComposer::chooseFiles);
    connect(m_removeAttachment, &QPushButton::clicked, this, [this] {
        const int row = m_attachmentList->currentRow();
        if (row < 0 || row >= m_attachments.size())
            return;
        if (m_attachments.at(row).upload)
            m_attachments.at(row).upload->abort();
        m_attachments.removeAt(row);
        updateAttachments();
    });
    connect(m_sender, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_drafts.setSender(m_profileId, text);
        updateSendEnabled();
    });
    connect(m_send, &QPushButton::clicked, this, &MessageComposer::send);
    connect(m_discardButton, &QPushButton::clicked, this, &MessageComposer::discard);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_edit);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &MessageComposer::send);
    }
    m_edit->installEventFilter(this); // Esc discards
    setTabOrder(m_cancelReply, m_edit);
    setTabOrder(m_edit, m_attachmentList);
    setTabOrder(m_attachmentList, m_attach);
    setTabOrder(m_attach, m_removeAttachment);
    setTabOrder(m_removeAttachment, m_previewToggle);
    setTabOrder(m_previewToggle, m_sender);
    setTabOrder(m_sender, m_discardButton);
    setTabOrder(m_discardButton, m_send);
    retranslate();
    updateSendEnabled();
}

void MessageComposer::retranslate()
{
    m_cancelReply->setText(tr("Cancel Reply"));
    m_edit->setPlaceholderText(tr("Write a message (plain text); drop images here"));
    m_previewToggle->setText(tr("Preview"));
    m_attach->setText(tr("Attach Image…"));
    m_removeAttachment->setText(tr("Remove Image"));
    m_senderLabel->setText(tr("Send as:"));
    m_sender->setPlaceholderText(tr("username or e-mail"));
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send (Ctrl+Return)"));
    m_discardButton->setText(tr("Discard"));
    m_discardButton->setToolTip(tr("Throw the unsent message away (Esc in the text)"));
    m_edit->setToolTip(tr("Ctrl+Return sends; Esc discards the unsent message"));
    m_edit->setAccessibleName(tr("Message text"));
    m_cancelReply->setAccessibleName(tr("Cancel Reply"));
    m_replyLabel->setAccessibleName(tr("Reply target"));
    m_previewToggle->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleName(tr("Message preview"));
    m_attachmentList->setAccessibleName(tr("Attached images"));
    m_progress->setAccessibleName(tr("Upload progress"));
    m_attach->setAccessibleName(tr("Attach Image"));
    m_removeAttachment->setAccessibleName(tr("Remove Image"));
    m_sender->setAccessibleName(tr("Send as"));
    m_send->setAccessibleName(tr("Send"));
    m_discardButton->setAccessibleName(tr("Discard"));
    m_status->setAccessibleName(tr("Composer status"));
    if (!m_replyTo.isEmpty())
        m_replyLabel->setText(tr("Replying to %1").arg(m_replyAuthor));
    updateAttachments();
}

void MessageComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MessageComposer::setProfileId(const QString &profileId)
{
    m_profileId = profileId;
    const QSignalBlocker block(m_sender);
    m_sender->setText(m_drafts.sender(profileId));
    updateSendEnabled();
}

void MessageComposer::setChannel(const QString &channelId)
{
    if (channelId == m_channelId)
        return;
    m_channelId = channelId;
    clearAttachments();
    setReplyTo({}, {});
    setStatus({}, false);
    const QSignalBlocker block(m_edit);
    m_edit->setPlainText(m_drafts.draft(m_profileId, channelId));
    updatePreview();
    updateSendEnabled();
}

void MessageComposer::setReplyTo(const QString &messageId, const QString &author)
{
    m_replyTo = messageId;
    m_replyAuthor = author;
    m_replyBar->setVisible(!messageId.isEmpty());
    m_replyLabel->setText(tr("Replying to %1").arg(author));
    if (!messageId.isEmpty())
        m_edit->setFocus();
}

QString MessageComposer::sender() const
{
    return m_sender->text().trimmed();
}

void MessageComposer::setSender(const QString &sender)
{
    m_sender->setText(sender);
}

QString MessageComposer::text() const
{
    return m_edit->toPlainText();
}

void MessageComposer::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

QString MessageComposer::statusText() const
{
    return m_status->text();
}

void MessageComposer::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

bool MessageComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        discard();
        return true;
    }
    if (watched == m_edit->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (!localFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList files = localFiles(drop->mimeData());
            if (!files.isEmpty()) {
                for (const QString &file : files)
                    attachFile(file);
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MessageComposer::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Attach Images"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("attachFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilter(ImageFile::nameFilter());
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        for (const QString &file : files)
            attachFile(file);
    });
    dialog->open();
}

bool MessageComposer::attachFile(const QString &path)
{
    QString refused;
    const ImageFile file = ImageFile::load(path, &refused);
    if (file.isNull()) {
        setStatus(refused, true);
        return false;
    }
    Attachment added;
    added.serial = ++m_nextSerial;
    added.name = file.fileName;
    added.total = file.bytes.size();
    const int serial = added.serial;
    m_attachments.append(added);
    m_attachments.last().upload = m_actions.upload(
        file, this,
        [this, serial](qint64 sent, qint64 total) {
            if (Attachment *a = attachment(serial)) {
                a->sent = sent;
                a->total = qMax<qint64>(total, 1);
                updateAttachments();
            }
        },
        [this, serial](const UploadedImage &image, const ApiError &error) {
            Attachment *a = attachment(serial);
            if (!a)
                return;
            a->upload = nullptr;
            if (error.isError())
                a->error = errorText(error);
            else
                a->url = image.url;
            a->sent = a->total;
            updateAttachments();
            updatePreview();
            updateSendEnabled();
        });
    setStatus({}, false);
    updateAttachments();
    updateSendEnabled();
    return true;
}

MessageComposer::Attachment *MessageComposer::attachment(int serial)
{
    for (Attachment &a : m_attachments) {
        if (a.serial == serial)
            return &a;
    }
    return nullptr;
}

QStringList MessageComposer::imageUrls() const
{
    QStringList urls;
    for (const Attachment &a : m_attachments) {
        if (!a.url.isEmpty())
            urls.append(a.url);
    }
    return urls;
}

bool MessageComposer::isUploading() const
{
    for (const Attachment &a : m_attachments) {
        if (a.upload)
            return true;
    }
    return false;
}

void MessageComposer::clearAttachments()
{
    for (const Attachment &a : std::as_const(m_attachments)) {
        if (a.upload)
            a.upload->abort();
    }
    m_attachments.clear();
    updateAttachments();
}

void MessageComposer::updateAttachments()
{
    const int current = m_attachmentList->currentRow();
    m_attachmentList->clear();
    qint64 sent = 0;
    qint64 total = 0;
    for (const Attachment &a : std::as_const(m_attachments)) {
        QString line;
        if (!a.error.isEmpty())
            line = tr("%1: not uploaded: %2").arg(a.name, a.error);
        else if (!a.url.isEmpty())
            line = tr("%1: uploaded").arg(a.name);
        else
            line = tr("%1: uploading…").arg(a.name);
        m_attachmentList->addItem(line);
        if (a.upload) {
            sent += a.sent;
            total += a.total;
        }
    }
    m_attachmentList->setCurrentRow(qMin(current, m_attachmentList->count() - 1));
    m_attachmentList->setVisible(!m_attachments.isEmpty());
    m_removeAttachment->setEnabled(!m_attachments.isEmpty());
    m_progress->setVisible(total > 0);
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(sent * 1000 / total));
        m_progress->setFormat(
            tr("Uploading %1 of %2")
                .arg(QLocale().formattedDataSize(sent), QLocale().formattedDataSize(total)));
    }
}

void MessageComposer::updatePreview()
{
    if (!m_preview->isVisible())
        return;
    const QStringList urls = imageUrls();
    QString text = m_edit->toPlainText().trimmed();
    if (!urls.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("[%n image(s) attached]", nullptr, int(urls.size()));
    if (text.isEmpty())
        text = tr("(nothing to send yet)");
    m_preview->setText(text);
}

void MessageComposer::updateSendEnabled()
{
    m_send->setEnabled(
        !m_sending && !m_channelId.isEmpty() && !isUploading() &&
        MessageActions::problem(m_edit->toPlainText(), imageUrls(), sender()).isEmpty());
}

void MessageComposer::setQuestionProvider(QuestionProvider &questions)
{
    delete m_discard;
    m_discard = new DiscardGuard(*this, questions);
    m_discard->setModifiedCheck([this] { return hasUnsentMessage(); });
    m_discard->setQuestionText(tr("Discard this unsent message?"),
                               tr("It has not been sent and will not be kept."));
}

bool MessageComposer::hasUnsentMessage() const
{
    return !m_edit->toPlainText().trimmed().isEmpty() || !m_attachments.isEmpty() ||
           !m_replyTo.isEmpty();
}

void MessageComposer::discard()
{
    if (!m_discard || m_sending)
        return;
    m_discard->close([this] {
        clearMessage();
        setStatus(tr("Discarded."), false);
    });
}

void MessageComposer::clearMessage()
{
    if (!m_channelId.isEmpty())
        m_drafts.setDraft(m_profileId, m_channelId, {});
    {
        const QSignalBlocker block(m_edit);
        m_edit->clear();
    }
    clearAttachments();
    setReplyTo({}, {});
    updatePreview();
    updateSendEnabled();
}

void MessageComposer::send()
{
    if (m_sending || m_channelId.isEmpty())
        return;
    if (isUploading()) {
        setStatus(tr("Wait until the images are uploaded."), true);
        return;
    }
    const QString text = m_edit->toPlainText();
    const QStringList urls = imageUrls();
    const QString why = MessageActions::problem(text, urls, sender());
    if (!why.isEmpty()) {
        setStatus(why, true);
        return;
    }
    m_sending = true;
    updateSendEnabled();
    setStatus(tr("Sending…"), false);
    const QString channel = m_channelId;
    const QString replyTo = m_replyTo;
    auto done = [this, channel](const ApiError &error) {
        m_sending = false;
        if (error.isError()) {
            setStatus(tr("Not sent: %1").arg(errorText(error)), true);
            updateSendEnabled();
            return;
        }
        if (channel == m_channelId)
            clearMessage();
        setStatus(tr("Sent."), false);
        updateSendEnabled();
        emit sent(channel);
    };
    if (replyTo.isEmpty())
        m_actions.send(channel, text, urls, sender(), this, done);
    else
        m_actions.reply(replyTo, text, urls, sender(), this, done);
}

} // namespace ra
