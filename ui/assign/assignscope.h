#pragma once

#include <QCoreApplication>
#include <QString>

namespace ra {

// Where an assignment happens, by name, for every assignment screen to say: the community and
// the server whose roles are handed out. Value type.
struct AssignScope
{
    Q_DECLARE_TR_FUNCTIONS(ra::AssignScope)

public:
    QString community;
    QString server;

    // "Community: Returning Demo Community · server: Trading Floor", translated.
    QString text() const
    {
        if (server.isEmpty() || server == community)
            return tr("Community: %1").arg(community);
        return tr("Community: %1 · server: %2").arg(community, server);
    }
};

} // namespace ra
