#pragma once

#include "domain/badge.h"
#include "stores/entitystore.h"

namespace ra {

class ApiClient;

// The canonical list of one server's badges ("get badges list"; the community's by default);
// creates, updates and deletes them through the System API and reports every change as a signal.
// Images are URLs on the badge (upload them with uploadImage() first). reload() refetches (call it
// after a profile switch). Does not own the client; GUI thread.
class BadgeStore : public EntityStore<Badge>
{
    Q_OBJECT

public:
    // Called once with the public URL of the uploaded image, or with an error.
    using UploadDone = std::function<void(const QString &url, const ApiError &error)>;

    explicit BadgeStore(ApiClient &client, QObject *parent = nullptr);

    const QList<Badge> &badges() const { return items(); }
    std::optional<Badge> badge(const QString &id) const { return item(id); }

    // The server whose badges are listed; empty (the default) is the client's community.
    void setServerId(const QString &serverId);
    QString serverId() const { return m_serverId; }

    void reload() override;
    void create(const Badge &badge, QObject *context, Done done = {}) override;
    void update(const Badge &badge, QObject *context, Done done = {}) override;
    void remove(const QString &id, QObject *context, Done done = {});
    // Uploads an image file (multipart, "Upload Image") for a badge.
    void uploadImage(const QByteArray &bytes, const QString &fileName, const QString &mimeType,
                     QObject *context, UploadDone done);

    // The body create and update send: the badge without server-set fields.
    static QJsonObject requestBody(const Badge &badge);

signals:
    void added(const ra::Badge &badge);
    void changed(const ra::Badge &badge);

protected:
    void notifyAdded(const Badge &badge) override { emit added(badge); }
    void notifyChanged(const Badge &badge) override { emit changed(badge); }

private:
    ApiClient &m_client;
    QString m_serverId;
};

} // namespace ra
