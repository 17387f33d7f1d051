#include "api/apiclient.h"
#include "item/channelfiltermodel.h"
#include "item/channeltablemodel.h"
#include "messagebar.h"
#include "panes/channeldialog.h"
#include "panes/channelspane.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/channelstore.h"
#include "testservices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ra;

// The Channels pane offscreen against the in-process sandbox: create, edit and delete through
// the dialog and keyboard, undo, the list source and the inline load error.
class tst_ChannelsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsChannels();
    void createEditDeleteThroughDialog();
    void undoDeleteBringsChannelBack();
    void switchesListSource();
    void loadFailureShowsInlineError();

private:
    std::optional<Channel> sandboxChannel(const QString &topic);
    QModelIndex rowOfTopic(const QString &topic) const;
    ChannelDialog *waitForDialog();
    void activatePane();

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChannelStore> m_store;
    std::unique_ptr<ChannelsPane> m_pane;
    test::AnsweringQuestionProvider m_questions;
};

void tst_ChannelsPane::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_ChannelsPane::init()
{
    m_sandbox.clearFaults();
    m_questions.asked.clear();
    m_questions.answer = true;
    m_store = std::make_unique<ChannelStore>(*m_client);
    m_pane = std::make_unique<ChannelsPane>(*m_store, m_questions);
    m_pane->resize(800, 400);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->hasLoaded() || m_store->loadError().isError(), 10000);
}

void tst_ChannelsPane::cleanup()
{
    m_pane.reset();
    m_store.reset();
}

void tst_ChannelsPane::activatePane()
{
    // The offscreen platform does not give the window back its activation after a dialog.
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->view()->setFocus();
}

std::optional<Channel> tst_ChannelsPane::sandboxChannel(const QString &topic)
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

QModelIndex tst_ChannelsPane::rowOfTopic(const QString &topic) const
{
    ChannelFilterModel *proxy = m_pane->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex i = proxy->index(row, int(ChannelTableModel::Column::Topic));
        if (i.data().toString() == topic)
            return i;
    }
    return {};
}

ChannelDialog *tst_ChannelsPane::waitForDialog()
{
    ChannelDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_pane->findChild<ChannelDialog *>()) != nullptr);
    }();
    if (dialog)
        [&] {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
        }();
    return dialog;
}

void tst_ChannelsPane::showsChannels()
{
    QVERIFY(m_store->hasLoaded());
    QVERIFY(m_pane->model()->rowCount() > 0);
    QCOMPARE(m_pane->model()->rowCount(), int(m_store->channels().size()));
    QVERIFY(m_pane->view()->isVisible());
    m_pane->selectChannel(
        m_pane->proxy()->index(1, 0).data(int(ChannelTableModel::DataRole::Id)).toString());
    test::saveScreenshot(*m_pane, QStringLiteral("channels-pane"));
}

void tst_ChannelsPane::createEditDeleteThroughDialog()
{
    const QString topic = QStringLiteral("dialog-channel");
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_N, Qt::ControlModifier);
    ChannelDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isCreating());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("topicEdit"));
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(edit && type && buttons);
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(edit, topic);
    type->setCurrentIndex(type->findData(QStringLiteral("forum")));
    test::saveScreenshot(*dialog, QStringLiteral("channel-dialog"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTopic(topic).isValid(), 10000);
    std::optional<Channel> stored = sandboxChannel(topic);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->channelType, QStringLiteral("forum"));

    // Edit with Enter on the selected row.
    QVERIFY(m_pane->selectChannel(stored->id));
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->isCreating());
    type = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("forum"));
    type->setCurrentIndex(type->findData(QStringLiteral("private")));
    dialog->findChild<QLineEdit *>(QStringLiteral("topicEdit"))
        ->setText(topic + QStringLiteral("-2"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTopic(topic + QStringLiteral("-2")).isValid(), 10000);
    stored = sandboxChannel(topic + QStringLiteral("-2"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->channelType, QStringLiteral("private"));
    QCOMPARE(rowOfTopic(topic + QStringLiteral("-2"))
                 .siblingAtColumn(int(ChannelTableModel::Column::Type))
                 .data()
                 .toString(),
             QStringLiteral("Private"));

    // Delete with the Delete key, after a confirmation naming the channel.
    QVERIFY(m_pane->selectChannel(stored->id));
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QTRY_COMPARE(m_questions.asked.size(), 1);
    QVERIFY(m_questions.asked.first().text.contains(topic + QStringLiteral("-2")));
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfTopic(topic + QStringLiteral("-2")).isValid(), 10000);
    QVERIFY(!sandboxChannel(topic + QStringLiteral("-2")).has_value());
    QCOMPARE(m_pane->undoStack()->count(), 3);
}

void tst_ChannelsPane::undoDeleteBringsChannelBack()
{
    const QString topic = QStringLiteral("undo-channel");
    Channel channel;
    channel.topic = topic;
    channel.channelType = QStringLiteral("private");
    QSignalSpy added(m_store.get(), &ChannelStore::added);
    m_store->create(channel, this);
    QVERIFY(added.wait(10000));
    QVERIFY(m_pane->selectChannel(added.first().first().value<Channel>().id));
    m_pane->deleteCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfTopic(topic).isValid(), 10000);
    QVERIFY(!sandboxChannel(topic).has_value());

    m_pane->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTopic(topic).isValid(), 10000);
    const std::optional<Channel> back = sandboxChannel(topic);
    QVERIFY(back.has_value());
    QCOMPARE(back->channelType, QStringLiteral("private"));
    m_pane->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfTopic(topic).isValid(), 10000);
    QVERIFY(!sandboxChannel(topic).has_value());
}

void tst_ChannelsPane::switchesListSource()
{
    auto *source = m_pane->findChild<QComboBox *>(QStringLiteral("channelSource"));
    QVERIFY(source);
    QVERIFY(!source->accessibleName().isEmpty());
    const int rows = m_pane->model()->rowCount();
    QSignalSpy loaded(m_store.get(), &ChannelStore::loaded);
    source->setCurrentIndex(1);
    QCOMPARE(m_store->source(), ChannelStore::Source::Integration);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_pane->model()->rowCount(), rows);
}

void tst_ChannelsPane::loadFailureShowsInlineError()
{
    m_pane.reset();
    m_store = std::make_unique<ChannelStore>(*m_client);
    m_sandbox.addFault(QStringLiteral("route=getChannels;kind=error;status=500;count=4"));
    m_pane = std::make_unique<ChannelsPane>(*m_store, m_questions);
    m_pane->resize(800, 300);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->loadError().isError(), 20000);
    auto *bar = m_pane->findChild<MessageBar *>();
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Could not load the channels")),
             qPrintable(bar->text()));
    QVERIFY(!m_pane->view()->isVisible());
    auto *placeholder =
        qobject_cast<QLabel *>(m_pane->findChild<QStackedWidget *>()->currentWidget());
    QVERIFY(placeholder);
    QVERIFY(placeholder->text().contains(QStringLiteral("could not be loaded")));

    m_sandbox.clearFaults();
    QPushButton *retry = nullptr;
    for (QPushButton *b : bar->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Retry")))
            retry = b;
    }
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->view()->isVisible(), 10000);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(tst_ChannelsPane)
#include "tst_channelspane.moc"
