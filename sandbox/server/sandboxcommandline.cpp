#include "sandboxcommandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

namespace ra::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::SandboxCommandLine", text);
}

QCommandLineOption option(const char16_t *name, const char *description, const char *valueName)
{
    return QCommandLineOption(QString::fromUtf16(name), tr(description), tr(valueName));
}

bool readRate(const QCommandLineParser &parser, const QString &name, double *rate, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *rate = parser.value(name).toDouble(&ok);
    if (!ok || *rate < 0.0 || *rate > 1.0) {
        *error = tr("--%1 must be a number between 0 and 1").arg(name);
        return false;
    }
    return true;
}

} // namespace

bool SandboxCommandLine::isLoopbackHost(const QString &host)
{
    if (host.isEmpty() || host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString SandboxCommandLine::exposureWarning(const SandboxConfig &config)
{
    if (isLoopbackHost(config.host))
        return {};
    return config.randomKeys
               ? tr("warning: listening on %1, beyond this machine: anyone who can reach it can "
                    "use the sandbox. Its keys are random for this run (see the startup line).")
                     .arg(config.host)
               : tr("warning: listening on %1, beyond this machine, with the demo community's "
                    "fixed keys (--fixed-keys): anyone who can reach it and knows the seed can "
                    "use the sandbox.")
                     .arg(config.host);
}

void SandboxCommandLine::addOptions(QCommandLineParser *parser)
{
    parser->addOptions({
        option(u"host", "Address to listen on (default 127.0.0.1).", "address"),
        option(u"port", "Port to listen on; 0 lets the OS choose (default 0).", "port"),
        option(u"db", "SQLite database file; in-memory when not given.", "path"),
        option(u"seed", "Seed of the demo data and of the fault generator (default 1).", "seed"),
        option(u"users", "Users in the demo community (default 1000).", "count"),
        option(u"channel-messages",
               "Add this many messages to the community's first open channel once seeded "
               "(for benchmarks).",
               "count"),
        option(u"histories",
               "Custom-field history entries the demo records, applied as changes to its "
               "members in turn (default: the changes of the first 10000 members).",
               "count"),
        option(u"max-body-bytes", "Largest accepted request body (default 64 MiB).", "bytes"),
        option(u"max-connections", "Most connections open at once (default 1000).", "count"),
        option(u"session-lifetime",
               "Seconds a login session token lasts (default 3600); a short one lets the "
               "expiry of a session be tried.",
               "seconds"),
        QCommandLineOption(QStringLiteral("fixed-keys"),
                           tr("Keep the demo community's seeded keys when listening beyond "
                              "loopback (by default they are replaced by random keys).")),
        option(u"fault",
               "A fault rule, e.g. \"route=createUser;kind=error;status=500;count=1\" "
               "(kinds: none, error, 429, reset, truncate, malformed). Repeatable.",
               "spec"),
        option(u"fault-route", "operationId the fault shortcuts apply to (default *).",
               "operationId"),
        option(u"latency", "Added latency in milliseconds.", "ms"),
        option(u"error-rate", "Share of requests answered with an error status.", "rate"),
        option(u"error-codes", "Error statuses to choose from (default 500,502,503).", "codes"),
        option(u"rate-limit-rate", "Share of requests answered 429.", "rate"),
        option(u"retry-after", "Retry-After seconds of injected 429s (default 1).", "seconds"),
        option(u"reset-rate", "Share of connections reset without a reply.", "rate"),
        option(u"truncate-rate", "Share of replies cut off after half the body.", "rate"),
        option(u"malformed-rate", "Share of replies with an invalid JSON body.", "rate"),
    });
}

bool SandboxCommandLine::toConfig(const QCommandLineParser &parser, SandboxConfig *config,
                                  QString *error)
{
    SandboxConfig c;
    bool ok = true;
    if (parser.isSet(QStringLiteral("host")))
        c.host = parser.value(QStringLiteral("host"));
    if (parser.isSet(QStringLiteral("port"))) {
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535) {
            *error = tr("--port must be a number from 0 to 65535");
            return false;
        }
        c.port = quint16(port);
    }
    c.dbPath = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("seed"))) {
        c.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            *error = tr("--seed must be a non-negative integer");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("users"))) {
        c.users = parser.value(QStringLiteral("users")).toInt(&ok);
        if (!ok || c.users < 0) {
            *error = tr("--users must be a non-negative integer");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("channel-messages"))) {
        c.channelMessages = parser.value(QStringLiteral("channel-messages")).toInt(&ok);
        if (!ok || c.channelMessages < 0) {
            *error = tr("--channel-messages must be a non-negative integer");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("histories"))) {
        c.histories = parser.value(QStringLiteral("histories")).toLongLong(&ok);
        if (!ok || c.histories < 0) {
            *error = tr("--histories must be a non-negative integer");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("max-body-bytes"))) {
        c.maxBodyBytes = parser.value(QStringLiteral("max-body-bytes")).toLongLong(&ok);
        if (!ok || c.maxBodyBytes <= 0) {
            *error = tr("--max-body-bytes must be a positive integer");
            return false;
        }
    }

    if (parser.isSet(QStringLiteral("max-connections"))) {
        c.maxConnections = parser.value(QStringLiteral("max-connections")).toInt(&ok);
        if (!ok || c.maxConnections <= 0) {
            *error = tr("--max-connections must be a positive integer");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("session-lifetime"))) {
        c.sessionLifetime = parser.value(QStringLiteral("session-lifetime")).toInt(&ok);
        if (!ok || c.sessionLifetime <= 0) {
            *error = tr("--session-lifetime must be a positive number of seconds");
            return false;
        }
    }
    c.randomKeys = !isLoopbackHost(c.host) && !parser.isSet(QStringLiteral("fixed-keys"));

    const QStringList specs = parser.values(QStringLiteral("fault"));
    for (const QString &spec : specs) {
        FaultRule rule;
        if (!FaultRule::fromSpec(spec, &rule, error))
            return false;
        c.faults.append(rule);
    }

    // The shortcuts: one rule per kind, all on --fault-route.
    const QString route = parser.isSet(QStringLiteral("fault-route"))
                              ? parser.value(QStringLiteral("fault-route"))
                              : QStringLiteral("*");
    if (parser.isSet(QStringLiteral("latency"))) {
        FaultRule rule;
        rule.route = route;
        rule.latencyMs = parser.value(QStringLiteral("latency")).toInt(&ok);
        if (!ok || rule.latencyMs < 0) {
            *error = tr("--latency must be a non-negative number of milliseconds");
            return false;
        }
        c.faults.append(rule);
    }
    QList<int> codes{500, 502, 503};
    if (parser.isSet(QStringLiteral("error-codes"))) {
        codes.clear();
        const QStringList parts =
            parser.value(QStringLiteral("error-codes")).split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const int code = part.trimmed().toInt(&ok);
            if (!ok || code < 100 || code > 599) {
                *error = tr("--error-codes must list HTTP statuses, e.g. 500,502,503");
                return false;
            }
            codes.append(code);
        }
    }
    int retryAfter = 1;
    if (parser.isSet(QStringLiteral("retry-after"))) {
        retryAfter = parser.value(QStringLiteral("retry-after")).toInt(&ok);
        if (!ok || retryAfter < 0) {
            *error = tr("--retry-after must be a non-negative number of seconds");
            return false;
        }
    }
    const struct
    {
        const char16_t *name;
        FaultKind kind;
    } rates[] = {{u"error-rate", FaultKind::Error},
                 {u"rate-limit-rate", FaultKind::RateLimit},
                 {u"reset-rate", FaultKind::Reset},
                 {u"truncate-rate", FaultKind::Truncate},
                 {u"malformed-rate", FaultKind::Malformed}};
    for (const auto &r : rates) {
        const QString name = QString::fromUtf16(r.name);
        if (!parser.isSet(name))
            continue;
        FaultRule rule;
        rule.route = route;
        rule.kind = r.kind;
        if (!readRate(parser, name, &rule.rate, error))
            return false;
        if (r.kind == FaultKind::Error)
            rule.statuses = codes;
        rule.retryAfterSeconds = retryAfter;
        c.faults.append(rule);
    }
    *config = c;
    return true;
}

} // namespace ra::sandbox
