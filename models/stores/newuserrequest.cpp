#include "stores/newuserrequest.h"

#include "domain/userfieldrules.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace ra {

namespace {
// The same rule the API applies: something@something.tld, no spaces.
bool validEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}
} // namespace

QString NewUserRequest::apiName(Field field)
{
    switch (field) {
    case Field::FirstName:
        return QStringLiteral("firstname");
    case Field::LastName:
        return QStringLiteral("lastname");
    case Field::Username:
        return QStringLiteral("username");
    case Field::DisplayName:
        return QStringLiteral("displayname");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Password:
        return QStringLiteral("password");
    case Field::ConfirmPassword:
        return QStringLiteral("confirmPassword");
    case Field::AccessLevel:
        return QStringLiteral("accessLevel");
    case Field::EmailTemplate:
        return QStringLiteral("emailTemplate");
    case Field::CustomFields:
        return QStringLiteral("customFields");
    case Field::Referral:
        return QStringLiteral("referral");
    case Field::ExternalId:
        return QStringLiteral("externalId");
    }
    return {};
}

QList<NewUserRequest::Problem> NewUserRequest::validate() const
{
    QList<Problem> out;
    const auto required = [&out](Field field, const QString &value, const QString &label) {
        if (value.trimmed().isEmpty())
            out.append({field, tr("%1 is required.").arg(label)});
        else if (value.trimmed().size() > MaxNameLength)
            out.append(
                {field,
                 tr("%1 must have at most %n characters.", nullptr, MaxNameLength).arg(label)});
    };
    required(Field::FirstName, firstName, tr("First name"));
    required(Field::LastName, lastName, tr("Last name"));
    required(Field::Username, username, tr("Username"));
    if (!username.trimmed().isEmpty() &&
        username.trimmed().contains(QRegularExpression(QStringLiteral("\\s"))))
        out.append({Field::Username, tr("Username must not contain spaces.")});
    required(Field::DisplayName, displayName, tr("Display name"));
    if (email.trimmed().isEmpty())
        out.append({Field::Email, tr("E-mail is required.")});
    else if (!validEmail(email.trimmed()))
        out.append({Field::Email,
                    tr("E-mail \"%1\" is not a valid address (name@example.com).").arg(email)});
    if (!password.isEmpty() && password.size() < MinPasswordLength)
        out.append({Field::Password,
                    tr("Password must have at least %n characters.", nullptr, MinPasswordLength)});
    if (!password.isEmpty() && confirmPassword.isEmpty())
        out.append({Field::ConfirmPassword, tr("Repeat the password to confirm it.")});
    else if (confirmPassword != password)
        out.append({Field::ConfirmPassword, tr("The password confirmation does not match.")});
    if (accessLevel < 0)
        out.append({Field::AccessLevel, tr("Access level must not be negative.")});
    for (int i = 0; i < customFields.size(); ++i) {
        const auto &[name, value] = customFields.at(i);
        if (name.trimmed().isEmpty())
            out.append(
                {Field::CustomFields, tr("Custom field %1 has no field name or id.").arg(i + 1)});
        else if (value.isEmpty())
            out.append(
                {Field::CustomFields, tr("Custom field \"%1\" has no value.").arg(name.trimmed())});
        else if (!definitions.isEmpty()) {
            const UserField *field = definition(name);
            const QString problem =
                field ? UserFieldRules::checkValue(*field, value)
                      : tr("Custom field \"%1\" is not a field of this community.")
                            .arg(name.trimmed());
            if (!problem.isEmpty())
                out.append({Field::CustomFields, problem});
        }
    }
    for (const UserField &field : definitions) {
        const bool given =
            std::any_of(customFields.cbegin(), customFields.cend(),
                        [this, &field](const auto &f) { return definition(f.first) == &field; });
        if (field.required && field.defaultValue.isEmpty() && !given)
            out.append({Field::CustomFields, UserFieldRules::checkValue(field, QString())});
    }
    return out;
}

const UserField *NewUserRequest::definition(const QString &keyIdOrName) const
{
    const QString wanted = keyIdOrName.trimmed();
    for (const auto &match : {&UserField::field, &UserField::id, &UserField::name}) {
        for (const UserField &f : definitions) {
            if (!wanted.isEmpty() && f.*match == wanted)
                return &f;
        }
    }
    return nullptr;
}

QJsonObject NewUserRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("firstname"), firstName.trimmed()},
                  {QStringLiteral("lastname"), lastName.trimmed()},
                  {QStringLiteral("username"), username.trimmed()},
                  {QStringLiteral("displayname"), displayName.trimmed()},
                  {QStringLiteral("email"), email.trimmed()},
                  {QStringLiteral("accessLevel"), accessLevel},
                  {QStringLiteral("joinServer"), joinServer},
                  {QStringLiteral("emailPassword"), emailPassword},
                  {QStringLiteral("sendEmail"), sendEmail}};
    if (!password.isEmpty()) {
        o.insert(u"password", password);
        o.insert(u"confirmPassword", confirmPassword);
    }
    if (!emailTemplate.trimmed().isEmpty())
        o.insert(u"emailTemplate", emailTemplate.trimmed());
    if (!customFields.isEmpty()) {
        QJsonArray fields;
        for (const auto &[name, value] : customFields)
            fields.append(QJsonObject{{QStringLiteral("fieldIdorName"), name.trimmed()},
                                      {QStringLiteral("value"), value}});
        o.insert(u"customFields", fields);
    }
    if (!referral.trimmed().isEmpty())
        o.insert(u"referral", referral.trimmed());
    if (!externalId.trimmed().isEmpty())
        o.insert(u"externalId", externalId.trimmed());
    return o;
}

} // namespace ra
