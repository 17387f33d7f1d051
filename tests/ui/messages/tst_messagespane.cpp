#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"
#include "messages/announcedialog.h"
#include "messages/messageactions.h"
#include "messages/messagecomposer.h"
#include "messages/messagedrafts.h"
#include "messages/messagefeed.h"
#include "messages/messagespane.h"
#include "messages/messagetext.h"
#include "messagesandbox.h"
#include "stores/channelstore.h"
#include "stores/imagecache.h"
#include "testservices.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TstMessagesPane : public QObject
{
    Q_OBJECT

private:
    struct Pane
    {
        explicit Pane(MessageSandbox &sb)
            : channels(*sb.client, ChannelStore::Source::Integration)
            , feed(*sb.client)
            , actions(*sb.client)
            , drafts(QString())
            , images(&sb.network)
            , pane(feed, channels, actions, drafts, &images)
        {
            feed.setFirstCount(40);
            pane.resize(1000, 760);
            pane.show();
            channels.reload();
        }
        ChannelStore channels;
        MessageFeed feed;
        MessageActions actions;
        MessageDrafts drafts;
        ImageCache images;
        MessagesPane pane;
    };

    int rowWithText(MessageFeed &feed, const QString &text)
    {
        for (int i = 0; i < feed.rowCount(); ++i) {
            if (feed.index(i).data(MessageFeed::TextRole).toString() == text)
                return i;
        }
        return -1;
    }

private slots:
    void readScrollUpReplyAndReact()
    {
        MessageSandbox sb;
        QVERIFY(sb.start(400));
        const QString channel = sb.openChannels().first().id;
        Pane p(sb);
        QTRY_VERIFY(p.pane.chooseChannel(channel));
        QSignalSpy loaded(&p.feed, &MessageFeed::loaded);
        QTRY_COMPARE(p.feed.rowCount(), 40);
        QScrollBar *bar = p.pane.view()->verticalScrollBar();
        // Newest at the bottom, and the view starts there.
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        test::saveScreenshot(p.pane, QStringLiteral("messages-channel"));

        // To the top: more is asked for, and the message that was at the top stays put.
        loaded.clear();
        bar->setValue(bar->minimum());
        const QModelIndex top = p.pane.view()->indexAt(QPoint(4, 1));
        QVERIFY(top.isValid());
        const QString anchor = top.data(MessageFeed::IdRole).toString();
        const int anchorTop = p.pane.view()->visualRect(top).top();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(p.feed.requestedCount(), 80);
        QCOMPARE(p.feed.rowCount(), 80);
        const QModelIndex after = p.feed.index(p.feed.rowOf(anchor));
        QVERIFY(p.feed.rowOf(anchor) > 0);
        QCOMPARE(p.pane.view()->visualRect(after).top(), anchorTop);
        QVERIFY(bar->value() > bar->minimum());
        test::saveScreenshot(p.pane, QStringLiteral("messages-older"));

        // Reply to the newest message from the composer.
        const QString sender = sb.someSender();
        p.pane.composer()->setSender(sender);
        const int newest = p.feed.rowCount() - 1;
        const QString parentId = p.feed.idAt(newest);
        p.pane.view()->setCurrentIndex(p.feed.index(newest));
        p.pane.replyToSelected();
        QCOMPARE(p.pane.composer()->replyTo(), parentId);
        p.pane.composer()
            ->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"))
            ->setPlainText(QStringLiteral("Thanks, noted"));
        test::saveScreenshot(p.pane, QStringLiteral("messages-replying"));
        QPushButton *send =
            p.pane.composer()->findChild<QPushButton *>(QStringLiteral("sendButton"));
        QVERIFY(send->isEnabled());
        send->click();
        QTRY_VERIFY(rowWithText(p.feed, QStringLiteral("Thanks, noted")) >= 0);
        const int replyRow = rowWithText(p.feed, QStringLiteral("Thanks, noted"));
        QCOMPARE(p.feed.index(replyRow).data(MessageFeed::DepthRole).toInt(), 1);
        QCOMPARE(p.pane.composer()->text(), QString());
        QCOMPARE(p.pane.composer()->replyTo(), QString());
        bool answered = false;
        for (const Message &m : sb.messages(channel, 5).messages)
            answered = answered || (m.message == u"Thanks, noted" && m.parentId == parentId);
        QVERIFY(answered);

        // React to it with the picker's heart.
        p.pane.view()->setCurrentIndex(p.feed.index(replyRow));
        p.pane.reactToSelected(QStringLiteral(":heart:"));
        const QString heart = MessageText::glyphOf(QStringLiteral(":heart:"));
        QTRY_VERIFY(p.feed.index(rowWithText(p.feed, QStringLiteral("Thanks, noted")))
                        .data(MessageFeed::ReactionsRole)
                        .toString()
                        .contains(heart));
        test::saveScreenshot(p.pane, QStringLiteral("messages-reacted"));
    }

    void showsTheNewestWhenLoadedWhileHidden()
    {
        MessageSandbox sb;
        QVERIFY(sb.start(200));
        const QString channel = sb.openChannels().first().id;
        Pane p(sb);
        // As in the window before it is first shown: hidden, and not yet at its final size.
        p.pane.hide();
        p.pane.resize(500, 300);
        QTRY_VERIFY(p.pane.chooseChannel(channel));
        QTRY_COMPARE(p.feed.rowCount(), 40);
        QVERIFY(!p.feed.isLoading());
        p.pane.resize(1000, 760);
        p.pane.show();
        QScrollBar *bar = p.pane.view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        const QModelIndex last = p.feed.index(p.feed.rowCount() - 1);
        QVERIFY(p.pane.view()->viewport()->rect().intersects(p.pane.view()->visualRect(last)));
    }

    void failedSendKeepsTheTextAndSaysWhy()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        const QString channel = sb.openChannels().first().id;
        Pane p(sb);
        QTRY_VERIFY(p.pane.chooseChannel(channel));
        QTRY_VERIFY(p.feed.rowCount() > 0);
        p.pane.composer()->setSender(QStringLiteral("nobody-at-all@example.invalid"));
        p.pane.composer()->setText(QStringLiteral("Will this arrive?"));
        QCOMPARE(p.drafts.draft(QString(), channel), QStringLiteral("Will this arrive?"));
        p.pane.composer()->send();
        QTRY_VERIFY(p.pane.composer()->statusText().startsWith(QStringLiteral("Not sent:")));
        QVERIFY2(p.pane.composer()->statusText().contains(QStringLiteral("Sender not found")),
                 qPrintable(p.pane.composer()->statusText()));
        QCOMPARE(p.pane.composer()->text(), QStringLiteral("Will this arrive?"));
        QCOMPARE(p.drafts.draft(QString(), channel), QStringLiteral("Will this arrive?"));
        test::saveScreenshot(p.pane, QStringLiteral("messages-send-failed"));
    }

    void announceShowsEachChannelAndRetriesTheFailed()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        const QList<Channel> channels = sb.openChannels().mid(0, 3);
        QCOMPARE(channels.size(), 3);
        QTemporaryDir journal;
        BulkClientPool pool(*sb.client);
        AnnounceDialog dialog(pool, channels);
        dialog.setJournalDirectory(journal.path());
        dialog.show();
        dialog.setChecked({channels.at(0).id, channels.at(1).id, channels.at(2).id});
        dialog.setText(QStringLiteral("Server upgrade on Friday"));
        dialog.setSender(sb.someSender());
        test::saveScreenshot(dialog, QStringLiteral("announce-compose"));
        sb.fixture.addFault(QStringLiteral("route=sendMessage;kind=error;status=403;count=1"));
        QSignalSpy finished(&dialog, &AnnounceDialog::jobFinished);
        QVERIFY(dialog.send());
        QVERIFY(finished.wait(10000));
        QStringList failed;
        int sent = 0;
        for (const Channel &c : channels) {
            const QString result = dialog.resultOf(c.id);
            if (result == u"failed")
                failed.append(c.id);
            sent += result == u"sent" ? 1 : 0;
        }
        QCOMPARE(sent, 2);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("1 failed")),
                 qPrintable(dialog.statusText()));
        test::saveScreenshot(dialog, QStringLiteral("announce-one-failed"));

        QVERIFY(dialog.retryFailed());
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog.resultOf(failed.first()), QStringLiteral("sent"));
        for (const Channel &c : channels) {
            int copies = 0;
            for (const Message &m : sb.messages(c.id, 10).messages)
                copies += m.message == u"Server upgrade on Friday" ? 1 : 0;
            QCOMPARE(copies, 1);
        }
        test::saveScreenshot(dialog, QStringLiteral("announce-retried"));
    }
};

QTEST_MAIN(TstMessagesPane)
#include "tst_messagespane.moc"
