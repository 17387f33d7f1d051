#pragma once

#include <QByteArray>
#include <QString>

namespace ra::sandbox {

// The pictures of the demo community's seeded badges: a medal in a colour of its own per badge
// number, drawn on demand as PNG (nothing is stored). Served at
// /uploads/<idPrefix()><n>/badge-<n>.png like an uploaded image. Pure functions; any thread.
class DemoBadgeImage
{
public:
    static QString idPrefix() { return QStringLiteral("demo-badge-"); }
    // The PNG for the upload id "demo-badge-<n>", or empty for any other id.
    static QByteArray forId(const QString &id);
    static QByteArray png(int number, int size = 96);
};

} // namespace ra::sandbox
