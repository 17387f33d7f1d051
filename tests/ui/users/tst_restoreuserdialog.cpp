#include "api/apiclient.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/newuserrequest.h"
#include "stores/useraccountstore.h"
#include "testservices.h"
#include "users/restoreuserdialog.h"

#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// The restore-user dialog offscreen against the in-process sandbox: a deleted account is
// restored by username and can be read again; an unknown name and an account that is not
// deleted are refused inline, with the dialog left open.
class tst_RestoreUserDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restoresDeletedUser();
    void refusalsStayInline_data();
    void refusalsStayInline();

private:
    RestoreUserDialog *openDialog(const QString &identifier);
    QPushButton *restoreButton(RestoreUserDialog *d) const;

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserAccountStore> m_accounts;
    test::AnsweringQuestionProvider m_questions;
    QWidget m_parent;
};

void tst_RestoreUserDialog::initTestCase()
{
    QVERIFY(m_sandbox.start(10));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    m_accounts = std::make_unique<UserAccountStore>(*m_client);
    NewUserRequest user;
    user.firstName = QStringLiteral("Gone");
    user.lastName = QStringLiteral("Member");
    user.username = QStringLiteral("gone.member");
    user.displayName = QStringLiteral("Gone Member");
    user.email = QStringLiteral("gone@example.com");
    user.password = user.confirmPassword = QStringLiteral("secret-123");
    auto created = track(m_client->createUser(user.toJson()));
    QTRY_VERIFY_WITH_TIMEOUT(created->done, 10000);
    QVERIFY2(!created->error.isError(), qPrintable(created->error.userText()));
    auto deleted =
        track(m_client->manageUser(QStringLiteral("delete"), QStringLiteral("gone.member")));
    QTRY_VERIFY_WITH_TIMEOUT(deleted->done, 10000);
    QVERIFY2(!deleted->error.isError(), qPrintable(deleted->error.userText()));
    auto read = track(m_client->getUserData(QStringLiteral("gone.member")));
    QTRY_VERIFY_WITH_TIMEOUT(read->done, 10000);
    QCOMPARE(read->error.httpStatus, 404); // deleted: in no list, not readable
}

RestoreUserDialog *tst_RestoreUserDialog::openDialog(const QString &identifier)
{
    auto *d = new RestoreUserDialog(*m_accounts, m_questions, &m_parent);
    d->open();
    auto *edit = d->findChild<QLineEdit *>(QStringLiteral("identifierEdit"));
    edit->clear();
    QTest::keyClicks(edit, identifier);
    return d;
}

QPushButton *tst_RestoreUserDialog::restoreButton(RestoreUserDialog *d) const
{
    return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void tst_RestoreUserDialog::restoresDeletedUser()
{
    auto *empty = openDialog(QString());
    QVERIFY(!restoreButton(empty)->isEnabled());
    empty->reject();

    QPointer<RestoreUserDialog> d = openDialog(QStringLiteral("gone.member"));
    QVERIFY(restoreButton(d)->isEnabled());
    QSignalSpy restored(d.data(), &RestoreUserDialog::userRestored);
    QTest::mouseClick(restoreButton(d), Qt::LeftButton);
    QVERIFY(restored.wait(10000));
    QCOMPARE(restored.constFirst().constFirst().toString(), QStringLiteral("gone.member"));
    QTRY_VERIFY(d.isNull()); // closed and deleted
    auto read = track(m_client->getUserData(QStringLiteral("gone.member")));
    QTRY_VERIFY_WITH_TIMEOUT(read->done, 10000);
    QVERIFY2(!read->error.isError(), qPrintable(read->error.userText()));
    QCOMPARE(read->value.email, QStringLiteral("gone@example.com"));
}

void tst_RestoreUserDialog::refusalsStayInline_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << QStringLiteral("nobody.at.all") << QStringLiteral("not found");
    QTest::newRow("not deleted") << QStringLiteral("gone.member") << QStringLiteral("not deleted");
}

void tst_RestoreUserDialog::refusalsStayInline()
{
    QFETCH(QString, identifier);
    QFETCH(QString, expected);
    QPointer<RestoreUserDialog> d = openDialog(identifier);
    QSignalSpy restored(d.data(), &RestoreUserDialog::userRestored);
    QTest::mouseClick(restoreButton(d), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d->messageText().isEmpty(), 10000);
    QVERIFY2(d->messageText().contains(expected, Qt::CaseInsensitive),
             qPrintable(d->messageText()));
    QVERIFY2(d->messageText().contains(identifier), qPrintable(d->messageText()));
    QVERIFY(d->isVisible());
    QVERIFY(restoreButton(d)->isEnabled());
    QCOMPARE(restored.count(), 0);
    // Typing again clears the message.
    QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("identifierEdit")), Qt::Key_X);
    QVERIFY(d->messageText().isEmpty());
    d->reject();
}

QTEST_MAIN(tst_RestoreUserDialog)
#include "tst_restoreuserdialog.moc"
