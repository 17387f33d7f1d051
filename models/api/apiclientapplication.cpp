// ApiClient: the typed calls of the Application API family (Bearer);
// {communityId} is filled from the profile. The core is in apiclient.cpp.
#include "api/apiclient.h"

#include "api/responsedecoder.h"

#include <QJsonArray>

namespace ra {

namespace {

QUrlQuery pageQuery(int page, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, page)));
    q.addQueryItem(QStringLiteral("limit"), QString::number(std::max(1, limit)));
    return q;
}

QHash<QString, QString> field(const QString &fieldId)
{
    return {{QStringLiteral("fieldId"), fieldId}};
}

} // namespace

ApiReply<CommunityUserPage> *ApiClient::getCommunityUsers(int page, int limit,
                                                          const QString &search)
{
    QUrlQuery q = pageQuery(page, limit);
    if (!search.isEmpty())
        q.addQueryItem(QStringLiteral("search"), search);
    return send<CommunityUserPage>(ApiCall::make("getCommunityUsers", {}, QJsonValue::Undefined, q),
                                   [](const ApiResponse &r, CommunityUserPage *out, QString *why) {
                                       if (!r.data.isObject() && !r.data.isArray()) {
                                           *why = QStringLiteral("expected an object, found %1")
                                                      .arg(ResponseDecoder::typeName(r.data));
                                           return false;
                                       }
                                       *out = CommunityUserPage::fromJson(r.data);
                                       return true;
                                   });
}

ApiReply<User> *ApiClient::getUser(const QString &userId, const QStringList &fields)
{
    QUrlQuery q;
    for (const QString &f : fields)
        q.addQueryItem(f, QStringLiteral("true"));
    return send<User>(
        ApiCall::make("getUser", {{QStringLiteral("userId"), userId}}, QJsonValue::Undefined, q),
        &ResponseDecoder::object<User>);
}

ApiReply<QList<UserField>> *ApiClient::getUserFields()
{
    return send<QList<UserField>>(ApiCall::make("getUserFields"),
                                  &ResponseDecoder::list<UserField>);
}

ApiReply<UserField> *ApiClient::getUserField(const QString &fieldId)
{
    return send<UserField>(ApiCall::make("getUserField", field(fieldId)),
                           &ResponseDecoder::object<UserField>);
}

ApiReply<UserField> *ApiClient::createUserField(const QString &fieldKey, const QString &name,
                                                const QString &type)
{
    const QJsonObject body{{QStringLiteral("field"), fieldKey},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("type"), type}};
    return send<UserField>(ApiCall::make("createUserField", {}, body),
                           &ResponseDecoder::object<UserField>);
}

ApiReply<UserField> *ApiClient::updateUserField(const QString &fieldId, const QString &name,
                                                const QString &type)
{
    const QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
    return send<UserField>(ApiCall::make("updateUserField", field(fieldId), body),
                           &ResponseDecoder::object<UserField>);
}

namespace {
QJsonObject userFieldBody(const UserField &definition, bool withKey)
{
    QJsonObject body{{QStringLiteral("name"), definition.name},
                     {QStringLiteral("type"), definition.type}};
    if (withKey)
        body.insert(u"field", definition.field);
    if (!definition.description.isEmpty())
        body.insert(u"description", definition.description);
    // Sent even when empty, so an update can clear a default or a type's former options.
    body.insert(u"required", definition.required);
    body.insert(u"defaultValue", definition.defaultValue);
    body.insert(u"options", QJsonArray::fromStringList(definition.options));
    return body;
}
} // namespace

ApiReply<UserField> *ApiClient::createUserField(const UserField &definition)
{
    return send<UserField>(ApiCall::make("createUserField", {}, userFieldBody(definition, true)),
                           &ResponseDecoder::object<UserField>);
}

ApiReply<UserField> *ApiClient::updateUserField(const UserField &definition)
{
    return send<UserField>(
        ApiCall::make("updateUserField", field(definition.id), userFieldBody(definition, false)),
        &ResponseDecoder::object<UserField>);
}

ApiReply<ApiResponse> *ApiClient::deleteUserField(const QString &fieldId)
{
    return send<ApiResponse>(ApiCall::make("deleteUserField", field(fieldId)),
                             &ResponseDecoder::ack);
}

ApiReply<FieldHistoryPage> *ApiClient::getFieldHistories(int page, int limit)
{
    return getFieldHistoryPage({}, page, limit);
}

ApiReply<FieldHistoryPage> *ApiClient::getFieldHistoriesByField(const QString &fieldId, int page,
                                                                int limit)
{
    FieldHistoryQuery q;
    q.fieldId = fieldId;
    return getFieldHistoryPage(q, page, limit);
}

ApiReply<FieldHistoryPage> *ApiClient::getFieldHistoriesByUser(const QString &userId, int page,
                                                               int limit)
{
    FieldHistoryQuery q;
    q.userId = userId;
    return getFieldHistoryPage(q, page, limit);
}

ApiReply<FieldHistoryPage> *ApiClient::getFieldHistoriesByFieldAndUser(const QString &fieldId,
                                                                       const QString &userId,
                                                                       int page, int limit)
{
    FieldHistoryQuery q;
    q.fieldId = fieldId;
    q.userId = userId;
    return getFieldHistoryPage(q, page, limit);
}

ApiReply<FieldHistoryPage> *ApiClient::getFieldHistoryPage(const FieldHistoryQuery &query, int page,
                                                           int limit)
{
    QHash<QString, QString> path;
    if (!query.fieldId.isEmpty())
        path.insert(QStringLiteral("fieldId"), query.fieldId);
    if (!query.userId.isEmpty())
        path.insert(QStringLiteral("userId"), query.userId);
    const char *op =
        query.fieldId.isEmpty()
            ? (query.userId.isEmpty() ? "getFieldHistories" : "getFieldHistoriesByUser")
            : (query.userId.isEmpty() ? "getFieldHistoriesByField"
                                      : "getFieldHistoriesByFieldAndUser");
    QUrlQuery q = pageQuery(page, limit);
    if (query.from.isValid())
        q.addQueryItem(QStringLiteral("from"), query.from.toUTC().toString(Qt::ISODateWithMs));
    if (query.to.isValid())
        q.addQueryItem(QStringLiteral("to"), query.to.toUTC().toString(Qt::ISODateWithMs));
    q.addQueryItem(QStringLiteral("order"),
                   query.newestFirst ? QStringLiteral("desc") : QStringLiteral("asc"));
    return send<FieldHistoryPage>(ApiCall::make(op, path, QJsonValue::Undefined, q),
                                  &ResponseDecoder::page<FieldHistoryPage>);
}

ApiReply<FieldHistoryEntry> *ApiClient::createFieldHistory(const QString &userId,
                                                           const QString &fieldId,
                                                           const QJsonValue &value)
{
    const QJsonObject body{{QStringLiteral("fieldId"), fieldId}, {QStringLiteral("value"), value}};
    return send<FieldHistoryEntry>(
        ApiCall::make("createFieldHistory", {{QStringLiteral("userId"), userId}}, body),
        &ResponseDecoder::object<FieldHistoryEntry>);
}

} // namespace ra
