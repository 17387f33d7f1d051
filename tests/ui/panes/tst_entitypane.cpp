#include "api/apiclient.h"
#include "item/channelfiltermodel.h"
#include "item/channeltablemodel.h"
#include "messagebar.h"
#include "panes/apiundostack.h"
#include "panes/channelspane.h"
#include "panes/editentitycommand.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/channelstore.h"
#include "testservices.h"

#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ra;

// What EntityPane and ApiUndoStack add to every entity pane, through the Channels pane against
// the in-process sandbox: a step whose API call fails does not stay on the undo stack as done,
// and F5 keeps the selection and scroll position.
class tst_EntityPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void failedUndoKeepsStepUndoable();
    void failedRedoIsRevertedAndRetried();
    void refreshKeepsSelectionAndScroll();

private:
    Channel createChannel(const QString &topic);
    std::optional<Channel> sandboxChannel(const QString &topic);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChannelStore> m_store;
    std::unique_ptr<ChannelsPane> m_pane;
    test::AnsweringQuestionProvider m_questions;
};

void tst_EntityPane::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_EntityPane::init()
{
    m_sandbox.clearFaults();
    m_store = std::make_unique<ChannelStore>(*m_client);
    m_pane = std::make_unique<ChannelsPane>(*m_store, m_questions);
    m_pane->resize(700, 220);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->hasLoaded(), 10000);
}

void tst_EntityPane::cleanup()
{
    m_sandbox.clearFaults();
    m_pane.reset();
    m_store.reset();
}

Channel tst_EntityPane::createChannel(const QString &topic)
{
    Channel channel;
    channel.topic = topic;
    channel.channelType = QStringLiteral("open");
    QSignalSpy added(m_store.get(), &ChannelStore::added);
    m_store->create(channel, this);
    [&] {
        QVERIFY(added.wait(10000));
    }();
    return added.isEmpty() ? Channel() : added.first().first().value<Channel>();
}

std::optional<Channel> tst_EntityPane::sandboxChannel(const QString &topic)
{
    auto outcome = track(m_client->getChannels(m_store->serverId()));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    }();
    for (const Channel &c : outcome->value) {
        if (c.topic == topic)
            return c;
    }
    return std::nullopt;
}

void tst_EntityPane::failedUndoKeepsStepUndoable()
{
    const Channel channel = createChannel(QStringLiteral("undo-fails"));
    QVERIFY(m_pane->selectChannel(channel.id));
    m_pane->deleteCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->channel(channel.id).has_value(), 10000);
    QUndoStack *stack = m_pane->undoStack();
    QCOMPARE(stack->index(), 1);

    // Undo re-creates the channel; the server refuses.
    m_sandbox.addFault(QStringLiteral("route=createChannel;kind=error;status=500;count=20"));
    QSignalSpy failed(static_cast<ApiUndoStack *>(stack), &ApiUndoStack::stepFailed);
    stack->undo();
    QCOMPARE(stack->index(), 0);
    QVERIFY(failed.wait(20000));
    // The stack is back where the server's state is: the delete is done, and undoable again.
    QCOMPARE(stack->index(), 1);
    QVERIFY(stack->canUndo());
    QVERIFY(!stack->canRedo());
    QCOMPARE(failed.first().at(1).toBool(), true); // undoing
    QCOMPARE(failed.first().at(2).toBool(), true); // reverted
    QVERIFY(!sandboxChannel(QStringLiteral("undo-fails")).has_value());
    MessageBar *bar = m_pane->messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Could not undo \"Delete channel")),
             qPrintable(bar->text()));
    test::saveScreenshot(*m_pane, QStringLiteral("undo-failed"));

    // The reverting redo did not call the API: still exactly one delete happened. Once the
    // server works again, the same undo succeeds.
    m_sandbox.clearFaults();
    stack->undo();
    QTRY_VERIFY_WITH_TIMEOUT(sandboxChannel(QStringLiteral("undo-fails")).has_value(), 10000);
    QCOMPARE(stack->index(), 0);
}

void tst_EntityPane::failedRedoIsRevertedAndRetried()
{
    const Channel before = createChannel(QStringLiteral("edit-fails"));
    Channel after = before;
    after.topic = QStringLiteral("edit-fails-renamed");
    m_sandbox.addFault(QStringLiteral("route=updateChannel;kind=error;status=500;count=20"));
    auto *stack = static_cast<ApiUndoStack *>(m_pane->undoStack());
    QSignalSpy failed(stack, &ApiUndoStack::stepFailed);
    stack->pushCommand(new EditEntityCommand<ChannelStore>(*m_store, before, after,
                                                           QStringLiteral("Edit channel")));
    QCOMPARE(stack->index(), 1);
    QVERIFY(failed.wait(20000));
    QCOMPARE(stack->index(), 0);
    QVERIFY(stack->canRedo());
    QCOMPARE(failed.first().at(1).toBool(), false);
    QVERIFY(m_pane->messageBar()->text().contains(QStringLiteral("Redo tries again")));
    QCOMPARE(m_store->channel(before.id)->topic, before.topic);

    m_sandbox.clearFaults();
    stack->redo();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->channel(before.id)->topic, after.topic, 10000);
    QCOMPARE(stack->index(), 1);
    QVERIFY(sandboxChannel(after.topic).has_value());
}

void tst_EntityPane::refreshKeepsSelectionAndScroll()
{
    // Enough rows to scroll in the short pane.
    while (m_store->channels().size() < 30)
        createChannel(QStringLiteral("scroll-%1").arg(m_store->channels().size()));
    QTableView *view = m_pane->view();
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
    const QString id =
        m_pane->proxy()->index(20, 0).data(int(ChannelTableModel::DataRole::Id)).toString();
    QVERIFY(m_pane->selectChannel(id));
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // A channel made elsewhere, sorting above the selected one, arrives with the reload.
    auto made = track(m_client->createChannel(QStringLiteral("0-made-elsewhere"),
                                              QStringLiteral("open"), m_store->serverId()));
    QTRY_VERIFY_WITH_TIMEOUT(made->done, 10000);
    QSignalSpy loaded(m_store.get(), &ChannelStore::loaded);
    m_pane->refresh();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_store->channel(made->value.id).has_value());
    QCOMPARE(m_pane->currentChannelId(), id);
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
}

QTEST_MAIN(tst_EntityPane)
#include "tst_entitypane.moc"
