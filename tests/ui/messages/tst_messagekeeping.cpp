// Issue 16 follow-up: nothing written is lost (the composer and the announcement window ask
// before an unsent message is thrown away), an announcement interrupted mid-way is offered
// again and resumed without a second copy in any channel, and the keyboard and accessible names
// of the Messages pane. Offscreen against the in-process sandbox over HTTP.
#include "announceoffer.h"
#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"
#include "bulk/bulkjournal.h"
#include "discardguard.h"
#include "messages/announcedialog.h"
#include "messages/announceitemkind.h"
#include "messages/messageactions.h"
#include "messages/messagecomposer.h"
#include "messages/messagedrafts.h"
#include "messages/messagefeed.h"
#include "messages/messagespane.h"
#include "messagesandbox.h"
#include "stores/channelstore.h"
#include "testservices.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QListView>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TstMessageKeeping : public QObject
{
    Q_OBJECT

private:
    struct Composer
    {
        Composer(MessageSandbox &sb, test::AnsweringQuestionProvider &questions)
            : actions(*sb.client)
            , drafts(dir.filePath(QStringLiteral("drafts.json")))
            , composer(actions, drafts)
        {
            composer.setQuestionProvider(questions);
            composer.setProfileId(QStringLiteral("p1"));
            composer.setChannel(QStringLiteral("c1"));
            composer.show();
        }
        QTemporaryDir dir;
        MessageActions actions;
        MessageDrafts drafts;
        MessageComposer composer;
    };

    static int copiesOf(MessageSandbox &sb, const QString &channel, const QString &text)
    {
        int n = 0;
        for (const Message &m : sb.messages(channel, 20).messages)
            n += m.message == text ? 1 : 0;
        return n;
    }

private slots:
    void escInTheComposerAsksBeforeDiscarding()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        test::AnsweringQuestionProvider questions;
        Composer c(sb, questions);
        auto *edit = c.composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(edit);
        edit->setFocus();
        edit->setPlainText(QStringLiteral("Half a thought"));
        QVERIFY(c.composer.hasUnsentMessage());

        // Keep editing: the text and its draft stay.
        questions.answer = false;
        QTest::keyClick(edit, Qt::Key_Escape);
        QTRY_COMPARE(questions.answered, 1);
        QCOMPARE(questions.asked.size(), 1);
        QCOMPARE(questions.asked.last().title, discardQuestion().title);
        QCOMPARE(questions.asked.last().text, QStringLiteral("Discard this unsent message?"));
        QVERIFY(questions.asked.last().destructive);
        QCOMPARE(c.composer.text(), QStringLiteral("Half a thought"));
        QCOMPARE(c.drafts.draft(QStringLiteral("p1"), QStringLiteral("c1")),
                 QStringLiteral("Half a thought"));

        // Discard: the text and its draft go.
        questions.answer = true;
        QTest::keyClick(edit, Qt::Key_Escape);
        QTRY_COMPARE(questions.answered, 2);
        QCOMPARE(c.composer.text(), QString());
        QCOMPARE(c.drafts.draft(QStringLiteral("p1"), QStringLiteral("c1")), QString());

        // Nothing written: nothing to ask.
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(questions.asked.size(), 2);
    }

    void closingTheAnnouncementWithTextAsks()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        test::AnsweringQuestionProvider questions;
        BulkClientPool pool(*sb.client);
        AnnounceDialog dialog(pool, sb.openChannels().mid(0, 2));
        dialog.setQuestionProvider(questions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Nothing written: closes at once, unasked.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(questions.asked.size(), 0);

        dialog.show();
        dialog.setText(QStringLiteral("Big news"));
        questions.answer = false;
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_COMPARE(questions.answered, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(questions.asked.size(), 1);
        test::saveScreenshot(dialog, QStringLiteral("announce-kept"));

        questions.answer = true;
        dialog.close();
        QTRY_COMPARE(questions.answered, 2);
        QTRY_VERIFY(!dialog.isVisible());
    }

    void interruptedAnnouncementIsOfferedAndResumedOncePerChannel()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        constexpr int count = 20;
        QList<BulkItem> items;
        for (int i = 0; i < count; ++i) {
            auto created = track(sb.client->createChannel(QStringLiteral("resume-%1").arg(i),
                                                          QStringLiteral("open")));
            QTRY_VERIFY(created->done);
            QVERIFY(!created->error.isError());
            BulkItem item;
            item.key = created->value.id;
            item.input = created->value.topic;
            item.line = i + 1;
            items.append(item);
        }
        const QString text = QStringLiteral("Resumed announcement");
        QTemporaryDir journal;
        {
            auto kind = std::make_unique<AnnounceItemKind>(text, sb.someSender());
            BulkJobInfo info;
            info.title = kind->displayName();
            BulkClientPool pool(*sb.client);
            pool.setMaxInFlight(2);
            BulkJob job(std::move(kind), items, info);
            job.setJournalDirectory(journal.path());
            sb.fixture.addFault(QStringLiteral("route=sendMessage;latencyMs=80"));
            QVERIFY(job.start(pool));
            QTRY_VERIFY_WITH_TIMEOUT(job.counts().finished() >= 4, 15000);
            job.stop();
            QTRY_COMPARE_WITH_TIMEOUT(job.status(), BulkJob::Status::Stopped, 15000);
            const int done = job.counts().done;
            QVERIFY2(done > 0 && done < count, qPrintable(QString::number(done)));
        }
        sb.fixture.clearFaults();
        QCOMPARE(BulkJournal::unfinished(journal.path()).size(), 1);

        QMainWindow window;
        ChannelStore channels(*sb.client, ChannelStore::Source::Integration);
        test::AnsweringQuestionProvider questions;
        questions.choiceAnswers = {0}; // Resume
        AnnounceOffer offer(window, *sb.client, channels, questions);
        offer.setJournalDirectory(journal.path());
        offer.onBound();
        QTRY_COMPARE(questions.answered, 1);
        QCOMPARE(questions.asked.size(), 1);
        QCOMPARE(questions.offered.first(),
                 (QStringList{QStringLiteral("Resume"), QStringLiteral("Forget")}));
        QVERIFY(questions.asked.first().text.contains(QStringLiteral("Resumed announcement")));
        AnnounceDialog *dialog = offer.lastDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->currentJob());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->currentJob()->status(), BulkJob::Status::Finished, 20000);
        QCOMPARE(dialog->currentJob()->counts().done, count);
        for (const BulkItem &item : items) {
            QCOMPARE(copiesOf(sb, item.key, text), 1);
            QCOMPARE(dialog->resultOf(item.key), QStringLiteral("sent"));
        }
        test::saveScreenshot(*dialog, QStringLiteral("announce-resumed"));
        // Finished: not offered again.
        offer.offerUnfinished();
        QCOMPARE(questions.asked.size(), 1);
        QVERIFY(!dialog->hasUnsentMessage());
    }

    void forgetDropsTheInterruptedAnnouncement()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        QTemporaryDir journal;
        {
            // One channel at a time, slowly: stopped while the first is on its way, the other
            // two are never sent.
            QList<BulkItem> items;
            for (const Channel &c : sb.openChannels().mid(0, 3)) {
                BulkItem item;
                item.key = c.id;
                item.input = c.topic;
                item.line = int(items.size()) + 1;
                items.append(item);
            }
            QCOMPARE(items.size(), 3);
            BulkJob job(
                std::make_unique<AnnounceItemKind>(QStringLiteral("Never sent"), sb.someSender()),
                items, {});
            job.setJournalDirectory(journal.path());
            BulkClientPool pool(*sb.client);
            pool.setMaxInFlight(1);
            sb.fixture.addFault(QStringLiteral("route=sendMessage;latencyMs=300"));
            QVERIFY(job.start(pool));
            job.stop();
            QTRY_COMPARE_WITH_TIMEOUT(job.status(), BulkJob::Status::Stopped, 15000);
        }
        sb.fixture.clearFaults();
        QCOMPARE(BulkJournal::unfinished(journal.path()).size(), 1);
        QMainWindow window;
        ChannelStore channels(*sb.client, ChannelStore::Source::Integration);
        test::AnsweringQuestionProvider questions;
        questions.choiceAnswers = {1}; // Forget
        AnnounceOffer offer(window, *sb.client, channels, questions);
        offer.setJournalDirectory(journal.path());
        offer.offerUnfinished();
        QTRY_COMPARE(questions.answered, 1);
        QVERIFY(BulkJournal::unfinished(journal.path()).isEmpty());
        QVERIFY(!offer.lastDialog());
    }

    void keyboardAndAccessibleNames()
    {
        MessageSandbox sb;
        QVERIFY(sb.start(60));
        ChannelStore channels(*sb.client, ChannelStore::Source::Integration);
        MessageFeed feed(*sb.client);
        MessageActions actions(*sb.client);
        MessageDrafts drafts{QString()};
        MessagesPane pane(feed, channels, actions, drafts, nullptr);
        feed.setFirstCount(20);
        pane.resize(1000, 700);
        pane.show();
        channels.reload();
        const QString channel = sb.openChannels().first().id;
        QTRY_VERIFY(pane.chooseChannel(channel));
        QTRY_COMPARE(feed.rowCount(), 20);
        QTRY_VERIFY(!feed.isLoading());

        // Up/Down move between messages, R replies to the selected one.
        QListView *view = pane.view();
        view->setFocus();
        view->setCurrentIndex(feed.index(10));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 11);
        QTest::keyClick(view, Qt::Key_Up);
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->currentIndex().row(), 9);
        QTest::keyClick(view, Qt::Key_R);
        QCOMPARE(pane.composer()->replyTo(), feed.idAt(9));

        // Every control of the pane and the composer has an accessible name.
        const QList<QWidget *> widgets = pane.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || w->window() != &pane || w->parent() == view)
                continue;
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                qobject_cast<QLineEdit *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                        .arg(w->objectName(),
                                             QString::fromLatin1(w->metaObject()->className()))));
        }
    }
};

QTEST_MAIN(TstMessageKeeping)
#include "tst_messagekeeping.moc"
