#include "overviewpanes.h"

#include "mainwindow.h"
#include "overview/communityoverview.h"
#include "overview/overviewpane.h"

#include "iconfactory.h"

#include <QPainter>
#include <QPixmap>

namespace ra {

namespace {
// Three rising bars on a base line, in IconFactory's colour.
QIcon overviewIcon()
{
    return IconFactory::painted([](QPainter &p, const QColor &glyphColour) {
        p.setPen(Qt::NoPen);
        p.setBrush(glyphColour);
        p.drawRoundedRect(QRectF(5, 17, 6, 10), 1.5, 1.5);
        p.drawRoundedRect(QRectF(13, 11, 6, 16), 1.5, 1.5);
        p.drawRoundedRect(QRectF(21, 5, 6, 22), 1.5, 1.5);
        p.setPen(QPen(glyphColour, 2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(3, 29), QPointF(29, 29));
    });
}

} // namespace

OverviewComposition installOverviewPane(MainWindow &window, ApiClient &client, QObject *owner)
{
    OverviewComposition c;
    c.overview = new CommunityOverview(client, owner);
    c.pane = new OverviewPane(*c.overview);
    window.addPane(
        QStringLiteral("overview"), [] { return OverviewPane::tr("Overview"); }, overviewIcon(),
        c.pane);
    return c;
}

} // namespace ra
