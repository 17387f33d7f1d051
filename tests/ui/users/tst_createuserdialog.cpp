#include "api/apiclient.h"
#include "messagebar.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/useraccountstore.h"
#include "testservices.h"
#include "users/createuserdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace ra;

// The create-user dialog offscreen against the in-process sandbox: validation while typing,
// a user created through the form, and a server refusal shown inline.
class tst_CreateUserDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validatesAsTheUserTypes();
    void createsUserInSandbox();
    void serverRefusalStaysInline();

private:
    CreateUserDialog *openDialog();
    QLineEdit *edit(CreateUserDialog *d, const char *name) const;
    QPushButton *okButton(CreateUserDialog *d) const;
    QString problem(CreateUserDialog *d) const;
    void fill(CreateUserDialog *d, const QString &name);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserAccountStore> m_accounts;
    test::AnsweringQuestionProvider m_questions;
    QWidget m_parent;
};

void tst_CreateUserDialog::initTestCase()
{
    QVERIFY(m_sandbox.start(10));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    m_accounts = std::make_unique<UserAccountStore>(*m_client);
}

CreateUserDialog *tst_CreateUserDialog::openDialog()
{
    auto *d = new CreateUserDialog(*m_accounts, m_questions, &m_parent);
    d->open();
    return d;
}

QLineEdit *tst_CreateUserDialog::edit(CreateUserDialog *d, const char *name) const
{
    return d->findChild<QLineEdit *>(QLatin1String(name));
}

QPushButton *tst_CreateUserDialog::okButton(CreateUserDialog *d) const
{
    return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString tst_CreateUserDialog::problem(CreateUserDialog *d) const
{
    return d->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
}

void tst_CreateUserDialog::fill(CreateUserDialog *d, const QString &name)
{
    QTest::keyClicks(edit(d, "firstNameEdit"), QStringLiteral("Grace"));
    QTest::keyClicks(edit(d, "lastNameEdit"), name);
    QTest::keyClicks(edit(d, "usernameEdit"), name.toLower());
    QTest::keyClicks(edit(d, "emailEdit"), name.toLower() + QStringLiteral("@example.org"));
    QTest::keyClicks(edit(d, "passwordEdit"), QStringLiteral("Compiler1952"));
    QTest::keyClicks(edit(d, "confirmPasswordEdit"), QStringLiteral("Compiler1952"));
}

void tst_CreateUserDialog::validatesAsTheUserTypes()
{
    QPointer<CreateUserDialog> d = openDialog();
    QVERIFY(!okButton(d)->isEnabled());
    QTest::keyClicks(edit(d, "firstNameEdit"), QStringLiteral("Grace"));
    QTest::keyClicks(edit(d, "lastNameEdit"), QStringLiteral("Hopper"));
    // The display name follows the names until the user types one.
    QCOMPARE(edit(d, "displayNameEdit")->text(), QStringLiteral("Grace Hopper"));
    QTest::keyClicks(edit(d, "usernameEdit"), QStringLiteral("grace h"));
    QVERIFY2(problem(d).contains(QStringLiteral("spaces")), qPrintable(problem(d)));
    QVERIFY(edit(d, "usernameEdit")->property("raInvalid").toBool());
    edit(d, "usernameEdit")->clear();
    QTest::keyClicks(edit(d, "usernameEdit"), QStringLiteral("ghopper"));
    QVERIFY(!edit(d, "usernameEdit")->property("raInvalid").toBool());
    QTest::keyClicks(edit(d, "emailEdit"), QStringLiteral("grace.example.org"));
    QVERIFY2(problem(d).contains(QStringLiteral("not a valid address")), qPrintable(problem(d)));
    QVERIFY(!okButton(d)->isEnabled());
    edit(d, "emailEdit")->clear();
    QTest::keyClicks(edit(d, "emailEdit"), QStringLiteral("grace@example.org"));
    // No password is allowed (SSO users): the form is valid now.
    QVERIFY2(problem(d).isEmpty(), qPrintable(problem(d)));
    QVERIFY(okButton(d)->isEnabled());
    QTest::keyClicks(edit(d, "passwordEdit"), QStringLiteral("short"));
    QVERIFY(problem(d).contains(QStringLiteral("at least 8")));
    QTest::keyClicks(edit(d, "passwordEdit"), QStringLiteral("butlonger"));
    QTest::keyClicks(edit(d, "confirmPasswordEdit"), QStringLiteral("shortbutlongr"));
    QVERIFY2(problem(d).contains(QStringLiteral("does not match")), qPrintable(problem(d)));
    QVERIFY(!okButton(d)->isEnabled());
    QTest::keyClick(edit(d, "confirmPasswordEdit"), Qt::Key_Backspace);
    QTest::keyClicks(edit(d, "confirmPasswordEdit"), QStringLiteral("er"));
    QVERIFY(okButton(d)->isEnabled());
    // A custom field row needs a name and a value.
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("addFieldButton")),
                      Qt::LeftButton);
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(problem(d).contains(QStringLiteral("Custom field 1")));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("removeFieldButton")),
                      Qt::LeftButton);
    QVERIFY(okButton(d)->isEnabled());
    test::saveScreenshot(*d, QStringLiteral("createuserdialog"));
    d->reject();
    QTRY_VERIFY(d.isNull());
}

void tst_CreateUserDialog::createsUserInSandbox()
{
    auto fields = track(m_client->getUserFields());
    QTRY_VERIFY_WITH_TIMEOUT(fields->done, 10000);
    QVERIFY(!fields->value.isEmpty());
    // A text field: the sandbox checks a value against its field's type.
    QString fieldKey;
    for (const UserField &f : fields->value) {
        if (fieldKey.isEmpty() && (f.type == u"text" || f.type == u"single-line-text"))
            fieldKey = f.field;
    }
    QVERIFY(!fieldKey.isEmpty());

    QPointer<CreateUserDialog> d = openDialog();
    fill(d, QStringLiteral("Hopper"));
    d->findChild<QSpinBox *>(QStringLiteral("accessLevelSpin"))->setValue(2);
    d->findChild<QCheckBox *>(QStringLiteral("sendEmailCheck"))->setChecked(true);
    QTest::keyClicks(edit(d, "referralEdit"), QStringLiteral("navy"));
    QTest::keyClicks(edit(d, "externalIdEdit"), QStringLiteral("GH-1906"));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("addFieldButton")),
                      Qt::LeftButton);
    auto *table = d->findChild<QTableWidget *>(QStringLiteral("customFieldsTable"));
    table->item(0, 0)->setText(fieldKey);
    table->item(0, 1)->setText(QStringLiteral("COBOL"));
    QVERIFY2(okButton(d)->isEnabled(), qPrintable(problem(d)));
    QCOMPARE(d->request().customFields.size(), 1);

    QSignalSpy created(d.data(), &CreateUserDialog::userCreated);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    const QString id = created.first().first().toString();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(d.isNull()); // accepted and deleted on close

    auto data = track(m_client->getUserData(QStringLiteral("hopper@example.org")));
    QTRY_VERIFY_WITH_TIMEOUT(data->done, 10000);
    QVERIFY2(!data->error.isError(), qPrintable(data->error.userText()));
    QCOMPARE(data->value.userId, id);
    QCOMPARE(data->value.firstName, QStringLiteral("Grace"));
    QCOMPARE(data->value.displayName, QStringLiteral("Grace Hopper"));
    QCOMPARE(data->value.username, QStringLiteral("hopper"));
}

void tst_CreateUserDialog::serverRefusalStaysInline()
{
    // The e-mail of the user made above: the sandbox refuses with 409.
    QPointer<CreateUserDialog> d = openDialog();
    fill(d, QStringLiteral("Hopper"));
    edit(d, "usernameEdit")->setText(QStringLiteral("hopper_two"));
    QVERIFY(okButton(d)->isEnabled());
    QSignalSpy created(d.data(), &CreateUserDialog::userCreated);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    auto *bar = d->findChild<MessageBar *>();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("email")), qPrintable(bar->text()));
    QVERIFY(!d.isNull());
    QVERIFY(d->isVisible());
    QCOMPARE(created.count(), 0);
    QCOMPARE(edit(d, "firstNameEdit")->text(), QStringLiteral("Grace"));
    QVERIFY(okButton(d)->isEnabled());
    d->reject();
}

QTEST_MAIN(tst_CreateUserDialog)
#include "tst_createuserdialog.moc"
