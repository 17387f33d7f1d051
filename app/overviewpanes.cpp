#include "overviewpanes.h"

#include "mainwindow.h"
#include "overview/communityoverview.h"
#include "overview/overviewpane.h"

#include <QPainter>
#include <QPixmap>

namespace ra {

namespace {
// Three rising bars on a base line, in IconFactory's colour.
QIcon overviewIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour(0x44, 0x4b, 0x55);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(5, 17, 6, 10), 1.5, 1.5);
    p.drawRoundedRect(QRectF(13, 11, 6, 16), 1.5, 1.5);
    p.drawRoundedRect(QRectF(21, 5, 6, 22), 1.5, 1.5);
    p.setPen(QPen(colour, 2, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(3, 29), QPointF(29, 29));
    return QIcon(pixmap);
}

} // namespace

OverviewComposition installOverviewPane(MainWindow &window, ApiClient &client, QObject *owner)
{
    OverviewComposition c;
    c.overview = new CommunityOverview(client, owner);
    c.pane = new OverviewPane(*c.overview);
    window.addPane(QStringLiteral("overview"), OverviewPane::tr("Overview"), overviewIcon(),
                   c.pane);
    return c;
}

} // namespace ra
