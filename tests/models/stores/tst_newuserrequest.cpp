#include "stores/newuserrequest.h"

#include <QJsonArray>
#include <QTest>

using namespace ra;

// The Create New User form rules and body: data-driven, no network.
class tst_NewUserRequest : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void bodyHasEveryDocumentedField();
    void bodyLeavesOutEmptyOptionals();

private:
    static NewUserRequest valid();
};

NewUserRequest tst_NewUserRequest::valid()
{
    NewUserRequest r;
    r.firstName = QStringLiteral("Ada");
    r.lastName = QStringLiteral("Lovelace");
    r.username = QStringLiteral("ada_l");
    r.displayName = QStringLiteral("Ada Lovelace");
    r.email = QStringLiteral("ada@example.com");
    return r;
}

void tst_NewUserRequest::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("problemField");
    QTest::addColumn<QString>("messagePart");
    using F = NewUserRequest::Field;
    QTest::newRow("valid") << QString() << QString() << true << -1 << QString();
    QTest::newRow("no first name") << "firstName"
                                   << "" << false << int(F::FirstName) << "First name is required";
    QTest::newRow("blank last name")
        << "lastName"
        << "   " << false << int(F::LastName) << "Last name is required";
    QTest::newRow("long username")
        << "username" << QString(51, u'x') << false << int(F::Username) << "at most 50 characters";
    QTest::newRow("50 is fine") << "username" << QString(50, u'x') << true << -1 << QString();
    QTest::newRow("space in username")
        << "username"
        << "ada l" << false << int(F::Username) << "must not contain spaces";
    QTest::newRow("no display name")
        << "displayName"
        << "" << false << int(F::DisplayName) << "Display name is required";
    QTest::newRow("no email") << "email"
                              << "" << false << int(F::Email) << "E-mail is required";
    QTest::newRow("email without at")
        << "email"
        << "ada.example.com" << false << int(F::Email) << "not a valid address";
    QTest::newRow("email without dot")
        << "email"
        << "ada@example" << false << int(F::Email) << "not a valid address";
    QTest::newRow("short password")
        << "password"
        << "short" << false << int(F::Password) << "at least 8 characters";
    QTest::newRow("unconfirmed password")
        << "passwordOnly"
        << "LongEnough1" << false << int(F::ConfirmPassword) << "Repeat the password";
    QTest::newRow("mismatch") << "mismatch"
                              << "LongEnough1" << false << int(F::ConfirmPassword)
                              << "does not match";
    QTest::newRow("confirmed") << "password"
                               << "LongEnough1" << true << -1 << QString();
    QTest::newRow("negative access")
        << "accessLevel"
        << "-1" << false << int(F::AccessLevel) << "must not be negative";
    QTest::newRow("custom field without name")
        << "customName"
        << "" << false << int(F::CustomFields) << "Custom field 1";
    QTest::newRow("custom field without value")
        << "customValue"
        << "" << false << int(F::CustomFields) << "has no value";
}

void tst_NewUserRequest::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(int, problemField);
    QFETCH(QString, messagePart);
    NewUserRequest r = valid();
    if (field == u"firstName")
        r.firstName = value;
    else if (field == u"lastName")
        r.lastName = value;
    else if (field == u"username")
        r.username = value;
    else if (field == u"displayName")
        r.displayName = value;
    else if (field == u"email")
        r.email = value;
    else if (field == u"password")
        r.password = r.confirmPassword = value;
    else if (field == u"passwordOnly")
        r.password = value;
    else if (field == u"mismatch")
        (r.password = value, r.confirmPassword = value + u'x');
    else if (field == u"accessLevel")
        r.accessLevel = value.toInt();
    else if (field == u"customName")
        r.customFields = {{QString(), QStringLiteral("v")}};
    else if (field == u"customValue")
        r.customFields = {{QStringLiteral("customerid"), QString()}};
    const QList<NewUserRequest::Problem> problems = r.validate();
    QCOMPARE(problems.isEmpty(), ok);
    if (!ok) {
        QCOMPARE(int(problems.first().field), problemField);
        QVERIFY2(problems.first().message.contains(messagePart),
                 qPrintable(problems.first().message));
    }
}

void tst_NewUserRequest::bodyHasEveryDocumentedField()
{
    NewUserRequest r = valid();
    r.password = r.confirmPassword = QStringLiteral("StrongPass1!");
    r.accessLevel = 3;
    r.joinServer = false;
    r.sendEmail = true;
    r.emailPassword = true;
    r.emailTemplate = QStringLiteral("0");
    r.customFields = {{QStringLiteral("customerid"), QStringLiteral("C-42")}};
    r.referral = QStringLiteral("friend-7");
    r.externalId = QStringLiteral("ext-9");
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(u"firstname").toString(), QStringLiteral("Ada"));
    QCOMPARE(o.value(u"lastname").toString(), QStringLiteral("Lovelace"));
    QCOMPARE(o.value(u"username").toString(), QStringLiteral("ada_l"));
    QCOMPARE(o.value(u"displayname").toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(o.value(u"email").toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(o.value(u"password").toString(), QStringLiteral("StrongPass1!"));
    QCOMPARE(o.value(u"confirmPassword").toString(), QStringLiteral("StrongPass1!"));
    QCOMPARE(o.value(u"accessLevel").toInt(), 3);
    QCOMPARE(o.value(u"joinServer").toBool(true), false);
    QCOMPARE(o.value(u"sendEmail").toBool(), true);
    QCOMPARE(o.value(u"emailPassword").toBool(), true);
    QCOMPARE(o.value(u"emailTemplate").toString(), QStringLiteral("0"));
    const QJsonArray custom = o.value(u"customFields").toArray();
    QCOMPARE(custom.size(), 1);
    QCOMPARE(custom.at(0).toObject().value(u"fieldIdorName").toString(),
             QStringLiteral("customerid"));
    QCOMPARE(custom.at(0).toObject().value(u"value").toString(), QStringLiteral("C-42"));
    QCOMPARE(o.value(u"referral").toString(), QStringLiteral("friend-7"));
    QCOMPARE(o.value(u"externalId").toString(), QStringLiteral("ext-9"));
}

void tst_NewUserRequest::bodyLeavesOutEmptyOptionals()
{
    NewUserRequest r = valid();
    r.firstName = QStringLiteral("  Ada ");
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(u"firstname").toString(), QStringLiteral("Ada"));
    for (const char *key :
         {"password", "confirmPassword", "emailTemplate", "customFields", "referral", "externalId"})
        QVERIFY2(!o.contains(QLatin1String(key)), key);
    // The booleans and the access level are required by the API: always sent.
    for (const char *key : {"accessLevel", "joinServer", "sendEmail", "emailPassword"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
}

QTEST_GUILESS_MAIN(tst_NewUserRequest)
#include "tst_newuserrequest.moc"
