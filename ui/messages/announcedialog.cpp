#include "messages/announcedialog.h"

#include "bulk/bulkjob.h"
#include "discardguard.h"
#include "messages/announceitemkind.h"
#include "messages/messageactions.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ra {

namespace {
QString channelName(const Channel &channel)
{
    return QStringLiteral("# ") + (channel.topic.isEmpty() ? channel.id : channel.topic);
}
} // namespace

AnnounceDialog::AnnounceDialog(BulkClientPool &pool, const QList<Channel> &channels,
                               QWidget *parent)
    : QDialog(parent)
    , m_pool(pool)
    , m_channelList(channels)
    , m_journalDir(BulkJournal::defaultDirectory())
    , m_pages(new QStackedWidget(this))
    , m_channels(new QListWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_sender(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_retry(new QPushButton(tr("Retry Failed"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Announce to Several Channels"));
    setObjectName(QStringLiteral("announceDialog"));
    m_channels->setObjectName(QStringLiteral("announceChannels"));
    m_text->setObjectName(QStringLiteral("announceText"));
    m_sender->setObjectName(QStringLiteral("announceSender"));
    m_progress->setObjectName(QStringLiteral("announceProgress"));
    m_results->setObjectName(QStringLiteral("announceResults"));
    m_send->setObjectName(QStringLiteral("announceSend"));
    m_retry->setObjectName(QStringLiteral("announceRetry"));
    m_status->setWordWrap(true);
    m_channels->setAccessibleName(tr("Channels to announce to"));
    m_text->setAccessibleName(tr("Announcement text"));
    m_sender->setAccessibleName(tr("Send as"));
    m_progress->setAccessibleName(tr("Sending progress"));
    m_results->setAccessibleName(tr("Result per channel"));
    m_status->setAccessibleName(tr("Announcement status"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setToolTip(tr("Send to every chosen channel (Ctrl+Return)"));
    m_retry->setAccessibleName(tr("Retry Failed"));
    m_close->setAccessibleName(tr("Close"));
    for (const Channel &channel : channels) {
        auto *item = new QListWidgetItem(channelName(channel), m_channels);
        item->setData(Qt::UserRole, channel.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_sender->setPlaceholderText(tr("username or e-mail"));
    m_text->setPlaceholderText(tr("The message every chosen channel gets (plain text)"));

    auto *compose = new QWidget(m_pages);
    auto *form = new QFormLayout(compose);
    form->addRow(tr("Channels:"), m_channels);
    form->addRow(tr("Message:"), m_text);
    form->addRow(tr("Send as:"), m_sender);
    auto *running = new QWidget(m_pages);
    auto *runLayout = new QVBoxLayout(running);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_results, 1);
    m_results->setColumnCount(3);
    m_results->setHorizontalHeaderLabels({tr("Channel"), tr("Result"), tr("Reason")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pages->addWidget(compose);
    m_pages->addWidget(running);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_send);
    buttons->addWidget(m_close);
    m_retry->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(m_send, &QPushButton::clicked, this, &AnnounceDialog::send);
    connect(m_retry, &QPushButton::clicked, this, &AnnounceDialog::retryFailed);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_pages->currentIndex() == 0)
                send();
        });
    }
    setTabOrder(m_channels, m_text);
    setTabOrder(m_text, m_sender);
    setTabOrder(m_sender, m_results);
    setTabOrder(m_results, m_retry);
    setTabOrder(m_retry, m_send);
    setTabOrder(m_send, m_close);
    resize(620, 520);
}

void AnnounceDialog::setQuestionProvider(QuestionProvider &questions)
{
    delete m_discard;
    m_discard = new DiscardGuard(*this, questions);
    m_discard->setModifiedCheck([this] { return hasUnsentMessage(); });
    m_discard->setQuestionText(tr("Discard this unsent message?"),
                               tr("It has not been sent and will not be kept."));
}

bool AnnounceDialog::hasUnsentMessage() const
{
    return !m_job && !m_text->toPlainText().trimmed().isEmpty();
}

void AnnounceDialog::reject()
{
    if (!m_discard) {
        QDialog::reject();
        return;
    }
    m_discard->close([this] { QDialog::reject(); });
}

AnnounceDialog::~AnnounceDialog() = default;

void AnnounceDialog::setSender(const QString &sender)
{
    m_sender->setText(sender);
}

QString AnnounceDialog::sender() const
{
    return m_sender->text().trimmed();
}

void AnnounceDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void AnnounceDialog::setChecked(const QStringList &channelIds)
{
    for (int i = 0; i < m_channels->count(); ++i) {
        QListWidgetItem *item = m_channels->item(i);
        item->setCheckState(
            channelIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList AnnounceDialog::checkedChannels() const
{
    QStringList ids;
    for (int i = 0; i < m_channels->count(); ++i) {
        if (m_channels->item(i)->checkState() == Qt::Checked)
            ids.append(m_channels->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

void AnnounceDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

QString AnnounceDialog::statusText() const
{
    return m_status->text();
}

bool AnnounceDialog::send()
{
    if (m_job)
        return false;
    const QStringList ids = checkedChannels();
    const QString text = m_text->toPlainText().trimmed();
    QString why = MessageActions::problem(text, {}, sender());
    if (ids.isEmpty())
        why = tr("Choose at least one channel.");
    if (!why.isEmpty()) {
        setStatus(why, true);
        return false;
    }
    QList<BulkItem> items;
    m_results->setRowCount(0);
    m_rowOf.clear();
    for (const Channel &channel : std::as_const(m_channelList)) {
        if (!ids.contains(channel.id))
            continue;
        BulkItem item;
        item.input = channelName(channel);
        item.key = channel.id;
        item.line = int(items.size()) + 1;
        items.append(item);
        addResultRow(item);
    }
    m_results->resizeColumnToContents(0);
    auto kind = std::make_unique<AnnounceItemKind>(text, sender());
    BulkJobInfo info;
    info.title = kind->displayName(); // what the offer after a crash names
    run(std::make_unique<BulkJob>(std::move(kind), items, info));
    return m_job != nullptr;
}

bool AnnounceDialog::resume(std::unique_ptr<BulkJob> job)
{
    if (m_job || !job)
        return false;
    if (const auto *kind = dynamic_cast<const AnnounceItemKind *>(&job->kind())) {
        m_text->setPlainText(kind->message());
        m_sender->setText(kind->sender());
    }
    m_results->setRowCount(0);
    m_rowOf.clear();
    QList<int> all;
    for (const BulkItem &item : job->items()) {
        addResultRow(item);
        all.append(int(all.size()));
    }
    m_results->resizeColumnToContents(0);
    run(std::move(job));
    updateRows(all);
    return m_job != nullptr;
}

void AnnounceDialog::addResultRow(const BulkItem &item)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    m_results->setItem(row, 0, new QTableWidgetItem(item.input));
    m_results->setItem(row, 1, new QTableWidgetItem(tr("waiting")));
    m_results->setItem(row, 2, new QTableWidgetItem);
    m_rowOf.insert(item.key, row);
}

bool AnnounceDialog::retryFailed()
{
    if (!m_job || m_job->status() != BulkJob::Status::Finished || m_job->counts().failed == 0)
        return false;
    std::unique_ptr<BulkJob> retry = m_job->retryFailedJob();
    if (!retry)
        return false;
    m_previous = std::move(m_job);
    run(std::move(retry));
    return m_job != nullptr;
}

void AnnounceDialog::run(std::unique_ptr<BulkJob> job)
{
    job->setJournalDirectory(m_journalDir);
    BulkJob *raw = job.get();
    connect(raw, &BulkJob::itemsChanged, this, &AnnounceDialog::updateRows);
    connect(raw, &BulkJob::progressChanged, this, [this](const BulkProgress &p) {
        m_progress->setRange(0, qMax(1, p.counts.total));
        m_progress->setValue(p.counts.finished());
    });
    connect(raw, &BulkJob::finished, this, &AnnounceDialog::onFinished);
    connect(raw, &BulkJob::journalFailed, this, [this](const QString &error) {
        setStatus(tr("Sending stopped: the job's journal cannot be written: %1").arg(error), true);
    });
    m_pages->setCurrentIndex(1);
    m_send->hide();
    m_retry->hide();
    m_progress->setRange(0, qMax(1, int(job->items().size())));
    m_progress->setValue(0);
    setStatus(tr("Sending to %n channel(s)…", nullptr, int(job->items().size())), false);
    m_job = std::move(job);
    QString error;
    if (!m_job->start(m_pool, &error)) {
        setStatus(tr("Nothing was sent: %1").arg(error), true);
        m_job.reset();
        m_send->show();
        m_pages->setCurrentIndex(0);
    }
}

void AnnounceDialog::updateRows(const QList<int> &indexes)
{
    if (!m_job)
        return;
    const QList<BulkItem> &items = m_job->items();
    for (int i : indexes) {
        if (i < 0 || i >= items.size())
            continue;
        const BulkItem &item = items.at(i);
        const int row = m_rowOf.value(item.key, -1);
        if (row < 0)
            continue;
        QString result;
        switch (item.state) {
        case BulkItemState::Done:
            result = tr("sent");
            break;
        case BulkItemState::NotFound:
            result = tr("channel not found");
            break;
        case BulkItemState::Failed:
            result = tr("failed");
            break;
        case BulkItemState::InFlight:
            result = tr("sending…");
            break;
        default:
            result = bulkStateText(item.state);
            break;
        }
        m_results->item(row, 1)->setText(result);
        m_results->item(row, 2)->setText(item.state == BulkItemState::Done ? QString()
                                                                           : item.reason);
    }
}

QString AnnounceDialog::resultOf(const QString &channelId) const
{
    const int row = m_rowOf.value(channelId, -1);
    return row < 0 ? QString() : m_results->item(row, 1)->text();
}

void AnnounceDialog::onFinished()
{
    QList<int> all;
    for (int i = 0; i < m_job->items().size(); ++i)
        all.append(i);
    updateRows(all);
    const BulkCounts c = m_job->counts();
    const int failed = c.failed + c.notFound;
    if (failed == 0)
        setStatus(tr("Sent to %n channel(s).", nullptr, c.done), false);
    else
        setStatus(tr("Sent to %1 of %2 channels; %3 failed (reasons in the table).")
                      .arg(c.done)
                      .arg(c.total)
                      .arg(failed),
                  true);
    m_retry->setVisible(c.failed > 0);
    emit jobFinished();
}

} // namespace ra
