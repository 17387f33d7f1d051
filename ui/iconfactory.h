#pragma once

#include "settings/connectionprofile.h"

#include <QColor>
#include <QIcon>

namespace ra {

// Small icons painted in code, so the shell looks the same on every platform
// and needs no icon theme (the SVG image plugin is not always installed).
// Stateless; GUI thread (QPixmap).
class IconFactory
{
public:
    enum class Glyph { Connections, Eye, EyeOff, Warning, Info, Close, Shield };

    static QIcon icon(Glyph glyph, const QColor &color = QColor(0x44, 0x4b, 0x55));
    // A rounded coloured square showing the profile's environment.
    static QIcon environmentIcon(ConnectionProfile::Environment environment);
    static QColor environmentColor(ConnectionProfile::Environment environment);
    // The application's icon: a rounded "R" tile.
    static QIcon appIcon();
};

} // namespace ra
