#include "api/apiclient.h"
#include "domain/userfieldrules.h"
#include "item/userfieldtablemodel.h"
#include "panes/userfielddialog.h"
#include "panes/userfieldspane.h"
#include "panetesthelpers.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/currentserver.h"
#include "stores/newuserrequest.h"
#include "stores/serverstore.h"
#include "stores/userfieldstore.h"
#include "testservices.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ra;

// The User Fields pane offscreen against the in-process sandbox: its model and proxy under
// QAbstractItemModelTester, create / edit / delete through the dialog (the sandbox changes),
// undo of a delete, and bad definitions and values refused with the field named, by the dialog
// and by the sandbox.
class tst_UserFieldsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsFieldsOfTheCommunity();
    void createEditDeleteThroughDialog();
    void undoDeleteRecreatesField();
    void editClearsDefaultAndFormerOptions();
    void dialogRefusesBadDefinitionNamingField();
    void sandboxRefusesBadDefinitionNamingField();
    void sandboxRefusesBadValueNamingField();

private:
    std::optional<UserField> sandboxField(const QString &key);
    QModelIndex rowOfName(const QString &name) const;
    void activatePane();

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ServerStore> m_servers;
    std::unique_ptr<CurrentServer> m_current;
    std::unique_ptr<UserFieldStore> m_store;
    std::unique_ptr<UserFieldsPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    test::AnsweringQuestionProvider m_questions;
};

void tst_UserFieldsPane::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    m_servers = std::make_unique<ServerStore>(*m_client);
    m_current = std::make_unique<CurrentServer>(*m_servers);
    m_current->setCommunity(m_sandbox.config().communityId);
    m_servers->reload();
    QTRY_VERIFY_WITH_TIMEOUT(m_current->isCommunityNamed(), 10000);
}

void tst_UserFieldsPane::init()
{
    m_questions.asked.clear();
    m_questions.answer = true;
    m_store = std::make_unique<UserFieldStore>(*m_client);
    m_pane = std::make_unique<UserFieldsPane>(*m_store, *m_current, m_questions);
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_pane->model(), Mode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_pane->proxy(), Mode::QtTest);
    m_pane->resize(1000, 420);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_store->reload();
    QTRY_VERIFY_WITH_TIMEOUT(m_store->hasLoaded() || m_store->loadError().isError(), 10000);
}

void tst_UserFieldsPane::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_pane.reset();
    m_store.reset();
}

void tst_UserFieldsPane::activatePane()
{
    test::activate(m_pane.get(), m_pane->view());
}

std::optional<UserField> tst_UserFieldsPane::sandboxField(const QString &key)
{
    auto outcome = track(m_client->getUserFields());
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.userText()));
    }();
    for (const UserField &f : outcome->value) {
        if (f.field == key)
            return f;
    }
    return std::nullopt;
}

QModelIndex tst_UserFieldsPane::rowOfName(const QString &name) const
{
    return test::rowWithText(m_pane->proxy(), int(UserFieldTableModel::Column::Name), name);
}

void tst_UserFieldsPane::showsFieldsOfTheCommunity()
{
    QVERIFY(m_store->hasLoaded());
    // The demo's fields, typed: Deposit Amount is numerical, Birthday a date.
    const QModelIndex deposit = rowOfName(QStringLiteral("Deposit Amount"));
    QVERIFY(deposit.isValid());
    QCOMPARE(deposit.siblingAtColumn(int(UserFieldTableModel::Column::Key)).data().toString(),
             QStringLiteral("deposit-amount"));
    QCOMPARE(deposit.siblingAtColumn(int(UserFieldTableModel::Column::Type)).data().toString(),
             UserFieldRules::typeName(QStringLiteral("numerical")));
    QVERIFY(rowOfName(QStringLiteral("Birthday")).isValid());
    // The heading names the community, as the other panes do.
    auto *heading = m_pane->findChild<QLabel *>(QStringLiteral("userFieldsHeading"));
    QVERIFY(heading);
    QVERIFY2(heading->text().contains(m_current->communityName()), qPrintable(heading->text()));
    QVERIFY(m_current->communityName() != m_current->communityId());
    test::saveScreenshot(*m_pane, QStringLiteral("user-fields-pane"));
}

void tst_UserFieldsPane::createEditDeleteThroughDialog()
{
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = test::waitForDialog<UserFieldDialog>(m_pane.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isCreating());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fieldName"));
    auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("fieldKey"));
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("fieldType"));
    auto *required = dialog->findChild<QCheckBox *>(QStringLiteral("fieldRequired"));
    auto *def = dialog->findChild<QLineEdit *>(QStringLiteral("fieldDefault"));
    auto *options = dialog->findChild<QPlainTextEdit *>(QStringLiteral("fieldOptions"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(name && key && type && required && def && options && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    // Every documented type is offered.
    for (const QString &t : UserFieldRules::types())
        QVERIFY2(type->findData(t) >= 0, qPrintable(t));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Account Tier"));
    QCOMPARE(key->text(), QStringLiteral("account-tier")); // follows the name
    type->setCurrentIndex(type->findData(QStringLiteral("select")));
    QVERIFY(options->isEnabled());
    QVERIFY(!ok->isEnabled()); // a choice field without options
    options->setPlainText(QStringLiteral("Bronze\nSilver\nGold"));
    required->setChecked(true);
    def->setText(QStringLiteral("Silver"));
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->problem()));
    test::saveScreenshot(*dialog, QStringLiteral("user-field-dialog"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(QStringLiteral("Account Tier")).isValid(), 10000);
    std::optional<UserField> stored = sandboxField(QStringLiteral("account-tier"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->type, QStringLiteral("select"));
    QCOMPARE(stored->options, QStringList({QStringLiteral("Bronze"), QStringLiteral("Silver"),
                                           QStringLiteral("Gold")}));
    QVERIFY(stored->required);
    QCOMPARE(stored->defaultValue, QStringLiteral("Silver"));

    // Edit with Enter: another name and default; the key cannot change.
    QVERIFY(m_pane->selectId(stored->id));
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    dialog = test::waitForDialog<UserFieldDialog>(m_pane.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->isCreating());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("fieldKey"))->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("fieldName"))->setText(QStringLiteral("Tier 2"));
    dialog->findChild<QLineEdit *>(QStringLiteral("fieldDefault"))->setText(QStringLiteral("Gold"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(QStringLiteral("Tier 2")).isValid(), 10000);
    stored = sandboxField(QStringLiteral("account-tier"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->name, QStringLiteral("Tier 2"));
    QCOMPARE(stored->defaultValue, QStringLiteral("Gold"));

    // Delete with the Delete key, after a question naming the field and the lost values.
    QVERIFY(m_pane->selectId(stored->id));
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QTRY_COMPARE(m_questions.asked.size(), 1);
    QVERIFY(m_questions.asked.first().text.contains(QStringLiteral("Tier 2")));
    QVERIFY(m_questions.asked.first().text.contains(m_current->communityName()));
    QVERIFY(m_questions.asked.first().informativeText.contains(QStringLiteral("lost")));
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfName(QStringLiteral("Tier 2")).isValid(), 10000);
    QVERIFY(!sandboxField(QStringLiteral("account-tier")).has_value());
    QCOMPARE(m_pane->undoStack()->count(), 3);
}

void tst_UserFieldsPane::undoDeleteRecreatesField()
{
    UserField field;
    field.field = QStringLiteral("lucky-number");
    field.name = QStringLiteral("Lucky Number");
    field.type = QStringLiteral("number");
    field.defaultValue = QStringLiteral("7");
    bool created = false;
    m_store->create(field, this,
                    [&created](const UserField &, const ApiError &e) { created = !e.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
    const std::optional<UserField> before = sandboxField(field.field);
    QVERIFY(before.has_value());
    QVERIFY(m_pane->selectId(before->id));
    m_pane->deleteCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfName(field.name).isValid(), 10000);
    QVERIFY(!sandboxField(field.field).has_value());

    m_pane->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(field.name).isValid(), 10000);
    const std::optional<UserField> back = sandboxField(field.field);
    QVERIFY(back.has_value());
    QVERIFY(back->id != before->id); // re-created: a new id, the same definition
    QCOMPARE(back->type, QStringLiteral("number"));
    QCOMPARE(back->defaultValue, QStringLiteral("7"));
    m_pane->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfName(field.name).isValid(), 10000);
    QVERIFY(!sandboxField(field.field).has_value());
}

void tst_UserFieldsPane::editClearsDefaultAndFormerOptions()
{
    UserField field;
    field.field = QStringLiteral("shirt-size");
    field.name = QStringLiteral("Shirt Size");
    field.type = QStringLiteral("select");
    field.options = {QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L")};
    field.defaultValue = QStringLiteral("M");
    std::optional<UserField> created;
    m_store->create(field, this, [&created](const UserField &f, const ApiError &e) {
        if (!e.isError())
            created = f;
    });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
    // What the dialog sends after the type became text and the default was emptied.
    UserField edited = *created;
    edited.type = QStringLiteral("text");
    edited.options.clear();
    edited.defaultValue.clear();
    bool updated = false;
    m_store->update(edited, this, [&updated](const UserField &, const ApiError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.userText()));
        updated = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(updated, 10000);
    const std::optional<UserField> stored = sandboxField(field.field);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->type, QStringLiteral("text"));
    QVERIFY(stored->options.isEmpty());
    QVERIFY(stored->defaultValue.isEmpty());
}

void tst_UserFieldsPane::dialogRefusesBadDefinitionNamingField()
{
    m_pane->newItem();
    auto *dialog = test::waitForDialog<UserFieldDialog>(m_pane.get());
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fieldName"));
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("fieldType"));
    auto *def = dialog->findChild<QLineEdit *>(QStringLiteral("fieldDefault"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(name && type && def && problem && ok);
    name->setText(QStringLiteral("Signup Date"));
    type->setCurrentIndex(type->findData(QStringLiteral("date")));
    def->setText(QStringLiteral("yesterday"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->isVisible(), "the reason is shown");
    QVERIFY2(problem->text().contains(QStringLiteral("Signup Date")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("yesterday")), qPrintable(problem->text()));
    test::saveScreenshot(*dialog, QStringLiteral("user-field-dialog-problem"));
    // Enter does not send it either.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    def->setText(QStringLiteral("2025-06-22"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!problem->isVisible());
    m_questions.answer = true; // discard
    dialog->reject();
    QTRY_VERIFY(!m_pane->findChild<UserFieldDialog *>());
    QCOMPARE(m_pane->undoStack()->count(), 0);
}

void tst_UserFieldsPane::sandboxRefusesBadDefinitionNamingField()
{
    UserField bad;
    bad.field = QStringLiteral("vip-level");
    bad.name = QStringLiteral("VIP Level");
    bad.type = QStringLiteral("select"); // without options
    auto reply = track(m_client->createUserField(bad));
    QTRY_VERIFY_WITH_TIMEOUT(reply->done, 10000);
    QCOMPARE(reply->error.httpStatus, 400);
    QVERIFY2(reply->error.serverMessage.contains(QStringLiteral("VIP Level")),
             qPrintable(reply->error.serverMessage));
    bad.type = QStringLiteral("numerical");
    bad.defaultValue = QStringLiteral("lots");
    reply = track(m_client->createUserField(bad));
    QTRY_VERIFY_WITH_TIMEOUT(reply->done, 10000);
    QCOMPARE(reply->error.httpStatus, 400);
    QVERIFY2(reply->error.serverMessage.contains(QStringLiteral("VIP Level")) &&
                 reply->error.serverMessage.contains(QStringLiteral("lots")),
             qPrintable(reply->error.serverMessage));
    QVERIFY(!sandboxField(bad.field).has_value());
}

void tst_UserFieldsPane::sandboxRefusesBadValueNamingField()
{
    NewUserRequest r;
    r.firstName = QStringLiteral("Val");
    r.lastName = QStringLiteral("Idate");
    r.username = QStringLiteral("val_idate");
    r.displayName = QStringLiteral("Val Idate");
    r.email = QStringLiteral("val@example.com");
    r.customFields = {{QStringLiteral("deposit-amount"), QStringLiteral("a lot")}};
    // The client-side check names the field first...
    r.definitions = m_store->fields();
    const QList<NewUserRequest::Problem> problems = r.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(QStringLiteral("Deposit Amount")),
             qPrintable(problems.first().message));
    // ...and the sandbox refuses the same value in the live API's envelope, naming it too.
    auto reply = track(m_client->createUser(r.toJson()));
    QTRY_VERIFY_WITH_TIMEOUT(reply->done, 10000);
    QCOMPARE(reply->error.httpStatus, 400);
    QVERIFY2(reply->error.serverMessage.contains(QStringLiteral("Deposit Amount")) &&
                 reply->error.serverMessage.contains(QStringLiteral("customFields[0].value")),
             qPrintable(reply->error.serverMessage));
    r.customFields = {{QStringLiteral("birthday"), QStringLiteral("31/02/1990")}};
    reply = track(m_client->createUser(r.toJson()));
    QTRY_VERIFY_WITH_TIMEOUT(reply->done, 10000);
    QCOMPARE(reply->error.httpStatus, 400);
    QVERIFY2(reply->error.serverMessage.contains(QStringLiteral("Birthday")),
             qPrintable(reply->error.serverMessage));
    r.customFields = {{QStringLiteral("deposit-amount"), QStringLiteral("1250.5")}};
    QVERIFY(r.validate().isEmpty());
    reply = track(m_client->createUser(r.toJson()));
    QTRY_VERIFY_WITH_TIMEOUT(reply->done, 10000);
    QVERIFY2(!reply->error.isError(), qPrintable(reply->error.userText()));
}

QTEST_MAIN(tst_UserFieldsPane)
#include "tst_userfieldspane.moc"
