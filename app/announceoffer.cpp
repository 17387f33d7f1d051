#include "announceoffer.h"

#include "api/apiclient.h"
#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"
#include "bulk/bulkjournal.h"
#include "bulkresumeoffer.h"
#include "messages/announcedialog.h"
#include "messages/announceitemkind.h"
#include "questionprovider.h"
#include "stores/channelstore.h"

#include <QMainWindow>
#include <QStatusBar>

namespace ra {

AnnounceOffer::AnnounceOffer(QMainWindow &window, ApiClient &client, ChannelStore &channels,
                             QuestionProvider &questions, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(client)
    , m_channels(channels)
    , m_questions(questions)
{
}

QString AnnounceOffer::journalDirectory() const
{
    return m_journalDir.isEmpty() ? BulkJournal::defaultDirectory() : m_journalDir;
}

AnnounceDialog *AnnounceOffer::newDialog()
{
    auto *pool = new BulkClientPool(m_client);
    auto *dialog = new AnnounceDialog(*pool, m_channels.channels(), &m_window);
    pool->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setJournalDirectory(journalDirectory());
    dialog->setQuestionProvider(m_questions);
    m_last = dialog;
    return dialog;
}

AnnounceDialog *AnnounceOffer::open(const QString &sender, const QString &channelId)
{
    AnnounceDialog *dialog = newDialog();
    dialog->setSender(sender);
    if (!channelId.isEmpty())
        dialog->setChecked({channelId});
    dialog->open();
    return dialog;
}

void AnnounceOffer::onBound()
{
    // Get Messages and Send Message are Integration routes.
    if (m_offered || !m_client.config().baseUrl(ApiFamily::Integration).isValid())
        return;
    m_offered = true;
    offerUnfinished();
}

void AnnounceOffer::offerUnfinished()
{
    const QList<BulkJournal::Summary> open = BulkJournal::unfinished(journalDirectory());
    for (const BulkJournal::Summary &s : open) {
        const std::unique_ptr<AnnounceItemKind> kind =
            AnnounceItemKind::fromJson(s.info.kind, s.info.params);
        if (!kind)
            continue; // another engine user's job (an assignment) is offered by its pane
        QuestionProvider::Question q;
        q.title = tr("Interrupted Announcement");
        q.text = tr("\"%1\" was interrupted before every channel was handled.")
                     .arg(s.info.title.isEmpty() ? kind->displayName() : s.info.title);
        q.informativeText =
            tr("Handled: %1 of %2 channels (sent %3, not found %4, failed %5); %6 were on the "
               "wire and are looked up in their channel first. Resume sends to the rest, none "
               "twice. Forget stops here and you are not asked again.")
                .arg(s.counts.finished())
                .arg(s.counts.total)
                .arg(s.counts.done)
                .arg(s.counts.notFound)
                .arg(s.counts.failed)
                .arg(s.inDoubt);
        const QString path = s.path;
        offerBulkResume(m_window, m_questions, this, q, path, [this, path] { resume(path); });
    }
}

void AnnounceOffer::resume(const QString &path)
{
    QString why;
    std::unique_ptr<BulkJob> job = BulkJob::resumeFrom(path, &why);
    if (!job) {
        m_window.statusBar()->showMessage(tr("The announcement cannot be resumed: %1").arg(why),
                                          20000);
        return;
    }
    AnnounceDialog *dialog = newDialog();
    dialog->open();
    dialog->resume(std::move(job));
}

} // namespace ra
