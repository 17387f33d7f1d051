#pragma once

#include "sandboxconfig.h"

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace ra::sandbox {

// The `returning-sandbox` command line: adds its options to a
// QCommandLineParser and turns the parsed values into a SandboxConfig.
// Options: --host, --port, --db, --seed, --users, --max-body-bytes,
// --max-connections, --fixed-keys and the
// fault flags: --fault SPEC (repeatable, see FaultRule::fromSpec),
// --fault-route OP (target of the shortcuts below, default "*"), --latency MS,
// --error-rate R, --error-codes LIST, --rate-limit-rate R, --retry-after S,
// --reset-rate R, --truncate-rate R, --malformed-rate R. Stateless.
class SandboxCommandLine
{
public:
    static void addOptions(QCommandLineParser *parser);
    // Returns false and sets `error` on a bad value.
    static bool toConfig(const QCommandLineParser &parser, SandboxConfig *config, QString *error);
    // True for 127.0.0.1, ::1, any 127/8 address and "localhost".
    static bool isLoopbackHost(const QString &host);
    // The warning to print when `config` listens beyond loopback; empty otherwise.
    static QString exposureWarning(const SandboxConfig &config);
};

} // namespace ra::sandbox
