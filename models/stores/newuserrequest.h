#pragma once

#include "domain/userfield.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace ra {

// The body of Create New User with every documented field, and the checks the API makes before
// it creates anyone (required fields, e-mail syntax, lengths, password and its confirmation), so
// a form can tell the user what is wrong while they type. Value type.
struct NewUserRequest
{
    Q_DECLARE_TR_FUNCTIONS(NewUserRequest)

public:
    enum class Field {
        FirstName,
        LastName,
        Username,
        DisplayName,
        Email,
        Password,
        ConfirmPassword,
        AccessLevel,
        EmailTemplate,
        CustomFields,
        Referral,
        ExternalId,
    };

    struct Problem
    {
        Field field;
        QString message; // translated, names the field
    };

    static constexpr int MaxNameLength = 50;
    static constexpr int MinPasswordLength = 8;

    QString firstName;
    QString lastName;
    QString username;
    QString displayName;
    QString email;
    QString password; // optional (SSO or broker-managed users)
    QString confirmPassword;
    int accessLevel = 1;
    bool joinServer = true;
    bool sendEmail = false;
    bool emailPassword = false;
    QString emailTemplate;                       // optional
    QList<QPair<QString, QString>> customFields; // fieldIdorName -> value
    QString referral;                            // optional
    QString externalId;                          // optional
    // The community's field definitions, when known: each custom value is then checked against
    // its field's type, a name no field has is refused, and a required field without a value
    // or default is named.
    QList<UserField> definitions;

    // Every problem, in form order; empty when the request can be sent.
    QList<Problem> validate() const;
    // The JSON body (firstname, lastname, ... as the API spells them); optional fields left
    // empty are not sent.
    QJsonObject toJson() const;
    // The API's name of a field, e.g. "firstname" (for messages naming the field at fault).
    static QString apiName(Field field);
    // The definition whose key, id or name is `keyIdOrName` (as the API's fieldIdorName), or
    // null.
    const UserField *definition(const QString &keyIdOrName) const;
};

} // namespace ra
