#pragma once

#include "settings/connectionprofile.h"

#include <QColor>
#include <QIcon>

#include <functional>

class QPainter;

namespace ra {

// Small icons painted in code, so the shell looks the same on every platform
// and needs no icon theme (the SVG image plugin is not always installed).
// The icons are vector: they are painted at whatever size and device pixel
// ratio they are asked for (sharp at 200% scaling), and a glyph without a
// colour of its own takes the palette's text colour when painted, so it
// follows the light or dark theme. Stateless; GUI thread (QPixmap).
class IconFactory
{
public:
    enum class Glyph { Connections, Eye, EyeOff, Warning, Info, Close, Shield };

    // Paints on a 32x32 grid in `color`.
    using Paint = std::function<void(QPainter &, const QColor &)>;

    // An invalid `color`: the palette's WindowText (disabled: its disabled colour).
    static QIcon icon(Glyph glyph, const QColor &color = QColor());
    static QIcon painted(const Paint &paint, const QColor &color = QColor());
    // A rounded coloured square showing the profile's environment.
    static QIcon environmentIcon(ConnectionProfile::Environment environment);
    static QColor environmentColor(ConnectionProfile::Environment environment);
    // The application's icon: a rounded "R" tile.
    static QIcon appIcon();
};

} // namespace ra
