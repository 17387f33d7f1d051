#include "stores/badgestore.h"

#include "api/apiclient.h"
#include "stores/imageupload.h"

namespace ra {

BadgeStore::BadgeStore(ApiClient &client, QObject *parent)
    : EntityStore<Badge>(parent)
    , m_client(client)
{
}

QJsonObject BadgeStore::requestBody(const Badge &badge)
{
    QJsonObject body = badge.toJson();
    for (const auto key : {u"id", u"_id", u"createdAt", u"updatedAt", u"serverId", u"__v"})
        body.remove(QStringView(key));
    return body;
}

void BadgeStore::setServerId(const QString &serverId)
{
    if (m_serverId == serverId)
        return;
    m_serverId = serverId;
    reload();
}

void BadgeStore::reload()
{
    // Not connected yet (the built-in profile before its sandbox listens): a request could only
    // fail, so show nothing and wait for the next bind's reload.
    if (!m_client.config().baseUrl(ApiFamily::System).isValid())
        return clear();
    trackLoad(m_client.getBadges(m_serverId));
}

void BadgeStore::create(const Badge &badge, QObject *context, Done done)
{
    // A new badge goes to the current server (without one, the API puts it in the key's
    // community); a badge brought back by undo goes back to the server it was on.
    QJsonObject body = requestBody(badge);
    const QString server = badge.extra.value(u"serverId").toString(m_serverId);
    if (!server.isEmpty())
        body.insert(u"serverId", server);
    trackCreate(m_client.createBadge(body), context, std::move(done));
}

void BadgeStore::update(const Badge &badge, QObject *context, Done done)
{
    trackUpdate(m_client.updateBadge(currentId(badge.id), requestBody(badge)), context,
                std::move(done));
}

void BadgeStore::remove(const QString &id, QObject *context, Done done)
{
    const QString target = currentId(id);
    trackRemove(m_client.deleteBadge(target), target, context, std::move(done));
}

void BadgeStore::uploadImage(const QByteArray &bytes, const QString &fileName,
                             const QString &mimeType, QObject *context, UploadDone done)
{
    QPointer<QObject> guard(context);
    ImageUpload::start(m_client, bytes, fileName, mimeType, this,
                       [this, guard, done](const UploadedImage &image, const ApiError &error) {
                           if (error.isError() && error.kind != ApiError::Kind::Decode)
                               emit operationFailed(error);
                           if (guard && done)
                               done(image.url, error);
                       });
}

} // namespace ra
