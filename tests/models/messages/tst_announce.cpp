#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"
#include "bulk/bulkjournal.h"
#include "messages/announceitemkind.h"
#include "messagesandbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TstAnnounce : public QObject
{
    Q_OBJECT

private:
    int copiesOf(MessageSandbox &sb, const QString &channel, const QString &text)
    {
        int n = 0;
        for (const Message &m : sb.messages(channel, 20).messages)
            n += m.message == text ? 1 : 0;
        return n;
    }

    QList<BulkItem> itemsFor(const QList<Channel> &channels)
    {
        QList<BulkItem> items;
        for (const Channel &c : channels) {
            BulkItem item;
            item.input = c.topic;
            item.key = c.id;
            item.line = int(items.size()) + 1;
            items.append(item);
        }
        return items;
    }

private slots:
    void oneFailingChannelIsReportedAndRetried()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        const QList<Channel> channels = sb.openChannels().mid(0, 3);
        QCOMPARE(channels.size(), 3);
        const QString sender = sb.someSender();
        const QString text = QStringLiteral("Maintenance tonight at 22:00");
        QTemporaryDir journal;
        // The next Send Message is refused, whichever channel it is for.
        sb.fixture.addFault(QStringLiteral("route=sendMessage;kind=error;status=403;count=1"));

        BulkClientPool pool(*sb.client);
        BulkJob job(std::make_unique<AnnounceItemKind>(text, sender), itemsFor(channels), {});
        job.setJournalDirectory(journal.path());
        QSignalSpy finished(&job, &BulkJob::finished);
        QString error;
        QVERIFY2(job.start(pool, &error), qPrintable(error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.counts().done, 2);
        QCOMPARE(job.counts().failed, 1);
        QString failedChannel;
        for (const BulkItem &item : job.items()) {
            if (item.state == BulkItemState::Failed) {
                failedChannel = item.key;
                QCOMPARE(item.httpStatus, 403);
                QVERIFY(!item.reason.isEmpty());
            }
        }
        QCOMPARE(copiesOf(sb, failedChannel, text), 0);

        std::unique_ptr<BulkJob> retry = job.retryFailedJob();
        QVERIFY(retry);
        retry->setJournalDirectory(journal.path());
        QCOMPARE(retry->items().size(), 1);
        QSignalSpy retried(retry.get(), &BulkJob::finished);
        QVERIFY(retry->start(pool, &error));
        QVERIFY(retried.wait(10000));
        QCOMPARE(retry->counts().done, 1);
        for (const Channel &c : channels)
            QCOMPARE(copiesOf(sb, c.id, text), 1);
    }

    void unknownChannelIsNotFound()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        Channel ghost;
        ghost.id = QStringLiteral("000000000000000000000000");
        ghost.topic = QStringLiteral("ghost");
        BulkClientPool pool(*sb.client);
        BulkJob job(std::make_unique<AnnounceItemKind>(QStringLiteral("hi"), sb.someSender()),
                    itemsFor({ghost}), {});
        job.setJournalDirectory({});
        QSignalSpy finished(&job, &BulkJob::finished);
        QVERIFY(job.start(pool));
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.counts().notFound, 1);
    }

    void kindIsJournaledAndReadBack()
    {
        const AnnounceItemKind kind(QStringLiteral("Hello all"), QStringLiteral("anna"));
        QString error;
        const std::unique_ptr<BulkItemKind> back =
            BulkKinds::create(kind.name(), kind.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        const auto *announce = dynamic_cast<const AnnounceItemKind *>(back.get());
        QVERIFY(announce);
        QCOMPARE(announce->message(), QStringLiteral("Hello all"));
        QCOMPARE(announce->sender(), QStringLiteral("anna"));
        QVERIFY(!kind.inverse());
        QVERIFY(!kind.repeatAnswersAlready());
    }

    void itemInDoubtIsLookedUpNotResent()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        const Channel channel = sb.openChannels().first();
        const QString sender = sb.someSender();
        const QString text = QStringLiteral("Sent before the crash");
        QTemporaryDir journal;
        // A journal that says the item was sent without a result, and the message is there.
        {
            BulkClientPool pool(*sb.client);
            BulkJob job(std::make_unique<AnnounceItemKind>(text, sender), itemsFor({channel}), {});
            job.setJournalDirectory(journal.path());
            QSignalSpy finished(&job, &BulkJob::finished);
            QVERIFY(job.start(pool));
            QVERIFY(finished.wait(10000));
            QCOMPARE(copiesOf(sb, channel.id, text), 1);
            // Cut the journal back to before the result: the item is in doubt.
            QFile file(job.journalPath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QList<QByteArray> lines = file.readAll().split('\n');
            file.close();
            QList<QByteArray> kept;
            for (const QByteArray &line : lines) {
                if (line.startsWith("{\"r\"") || line.startsWith("{\"end\""))
                    break;
                kept.append(line);
            }
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(kept.join('\n') + '\n');
        }
        QString error;
        const QStringList files = QDir(journal.path()).entryList({QStringLiteral("*.jsonl")});
        QCOMPARE(files.size(), 1);
        std::unique_ptr<BulkJob> resumed =
            BulkJob::resumeFrom(QDir(journal.path()).filePath(files.first()), &error);
        QVERIFY2(resumed, qPrintable(error));
        QCOMPARE(resumed->inDoubtCount(), 1);
        BulkClientPool pool(*sb.client);
        QSignalSpy finished(resumed.get(), &BulkJob::finished);
        QVERIFY(resumed->start(pool, &error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(resumed->counts().done, 1);
        QCOMPARE(copiesOf(sb, channel.id, text), 1);
    }
};

QTEST_GUILESS_MAIN(TstAnnounce)
#include "tst_announce.moc"
