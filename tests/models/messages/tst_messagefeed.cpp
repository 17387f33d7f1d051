#include "messages/messageactions.h"
#include "messages/messagedrafts.h"
#include "messages/messagefeed.h"
#include "messages/messagetext.h"
#include "messagesandbox.h"
#include "stores/imagefile.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ra;

class TstMessageFeed : public QObject
{
    Q_OBJECT

private:
    // Sends `text` and waits for the answer; the error, if any.
    ApiError post(MessageActions &actions, const QString &channel, const QString &text,
                  const QString &sender, const QStringList &images = {})
    {
        bool done = false;
        ApiError error;
        actions.send(channel, text, images, sender, this, [&](const ApiError &e) {
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer"));
        return error;
    }

    const Message *find(const MessageList &list, const QString &text)
    {
        for (const Message &m : list.messages) {
            if (m.message == text)
                return &m;
        }
        return nullptr;
    }

private slots:
    void sendReplyAndReactReachTheSandbox()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        const QList<Channel> channels = sb.openChannels();
        QVERIFY(!channels.isEmpty());
        const QString channel = channels.first().id;
        const QString sender = sb.someSender();
        QVERIFY(!sender.isEmpty());
        MessageActions actions(*sb.client);

        QVERIFY(!post(actions, channel, QStringLiteral("Hello from the test"), sender).isError());
        MessageList list = sb.messages(channel, 10);
        const Message *sent = find(list, QStringLiteral("Hello from the test"));
        QVERIFY(sent);
        QCOMPARE(sent->email, sender);
        const QString parent = sent->id;

        bool done = false;
        ApiError error;
        actions.reply(parent, QStringLiteral("A reply"), {}, sender, this, [&](const ApiError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(!error.isError(), qPrintable(error.userText()));
        done = false;
        actions.react(parent, QStringLiteral(":heart:"), sender, this, [&](const ApiError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(!error.isError(), qPrintable(error.userText()));

        list = sb.messages(channel, 10);
        const Message *reply = find(list, QStringLiteral("A reply"));
        QVERIFY(reply);
        QCOMPARE(reply->parentId, parent);
        const Message *reacted = find(list, QStringLiteral("Hello from the test"));
        QVERIFY(reacted);
        QCOMPARE(reacted->reactions.size(), 1);
        QCOMPARE(reacted->reactions.first().emoji, QStringLiteral(":heart:"));
        QCOMPARE(reacted->reactions.first().count, 1);

        // The feed threads the reply under its parent and shows the reaction.
        MessageFeed feed(*sb.client);
        QSignalSpy loaded(&feed, &MessageFeed::loaded);
        feed.setChannel(channel);
        QVERIFY(loaded.wait(10000));
        const int parentRow = feed.rowOf(parent);
        const int replyRow = feed.rowOf(reply->id);
        QVERIFY(parentRow >= 0);
        QCOMPARE(replyRow, parentRow + 1);
        QCOMPARE(feed.index(replyRow).data(MessageFeed::DepthRole).toInt(), 1);
        QVERIFY(feed.index(parentRow)
                    .data(MessageFeed::ReactionsRole)
                    .toString()
                    .contains(MessageText::glyphOf(QStringLiteral(":heart:"))));
    }

    void failedSendSaysWhy()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        MessageActions actions(*sb.client);
        const ApiError error = post(actions, QStringLiteral("000000000000000000000000"),
                                    QStringLiteral("Into the void"), sb.someSender());
        QCOMPARE(error.httpStatus, 404);
        QVERIFY2(error.userText().contains(QStringLiteral("Channel not found")),
                 qPrintable(error.userText()));
        QVERIFY(!MessageActions::problem(QStringLiteral("hi"), {}, QString()).isEmpty());
        QVERIFY(!MessageActions::problem(QStringLiteral("  "), {}, QStringLiteral("a")).isEmpty());
        QVERIFY(MessageActions::problem(QStringLiteral("hi"), {}, QStringLiteral("a")).isEmpty());
    }

    void growingInsertsOlderRowsAbove()
    {
        MessageSandbox sb;
        QVERIFY(sb.start(300));
        const QString channel = sb.openChannels().first().id;
        MessageFeed feed(*sb.client);
        feed.setFirstCount(50);
        QSignalSpy loaded(&feed, &MessageFeed::loaded);
        feed.setChannel(channel);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(feed.rowCount(), 50);
        QVERIFY(feed.total() >= 300);
        QVERIFY(feed.canLoadOlder());
        const QString newest = feed.idAt(49);
        // The seeded messages' replies answer recent messages, so some replies of the first
        // screen sit under parents loaded only later: the feed shows them alone meanwhile.
        QStringList shown;
        for (int i = 0; i < feed.rowCount(); ++i)
            shown.append(feed.idAt(i));

        feed.loadOlder();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(feed.requestedCount(), 100);
        QCOMPARE(feed.rowCount(), 100);
        for (const QString &id : std::as_const(shown))
            QVERIFY2(feed.rowOf(id) >= 0, qPrintable(id));
        QCOMPARE(feed.idAt(99), newest);
    }

    void growingPlainMessagesNeverResets()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        const QString channel = sb.openChannels().at(1).id;
        const QString sender = sb.someSender();
        MessageActions actions(*sb.client);
        for (int i = 0; i < 30; ++i)
            QVERIFY(!post(actions, channel, QStringLiteral("plain %1").arg(i), sender).isError());
        MessageFeed feed(*sb.client);
        feed.setFirstCount(10);
        QSignalSpy loaded(&feed, &MessageFeed::loaded);
        feed.setChannel(channel);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(feed.rowCount(), 10);
        QCOMPARE(feed.index(9).data(MessageFeed::TextRole).toString(), QStringLiteral("plain 29"));
        const QString top = feed.idAt(0);
        QSignalSpy inserted(&feed, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&feed, &QAbstractItemModel::modelReset);
        feed.loadOlder();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 9);
        QCOMPARE(feed.rowOf(top), 10);

        // A new message lands at the bottom on refresh, also without a reset.
        QVERIFY(!post(actions, channel, QStringLiteral("newest"), sender).isError());
        inserted.clear();
        feed.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(feed.index(feed.rowCount() - 1).data(MessageFeed::TextRole).toString(),
                 QStringLiteral("newest"));
        QCOMPARE(loaded.last().at(1).toInt(), 1);
    }

    void olderRowsArriveInBatchesOnePerTurn()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        const QString channel = sb.openChannels().at(1).id;
        const QString sender = sb.someSender();
        MessageActions actions(*sb.client);
        for (int i = 0; i < 20; ++i)
            QVERIFY(!post(actions, channel, QStringLiteral("batch %1").arg(i), sender).isError());
        MessageFeed feed(*sb.client);
        feed.setFirstCount(10);
        feed.setInsertBatch(4);
        QSignalSpy loaded(&feed, &MessageFeed::loaded);
        feed.setChannel(channel);
        QVERIFY(loaded.wait(10000));
        const QString top = feed.idAt(0);
        // Each batch is its own turn of the event loop: a timer queued after the first batch
        // fires before the last one.
        QList<int> sizes;
        int turnsSeen = 0;
        connect(&feed, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    QCOMPARE(first, 0);
                    sizes.append(last - first + 1);
                    if (sizes.size() == 1)
                        QTimer::singleShot(0, this, [&] { turnsSeen = int(sizes.size()); });
                });
        feed.loadOlder();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(sizes, (QList<int>{4, 4, 2}));
        QVERIFY2(turnsSeen >= 1 && turnsSeen < 3, qPrintable(QString::number(turnsSeen)));
        QCOMPARE(loaded.last().at(0).toInt(), 10);
        QCOMPARE(feed.rowCount(), 20);
        QCOMPARE(feed.rowOf(top), 10);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(feed.index(i).data(MessageFeed::TextRole).toString(),
                     QStringLiteral("batch %1").arg(i));
            QCOMPARE(feed.rowOf(feed.idAt(i)), i);
        }
    }

    void unreadableAnswerSaysWhy()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        MessageFeed feed(*sb.client);
        QSignalSpy failed(&feed, &MessageFeed::loadFailed);
        sb.fixture.addFault(QStringLiteral("route=getMessages;kind=malformed;count=1"));
        feed.setChannel(sb.openChannels().first().id);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("getMessages")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!feed.isLoading());
        QCOMPARE(feed.rowCount(), 0);
    }

    void attachedImageIsStoredAndServedBack()
    {
        MessageSandbox sb;
        QVERIFY(sb.start());
        QTemporaryDir dir;
        QImage picture(40, 30, QImage::Format_RGB32);
        picture.fill(QColor(200, 30, 60));
        const QString path = dir.filePath(QStringLiteral("red.png"));
        QVERIFY(picture.save(path));
        QString why;
        const ImageFile file = ImageFile::load(path, &why);
        QVERIFY2(!file.isNull(), qPrintable(why));

        MessageActions actions(*sb.client);
        bool done = false;
        UploadedImage uploaded;
        ApiError error;
        qint64 progressTotal = 0;
        actions.upload(
            file, this, [&](qint64, qint64 total) { progressTotal = total; },
            [&](const UploadedImage &image, const ApiError &e) {
                uploaded = image;
                error = e;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY2(!error.isError(), qPrintable(error.userText()));
        QVERIFY(progressTotal > 0);
        QCOMPARE(uploaded.type, QStringLiteral("image/png"));

        QNetworkAccessManager net;
        QNetworkReply *reply = net.get(QNetworkRequest(QUrl(uploaded.url)));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), file.bytes);
        reply->deleteLater();

        // Sent with a message, the image comes back as the message's image.
        const QString channel = sb.openChannels().first().id;
        QVERIFY(
            !post(actions, channel, QStringLiteral("Look at this"), sb.someSender(), {uploaded.url})
                 .isError());
        const Message *m =
            find(sb.messages(channel, 5),
                 MessageText::compose(QStringLiteral("Look at this"), {uploaded.url}));
        QVERIFY(m);
        const MessageText::Parts parts = MessageText::split(m->message);
        QCOMPARE(parts.text, QStringLiteral("Look at this"));
        QCOMPARE(parts.images, QStringList{uploaded.url});
    }

    void refusedImageSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are not pixels");
        f.close();
        QString why;
        QVERIFY(ImageFile::load(path, &why).isNull());
        QVERIFY2(why.contains(QStringLiteral("notes.png")), qPrintable(why));
    }

    void draftsSurviveARestartUntilSent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.json"));
        {
            MessageDrafts drafts(path);
            drafts.setDraft(QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("half"));
            drafts.setDraft(QStringLiteral("p1"), QStringLiteral("c2"), QStringLiteral("other"));
            drafts.setSender(QStringLiteral("p1"), QStringLiteral("anna"));
        }
        {
            MessageDrafts drafts(path);
            QVERIFY(drafts.loadError().isEmpty());
            QCOMPARE(drafts.draft(QStringLiteral("p1"), QStringLiteral("c1")),
                     QStringLiteral("half"));
            QCOMPARE(drafts.sender(QStringLiteral("p1")), QStringLiteral("anna"));
            QCOMPARE(drafts.draft(QStringLiteral("p2"), QStringLiteral("c1")), QString());
            drafts.setDraft(QStringLiteral("p1"), QStringLiteral("c1"), {});
            QVERIFY(drafts.save());
        }
        MessageDrafts drafts(path);
        QCOMPARE(drafts.draft(QStringLiteral("p1"), QStringLiteral("c1")), QString());
        QCOMPARE(drafts.draft(QStringLiteral("p1"), QStringLiteral("c2")), QStringLiteral("other"));
    }

    void textSplitsImageLines()
    {
        const MessageText::Parts parts = MessageText::split(
            QStringLiteral("Hi\nhttp://127.0.0.1:5/uploads/ab/x.png\nsee https://example.com "
                           "now\nhttps://cdn.example.com/a/b.JPG"));
        QCOMPARE(parts.text, QStringLiteral("Hi\nsee https://example.com now"));
        QCOMPARE(parts.images, (QStringList{QStringLiteral("http://127.0.0.1:5/uploads/ab/x.png"),
                                            QStringLiteral("https://cdn.example.com/a/b.JPG")}));
    }
};

QTEST_MAIN(TstMessageFeed)
#include "tst_messagefeed.moc"
