#include "structurepanes.h"

#include "iconfactory.h"
#include "mainwindow.h"
#include "panes/channelspane.h"
#include "panes/rolespane.h"
#include "stores/channelstore.h"
#include "stores/rolestore.h"

#include <QPainter>
#include <QPixmap>

namespace ra {

namespace {
// IconFactory has no channel glyph; a "#" drawn in its colour reads as "channels".
QIcon channelIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x44, 0x4b, 0x55), 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(13, 5), QPointF(10, 27));
    p.drawLine(QPointF(22, 5), QPointF(19, 27));
    p.drawLine(QPointF(6, 12), QPointF(27, 12));
    p.drawLine(QPointF(5, 20), QPointF(26, 20));
    return QIcon(pixmap);
}
} // namespace

void StructureStores::reloadAll() const
{
    if (roles)
        roles->reload();
    if (channels)
        channels->reload();
}

StructureStores installStructurePanes(MainWindow &window, ApiClient &client,
                                      QuestionProvider &questions, QObject *owner)
{
    StructureStores stores;
    stores.roles = new RoleStore(client, owner);
    window.addPane(QStringLiteral("roles"), RolesPane::tr("Roles"),
                   IconFactory::icon(IconFactory::Glyph::Shield),
                   new RolesPane(*stores.roles, questions));
    stores.channels = new ChannelStore(client, owner);
    window.addPane(QStringLiteral("channels"), ChannelsPane::tr("Channels"), channelIcon(),
                   new ChannelsPane(*stores.channels, questions));
    return stores;
}

} // namespace ra
