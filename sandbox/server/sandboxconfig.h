#pragma once

#include "faultrule.h"

#include <QList>
#include <QString>

namespace ra::sandbox {

// How a SandboxServer starts: where it listens, which database it uses, how
// big the demo community is, the request body and connection limits, whether
// the demo keys are replaced by random ones, and the initial fault rules.
// Value type.
struct SandboxConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: the OS chooses
    QString dbPath;   // empty: a private in-memory database
    quint64 seed = 1; // demo data and fault generator seed
    int users = 1000; // demo community size
    // Messages added to the community's first open channel once seeded (--channel-messages).
    int channelMessages = 0;
    // Custom-field history entries the demo records; -1: the seeder's default.
    qint64 histories = -1;
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    int maxConnections = 1000; // open connections at once
    // Replace the seeded (computable) demo keys with random ones once seeded.
    // SandboxCommandLine sets it for a host beyond loopback without --fixed-keys.
    bool randomKeys = false;
    int sessionLifetime = 3600; // seconds a login session lasts (--session-lifetime)
    QList<FaultRule> faults;
};

} // namespace ra::sandbox
