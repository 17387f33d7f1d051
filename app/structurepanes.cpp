#include "structurepanes.h"

#include "api/apiclient.h"
#include "iconfactory.h"
#include "mainwindow.h"
#include "panes/badgespane.h"
#include "panes/channelspane.h"
#include "panes/rolespane.h"
#include "panes/serverpicker.h"
#include "panes/serverspane.h"
#include "panes/userfieldspane.h"
#include "settings/profilestore.h"
#include "stores/badgestore.h"
#include "stores/channelstore.h"
#include "stores/currentserver.h"
#include "stores/imagecache.h"
#include "stores/rolestore.h"
#include "stores/serverstore.h"
#include "stores/userfieldstore.h"

#include <QPainter>
#include <QPainterPath>

namespace ra {

namespace {
// IconFactory has no glyphs for these; they are painted like its own (vector, on a 32 px grid,
// in the theme's text colour).

// A "#": channels.
QIcon channelIcon()
{
    return IconFactory::painted([](QPainter &p, const QColor &glyphColour) {
        p.setPen(QPen(glyphColour, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(13, 5), QPointF(10, 27));
        p.drawLine(QPointF(22, 5), QPointF(19, 27));
        p.drawLine(QPointF(6, 12), QPointF(27, 12));
        p.drawLine(QPointF(5, 20), QPointF(26, 20));
    });
}

// A medal on a ribbon: badges.
QIcon badgeIcon()
{
    return IconFactory::painted([](QPainter &p, const QColor &glyphColour) {
        p.setPen(QPen(glyphColour, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(10, 3), QPointF(15, 14));
        p.drawLine(QPointF(22, 3), QPointF(17, 14));
        p.drawEllipse(QPointF(16, 21), 8, 8);
        QPainterPath star;
        star.moveTo(16, 16.5);
        star.lineTo(17.4, 19.6);
        star.lineTo(20.5, 19.8);
        star.lineTo(18.1, 22);
        star.lineTo(18.8, 25.2);
        star.lineTo(16, 23.5);
        star.lineTo(13.2, 25.2);
        star.lineTo(13.9, 22);
        star.lineTo(11.5, 19.8);
        star.lineTo(14.6, 19.6);
        star.closeSubpath();
        p.fillPath(star, glyphColour);
    });
}

// Two stacked server units with their lights: servers.
QIcon serverIcon()
{
    return IconFactory::painted([](QPainter &p, const QColor &glyphColour) {
        p.setPen(QPen(glyphColour, 2.5));
        p.drawRoundedRect(QRectF(5, 5, 22, 9), 2, 2);
        p.drawRoundedRect(QRectF(5, 18, 22, 9), 2, 2);
        p.setPen(Qt::NoPen);
        p.setBrush(glyphColour);
        p.drawEllipse(QPointF(10, 9.5), 1.6, 1.6);
        p.drawEllipse(QPointF(10, 22.5), 1.6, 1.6);
    });
}

// A form with a label and a text box on each of two rows: custom user fields.
QIcon userFieldIcon()
{
    return IconFactory::painted([](QPainter &p, const QColor &glyphColour) {
        p.setPen(QPen(glyphColour, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(4, 10), QPointF(10, 10));
        p.drawRoundedRect(QRectF(13, 6, 15, 8), 1.5, 1.5);
        p.drawLine(QPointF(4, 22), QPointF(10, 22));
        p.drawRoundedRect(QRectF(13, 18, 15, 8), 1.5, 1.5);
    });
}
} // namespace

void StructureStores::reloadAll() const
{
    if (images)
        images->retry();
    for (StoreBase *store : {static_cast<StoreBase *>(servers), static_cast<StoreBase *>(roles),
                             static_cast<StoreBase *>(channels), static_cast<StoreBase *>(badges),
                             static_cast<StoreBase *>(userFields)}) {
        if (store)
            store->reload();
    }
}

void StructureStores::clearAll() const
{
    for (StoreBase *store :
         {static_cast<StoreBase *>(servers), static_cast<StoreBase *>(roles),
          static_cast<StoreBase *>(channels), static_cast<StoreBase *>(badges),
          static_cast<StoreBase *>(serverRoles), static_cast<StoreBase *>(serverChannels),
          static_cast<StoreBase *>(userFields)}) {
        if (store)
            store->clear();
    }
}

StructureStores installStructurePanes(MainWindow &window, ApiClient &client,
                                      const ProfileStore &profiles, QuestionProvider &questions,
                                      QObject *owner)
{
    StructureStores stores;
    stores.servers = new ServerStore(client, owner);
    stores.serverRoles = new RoleStore(client, owner);
    stores.serverChannels = new ChannelStore(client, ChannelStore::Source::Server, owner);
    stores.current = new CurrentServer(*stores.servers, owner);
    CurrentServer *current = stores.current;
    auto *servers =
        new ServersPane(*stores.servers, *stores.serverRoles, *stores.serverChannels, questions);
    servers->setProductionCheck([&profiles] { return profiles.active().production; });
    QObject::connect(servers, &ServersPane::serverSelected, current, &CurrentServer::setId);
    QObject::connect(current, &CurrentServer::changed, servers, &ServersPane::preferServer);
    window.addPane(
        QStringLiteral("servers"), [] { return ServersPane::tr("Servers"); }, serverIcon(),
        servers);

    stores.roles = new RoleStore(client, owner);
    auto *roles = new RolesPane(*stores.roles, questions);
    roles->setHeader(new ServerPicker(*current, *stores.servers, [](const QString &server) {
        return RolesPane::tr("Roles of %1").arg(server);
    }));
    window.addPane(
        QStringLiteral("roles"), [] { return RolesPane::tr("Roles"); },
        IconFactory::icon(IconFactory::Glyph::Shield), roles);
    stores.channels = new ChannelStore(client, owner);
    auto *channels = new ChannelsPane(*stores.channels, questions);
    channels->setHeader(new ServerPicker(*current, *stores.servers, [](const QString &server) {
        return ChannelsPane::tr("Channels of %1").arg(server);
    }));
    window.addPane(
        QStringLiteral("channels"), [] { return ChannelsPane::tr("Channels"); }, channelIcon(),
        channels);
    stores.images = new ImageCache(client.network(), owner);
    stores.badges = new BadgeStore(client, owner);
    auto *badges = new BadgesPane(*stores.badges, stores.images, questions);
    badges->setHeader(new ServerPicker(*current, *stores.servers, [](const QString &server) {
        return BadgesPane::tr("Badges of %1").arg(server);
    }));
    window.addPane(
        QStringLiteral("badges"), [] { return BadgesPane::tr("Badges"); }, badgeIcon(), badges);
    stores.userFields = new UserFieldStore(client, owner);
    auto *userFields = new UserFieldsPane(*stores.userFields, *current, questions);
    window.addPane(
        QStringLiteral("userFields"), [] { return UserFieldsPane::tr("User Fields"); },
        userFieldIcon(), userFields);

    // The three stores read the current server; the community is their default (an empty id),
    // so binding a profile whose community is already current asks nothing twice.
    RoleStore *roleStore = stores.roles;
    ChannelStore *channelStore = stores.channels;
    BadgeStore *badgeStore = stores.badges;
    QObject::connect(current, &CurrentServer::changed, owner,
                     [current, roleStore, channelStore, badgeStore] {
                         const QString id = current->isCommunity() ? QString() : current->id();
                         roleStore->setServerId(id);
                         channelStore->setServerId(id);
                         badgeStore->setServerId(id);
                     });
    return stores;
}

} // namespace ra
