#include "api/apiclient.h"
#include "item/rolefiltermodel.h"
#include "item/roletablemodel.h"
#include "messagebar.h"
#include "panes/roledialog.h"
#include "panes/rolespane.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/rolepermissioncatalog.h"
#include "stores/rolestore.h"
#include "testservices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ra;

// The Roles pane offscreen against the in-process sandbox: create, edit and delete through the
// dialog and keyboard, undo, refresh and the inline load error.
class tst_RolesPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsRoles();
    void createEditDeleteThroughDialog();
    void undoDeleteBringsRoleBack();
    void undoEditAndCreate();
    void customColourShowsInFull();
    void refreshKeepsSelection();
    void reorderByDropAndKeyboard();
    void searchFilters();
    void loadFailureShowsInlineError();

private:
    std::optional<Role> sandboxRole(const QString &title);
    QModelIndex rowOfTitle(const QString &title) const;
    RoleDialog *waitForDialog();

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RoleStore> m_store;
    std::unique_ptr<RolesPane> m_pane;
    test::AnsweringQuestionProvider m_questions;
};

void tst_RolesPane::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_RolesPane::init()
{
    m_sandbox.clearFaults();
    m_questions.asked.clear();
    m_questions.answer = true;
    m_store = std::make_unique<RoleStore>(*m_client);
    m_pane = std::make_unique<RolesPane>(*m_store, m_questions);
    m_pane->resize(900, 480);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->hasLoaded() || m_store->loadError().isError(), 10000);
}

void tst_RolesPane::cleanup()
{
    m_pane.reset();
    m_store.reset();
}

std::optional<Role> tst_RolesPane::sandboxRole(const QString &title)
{
    auto outcome = track(m_client->getServerRoles(m_store->serverId()));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    }();
    for (const Role &r : outcome->value) {
        if (r.title == title)
            return r;
    }
    return std::nullopt;
}

QModelIndex tst_RolesPane::rowOfTitle(const QString &title) const
{
    RoleFilterModel *proxy = m_pane->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex i = proxy->index(row, int(RoleTableModel::Column::Name));
        if (i.data().toString() == title)
            return i;
    }
    return {};
}

RoleDialog *tst_RolesPane::waitForDialog()
{
    RoleDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_pane->findChild<RoleDialog *>()) != nullptr);
    }();
    if (dialog)
        [&] {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
        }();
    return dialog;
}

void tst_RolesPane::showsRoles()
{
    QVERIFY(m_store->hasLoaded());
    QCOMPARE(m_pane->model()->rowCount(), int(m_store->roles().size()));
    QVERIFY(m_pane->model()->rowCount() > 0);
    QVERIFY(m_pane->view()->isVisible());
    QVERIFY(m_pane->undoStack());
    QVERIFY(!m_pane->view()->accessibleName().isEmpty());
    // Hierarchy order: sorted by position.
    const auto sortColumn = m_pane->view()->horizontalHeader()->sortIndicatorSection();
    QCOMPARE(sortColumn, int(RoleTableModel::Column::Order));
    // The API reports no member counts: the cells stay empty (no column of
    // dashes) and the header says why.
    const int members = int(RoleTableModel::Column::Members);
    QCOMPARE(m_pane->model()->index(0, members).data().toString(), QString());
    QVERIFY(m_pane->model()
                ->headerData(members, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("no member count")));
    m_pane->selectRole(m_pane->model()->idAt(0));
    test::saveScreenshot(*m_pane, QStringLiteral("roles-pane"));
}

void tst_RolesPane::createEditDeleteThroughDialog()
{
    const QString title = QStringLiteral("Dialog moderators");
    // Create: Ctrl+N opens the dialog.
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_N, Qt::ControlModifier);
    RoleDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isCreating());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(name && buttons);
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(name, title);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->setColourClass(QStringLiteral("purple"));
    dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"))
        ->setText(QStringLiteral("Keeps the peace"));
    QVERIFY(dialog->permissionBox(QStringLiteral("ban_members")));
    QVERIFY(dialog->permissionBox(QStringLiteral("share_Attachments")));
    dialog->permissionBox(QStringLiteral("ban_members"))->setChecked(true);
    dialog->permissionBox(QStringLiteral("share_Attachments"))->setChecked(true);
    test::saveScreenshot(*dialog, QStringLiteral("role-dialog"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(title).isValid(), 10000);
    std::optional<Role> stored = sandboxRole(title);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->colorClass, QStringLiteral("purple"));
    QCOMPARE(stored->description, QStringLiteral("Keeps the peace"));
    QCOMPARE(stored->serverPermissions.value(u"ban_members").toBool(), true);
    QCOMPARE(stored->channelPermissions.value(u"share_Attachments").toBool(), true);
    QCOMPARE(stored->serverPermissions.value(u"allow_dm").toBool(), false);
    QCOMPARE(m_pane->undoStack()->count(), 1);

    // Edit: select the row, F2 opens the dialog with the role's values.
    QVERIFY(m_pane->selectRole(stored->id));
    // The offscreen platform does not give the window back its activation after a dialog.
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_F2);
    dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->isCreating());
    QVERIFY(dialog->permissionBox(QStringLiteral("ban_members"))->isChecked());
    QCOMPARE(
        dialog->findChild<QComboBox *>(QStringLiteral("colourCombo"))->currentData().toString(),
        QStringLiteral("purple"));
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
    QCOMPARE(description->text(), QStringLiteral("Keeps the peace"));
    description->setText(QStringLiteral("Keeps the peace, politely"));
    dialog->permissionBox(QStringLiteral("ban_members"))->setChecked(false);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    const QModelIndex descIndex =
        m_pane->proxy()->index(rowOfTitle(title).row(), int(RoleTableModel::Column::Description));
    QTRY_COMPARE_WITH_TIMEOUT(descIndex.data().toString(),
                              QStringLiteral("Keeps the peace, politely"), 10000);
    stored = sandboxRole(title);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->description, QStringLiteral("Keeps the peace, politely"));
    QCOMPARE(stored->serverPermissions.value(u"ban_members").toBool(), false);

    // Delete: the Delete key asks, naming the role, and removes it from table and sandbox.
    QVERIFY(m_pane->selectRole(stored->id));
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QTRY_COMPARE(m_questions.asked.size(), 1);
    QVERIFY(m_questions.asked.first().text.contains(title));
    QVERIFY(m_questions.asked.first().informativeText.contains(QStringLiteral("lose")));
    QVERIFY(m_questions.asked.first().destructive);
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfTitle(title).isValid(), 10000);
    QVERIFY(!sandboxRole(title).has_value());
    QCOMPARE(m_pane->undoStack()->count(), 3);
}

void tst_RolesPane::undoDeleteBringsRoleBack()
{
    const QString title = QStringLiteral("Undo me");
    Role role;
    role.title = title;
    role.colorClass = QStringLiteral("orange");
    role.order = m_store->nextOrder();
    RolePermissionCatalog::setValue(&role, RolePermissionCatalog::all().at(2), true);
    QSignalSpy added(m_store.get(), &RoleStore::added);
    m_store->create(role, this);
    QVERIFY(added.wait(10000));
    QTRY_VERIFY(rowOfTitle(title).isValid());
    QVERIFY(m_pane->selectRole(added.first().first().value<Role>().id));

    // A declined question deletes nothing.
    m_questions.answer = false;
    const int answered = m_questions.answered;
    m_pane->deleteCurrent();
    QCOMPARE(m_questions.asked.size(), 1);
    QTRY_COMPARE(m_questions.answered, answered + 1); // the answer is queued
    QCOMPARE(m_pane->undoStack()->count(), 0);
    QVERIFY(sandboxRole(title).has_value());

    m_questions.answer = true;
    m_pane->deleteCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfTitle(title).isValid(), 10000);
    QVERIFY(!sandboxRole(title).has_value());

    m_pane->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(title).isValid(), 10000);
    std::optional<Role> back = sandboxRole(title);
    QVERIFY(back.has_value());
    QCOMPARE(back->colorClass, QStringLiteral("orange"));
    QVERIFY(RolePermissionCatalog::value(*back, RolePermissionCatalog::all().at(2)));

    // Redo deletes the re-created role (new id) again.
    m_pane->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfTitle(title).isValid(), 10000);
    QVERIFY(!sandboxRole(title).has_value());
}

void tst_RolesPane::undoEditAndCreate()
{
    const QString title = QStringLiteral("Edit undo");
    m_pane->newRole();
    RoleDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(title);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(title).isValid(), 10000);
    const QString id = rowOfTitle(title).data(int(RoleTableModel::DataRole::Id)).toString();
    QVERIFY(m_pane->selectRole(id));
    m_pane->editCurrent();
    dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
        ->setText(title + QStringLiteral(" 2"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(title + QStringLiteral(" 2")).isValid(), 10000);
    QVERIFY(sandboxRole(title + QStringLiteral(" 2")).has_value());

    m_pane->undoStack()->undo(); // edit
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(title).isValid(), 10000);
    QVERIFY(sandboxRole(title).has_value());
    m_pane->undoStack()->undo(); // create
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfTitle(title).isValid(), 10000);
    QVERIFY(!sandboxRole(title).has_value());
    m_pane->undoStack()->redo(); // create again
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(title).isValid(), 10000);
    m_pane->undoStack()->redo(); // edit the re-created role
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(title + QStringLiteral(" 2")).isValid(), 10000);
    QVERIFY(sandboxRole(title + QStringLiteral(" 2")).has_value());
}

// A custom colour picked in the open dialog showed as "#1abc9": the box kept the width of the
// named colours. Its text field must hold the swatch and the whole code.
void tst_RolesPane::customColourShowsInFull()
{
    m_questions.answer = true; // discard when the dialog closes
    m_pane->newRole();
    RoleDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("colourCombo"));
    QVERIFY(combo);
    dialog->setColourClass(QStringLiteral("#1abc9c"));
    QCOMPARE(combo->currentText(), QStringLiteral("#1abc9c"));
    const auto fieldWidth = [combo] {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        return combo->style()
            ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
            .width();
    };
    const int needed = combo->iconSize().width() + 4 +
                       combo->fontMetrics().horizontalAdvance(combo->currentText());
    QTRY_VERIFY2(
        fieldWidth() >= needed,
        qPrintable(QStringLiteral("field %1 px, text needs %2 px").arg(fieldWidth()).arg(needed)));
    dialog->reject();
}

void tst_RolesPane::reorderByDropAndKeyboard()
{
    QList<Role> sorted = m_store->roles();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Role &a, const Role &b) { return a.order < b.order; });
    QVERIFY(sorted.size() >= 3);
    const Role a = sorted.at(sorted.size() - 2);
    const Role b = sorted.at(sorted.size() - 1);
    QVERIFY(a.order < b.order);
    auto orderOf = [this](const QString &id) {
        return m_store->role(id)->order;
    };

    // Drag b onto a, through the proxy as the view does.
    RoleFilterModel *proxy = m_pane->proxy();
    const QModelIndex from = proxy->mapFromSource(m_pane->model()->indexOfId(b.id));
    const QModelIndex onto = proxy->mapFromSource(m_pane->model()->indexOfId(a.id));
    std::unique_ptr<QMimeData> mime(proxy->mimeData({from}));
    QVERIFY(mime);
    QVERIFY(proxy->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, onto));
    const int rows = proxy->rowCount();
    QVERIFY(!proxy->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, onto));
    QCOMPARE(proxy->rowCount(), rows);
    QTRY_COMPARE_WITH_TIMEOUT(orderOf(b.id), a.order, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(orderOf(a.id), b.order, 10000);
    QCOMPARE(sandboxRole(b.title)->order, a.order);
    QCOMPARE(sandboxRole(a.title)->order, b.order);
    QCOMPARE(m_pane->undoStack()->count(), 1);

    m_pane->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(orderOf(b.id), b.order, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(orderOf(a.id), a.order, 10000);
    QCOMPARE(sandboxRole(b.title)->order, b.order);

    // Keyboard: Ctrl+Shift+Up moves the selected role one place up the hierarchy.
    QVERIFY(m_pane->selectRole(b.id));
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(orderOf(b.id), a.order, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(orderOf(a.id), b.order, 10000);
    m_pane->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(orderOf(b.id), b.order, 10000);
}

void tst_RolesPane::refreshKeepsSelection()
{
    QTableView *view = m_pane->view();
    const int last = m_pane->proxy()->rowCount() - 1;
    QVERIFY(last > 0);
    const QString id =
        m_pane->proxy()->index(last, 0).data(int(RoleTableModel::DataRole::Id)).toString();
    QVERIFY(m_pane->selectRole(id));
    QSignalSpy loaded(m_store.get(), &RoleStore::loaded);
    m_pane->refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_pane->currentRoleId(), id);
    QCOMPARE(view->currentIndex().data(int(RoleTableModel::DataRole::Id)).toString(), id);
}

void tst_RolesPane::searchFilters()
{
    m_pane->find();
    auto *search = m_pane->findChild<QLineEdit *>(QStringLiteral("roleSearch"));
    QVERIFY(search);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("zzz-nothing-matches"));
    QCOMPARE(m_pane->proxy()->rowCount(), 0);
    search->clear();
    QCOMPARE(m_pane->proxy()->rowCount(), m_pane->model()->rowCount());
}

void tst_RolesPane::loadFailureShowsInlineError()
{
    m_pane.reset();
    m_store = std::make_unique<RoleStore>(*m_client);
    m_sandbox.addFault(QStringLiteral("route=getServerRoles;kind=error;status=500;count=4"));
    m_pane = std::make_unique<RolesPane>(*m_store, m_questions);
    m_pane->resize(900, 320);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->loadError().isError(), 20000);
    auto *bar = m_pane->findChild<MessageBar *>();
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("Could not load the roles")),
             qPrintable(bar->text()));
    // Not an empty table that looks like "no roles".
    QVERIFY(!m_pane->view()->isVisible());
    auto *pages = m_pane->findChild<QStackedWidget *>();
    auto *placeholder = qobject_cast<QLabel *>(pages->currentWidget());
    QVERIFY(placeholder);
    QVERIFY(placeholder->text().contains(QStringLiteral("could not be loaded")));
    test::saveScreenshot(*m_pane, QStringLiteral("roles-pane-error"));

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
    QVERIFY(m_pane->model()->rowCount() > 0);
}

QTEST_MAIN(tst_RolesPane)
#include "tst_rolespane.moc"
