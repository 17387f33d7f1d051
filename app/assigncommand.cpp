#include "assigncommand.h"
#include "assignrun.h"
#include "keyoption.h"
#include "subcommandargs.h"

#include "api/apiclientconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace ra {

namespace {

struct AssignText
{
    Q_DECLARE_TR_FUNCTIONS(ra::AssignCommand)
};

struct AssignOptions
{
    QString badge;
    QString role;
    bool remove = false;
    bool help = false;
    QString profile;
    QString community;
    QHash<ApiFamily, QUrl> baseUrls;
    KeyOption systemKey{KeyKind::System, QStringLiteral("--system-key"),
                        QStringLiteral("--system-key-file")};
    KeyOption key{KeyKind::Integration, QStringLiteral("--key"), QStringLiteral("--key-file")};
    QString users;
    QString column;
    AssignRequest request;
};

QString assignHelp()
{
    return AssignText::tr(
               "Usage: returning-admin assign --badge ID|NAME | --role ID|NAME [--remove]\n"
               "                              [--server ID] --users FILE|- [options]\n\n"
               "Gives (or with --remove takes away) one badge or role to every member of a\n"
               "list, as one journaled job, and prints the report.\n\n"
               "  --badge ID|NAME       The badge, by id or by its (unique) name.\n"
               "  --role ID|NAME        The role, by id or by its (unique) name.\n"
               "  --remove              Take the badge or role away instead.\n"
               "  --server ID           The server (default: the community).\n"
               "  --users FILE|-        Member ids, usernames or e-mails, one per line, or a CSV\n"
               "                        file; - reads standard input.\n"
               "  --column NAME|N       The CSV column to read (default: the one that looks\n"
               "                        like e-mails, usernames or ids).\n"
               "  --skip-bad            Send the good lines even when some are not members.\n"
               "  --profile P           The saved connection profile to use.\n"
               "  --base-url FAMILY=URL Base URL of an API family instead of a profile\n"
               "                        (system, application, integration).\n"
               "  --community ID        The community (default: the profile's).\n"
               "  --system-key-file F   System key for the assignment calls (also\n"
               "                        --system-key - or K); without it RA_SYSTEM_KEY is read.\n"
               "  --key-file F          Integration key for looking usernames and e-mails up\n"
               "                        (also --key - or K); without it RA_INTEGRATION_KEY.\n"
               "  --max-in-flight N     Requests in flight at most (default %1; lowered by\n"
               "                        itself while the server answers 429).\n"
               "  --report FILE         Write the report as CSV.\n"
               "  --journal-dir DIR     Where jobs are journaled (default: the app's).\n"
               "  --restart             Forget an interrupted job of this list and start anew\n"
               "                        (without it, a rerun resumes it and sends no one twice).\n"
               "  --resume JOBID        Continue an unfinished job.\n"
               "  --undo JOBID          Run the inverse of a finished job (what it did only).\n\n"
               "Exit status: 0 every member done or already as asked, 1 some failed, not found\n"
               "or not matched, 2 usage error or unreadable list, 3 key missing or refused,\n"
               "4 unknown badge or role, 5 bad lines in the list.\n")
        .arg(BulkClientPool::defaultMaxInFlight);
}

bool parseAssign(const QStringList &args, AssignOptions *o, QString *error)
{
    SubcommandArgs cursor(args);
    AssignRequest &r = o->request;
    while (cursor.advance()) {
        const QString &a = cursor.current();
        QString value;
        bool matched = false;
        if (!o->systemKey.take(cursor, &matched, error) ||
            (!matched && !o->key.take(cursor, &matched, error)))
            return false;
        if (matched)
            continue;
        QString *text = a == u"--badge"         ? &o->badge
                        : a == u"--role"        ? &o->role
                        : a == u"--server"      ? &r.server
                        : a == u"--users"       ? &o->users
                        : a == u"--column"      ? &o->column
                        : a == u"--profile"     ? &o->profile
                        : a == u"--community"   ? &o->community
                        : a == u"--report"      ? &r.reportPath
                        : a == u"--journal-dir" ? &r.journalDir
                        : a == u"--resume"      ? &r.resumeId
                        : a == u"--undo"        ? &r.undoId
                                                : nullptr;
        if (text) {
            if (!cursor.value(text, error))
                return false;
        } else if (a == u"--help" || a == u"-h") {
            o->help = true;
        } else if (a == u"--remove") {
            o->remove = true;
        } else if (a == u"--restart") {
            r.restart = true;
        } else if (a == u"--skip-bad") {
            r.skipBad = true;
        } else if (a == u"--max-in-flight") {
            bool ok = false;
            if (!cursor.value(&value, error))
                return false;
            r.maxInFlight = value.toInt(&ok);
            if (!ok || r.maxInFlight < 1 || r.maxInFlight > BulkClientPool::maxMaxInFlight) {
                *error = AssignText::tr("--max-in-flight takes 1 to %1, not \"%2\"")
                             .arg(BulkClientPool::maxMaxInFlight)
                             .arg(value);
                return false;
            }
        } else if (a == u"--base-url") {
            if (!cursor.value(&value, error) || !takeBaseUrl(value, &o->baseUrls, error))
                return false;
        } else {
            *error = AssignText::tr("unknown option %1 (see assign --help)").arg(a);
            return false;
        }
    }
    if (o->help)
        return true;
    const bool continuing = !r.resumeId.isEmpty() || !r.undoId.isEmpty();
    if (!continuing && o->badge.isEmpty() == o->role.isEmpty()) {
        *error = AssignText::tr("give one of --badge or --role");
        return false;
    }
    if (!continuing && o->users.isEmpty()) {
        *error = AssignText::tr("give the members with --users FILE (or - for standard input)");
        return false;
    }
    if (o->profile.isEmpty() && !o->baseUrls.contains(ApiFamily::System)) {
        *error = AssignText::tr("give --profile P (or --base-url system=URL)");
        return false;
    }
    using Action = AssignOutcome::Action;
    r.action = o->role.isEmpty() ? (o->remove ? Action::RemoveBadge : Action::AwardBadge)
                                 : (o->remove ? Action::RemoveRole : Action::AddRole);
    r.target = o->role.isEmpty() ? o->badge : o->role;
    return true;
}

void assignSay(QIODevice *device, const QString &line)
{
    device->write(line.toUtf8() + '\n');
}

} // namespace

int runAssignCommand(const QStringList &arguments, const ApiProfileResolver &resolver)
{
    return runWithStdio(
        [&](QIODevice *out, QIODevice *err) {
            return runAssignCommand(arguments, resolver, out, err);
        },
        QIODevice::Unbuffered);
}

int runAssignCommand(const QStringList &arguments, const ApiProfileResolver &resolver,
                     QIODevice *out, QIODevice *err, QIODevice *in)
{
    const std::unique_ptr<QCoreApplication> app = ensureCoreApplication();
    AssignOptions o;
    QString error;
    if (!parseAssign(arguments, &o, &error)) {
        assignSay(err, AssignText::tr("assign: %1").arg(error));
        return 2;
    }
    if (o.help) {
        out->write(assignHelp().toUtf8());
        return 0;
    }
    ApiClientConfig config;
    if (!o.profile.isEmpty()) {
        QString profileId;
        if (!resolver || !resolver(o.profile, &config, &profileId, &error)) {
            assignSay(err, AssignText::tr("assign: %1")
                               .arg(resolver ? error
                                             : AssignText::tr("profiles are not available here")));
            return 2;
        }
    }
    for (auto it = o.baseUrls.cbegin(); it != o.baseUrls.cend(); ++it)
        config.baseUrls.insert(it.key(), it.value());
    if (!o.community.isEmpty())
        config.communityId = o.community;
    AssignRequest request = o.request;
    if (request.server.isEmpty())
        request.server = config.communityId;
    if (request.journalDir.isEmpty())
        request.journalDir = BulkJournal::defaultDirectory();

    // The list is read (and checked) before any key is asked for.
    if (!o.users.isEmpty()) {
        QByteArray bytes;
        if (o.users == u"-") {
            QFile stdinFile;
            QIODevice *source = in;
            if (!source) {
                if (!stdinFile.open(stdin, QIODevice::ReadOnly)) {
                    assignSay(err, AssignText::tr("assign: cannot read standard input"));
                    return 2;
                }
                source = &stdinFile;
            }
            bytes = source->readAll();
            request.source = QStringLiteral("-");
        } else {
            QFile file(o.users);
            if (!file.open(QIODevice::ReadOnly)) {
                assignSay(
                    err,
                    AssignText::tr("assign: cannot read %1: %2").arg(o.users, file.errorString()));
                return 2;
            }
            bytes = file.readAll();
            request.source = QFileInfo(o.users).absoluteFilePath();
        }
        request.users = UserList::parse(bytes, o.column);
        if (!request.users.error().isEmpty()) {
            assignSay(err, AssignText::tr("assign: %1: %2").arg(o.users, request.users.error()));
            return 2;
        }
    }
    QString systemKey;
    QString key;
    for (const auto &[option, value] : {std::pair{&o.systemKey, &systemKey}, {&o.key, &key}}) {
        QString warning;
        if (!option->read(value, &warning, &error)) {
            assignSay(err, AssignText::tr("assign: %1").arg(error));
            return 3;
        }
        if (!warning.isEmpty())
            assignSay(err, warning);
    }
    if (systemKey.isEmpty()) {
        assignSay(err, AssignText::tr("assign: no system key: give --system-key-file F or "
                                      "--system-key -, or set RA_SYSTEM_KEY. Nothing was sent."));
        return 3;
    }
    bool lookups = false;
    for (const UserList::Entry &e : request.users.entries())
        lookups = lookups || e.type != UserList::EntryType::Id;
    if (lookups && config.baseUrl(ApiFamily::Application).isEmpty()) {
        assignSay(err, AssignText::tr("assign: the list has usernames or e-mails, which are "
                                      "looked up through the Application API: give --base-url "
                                      "application=URL. Nothing was sent."));
        return 2;
    }
    if (lookups && key.isEmpty()) {
        assignSay(err, AssignText::tr("assign: the list has usernames or e-mails, which are "
                                      "looked up with the integration key: give --key-file F "
                                      "or --key -, or set RA_INTEGRATION_KEY. Nothing was sent."));
        return 3;
    }
    config.systemKey = systemKey;
    config.integrationKey = config.applicationKey = key;
    if (config.communityId.isEmpty()) {
        assignSay(err, AssignText::tr("assign: no community: give --community ID"));
        return 2;
    }

    BulkClientPool pool(config, nullptr, nullptr);
    pool.setMaxInFlight(request.maxInFlight);
    AssignRun run(request, pool, out, err);
    int exitCode = 1;
    QObject::connect(&run, &AssignRun::done, &run, [&exitCode](int code) {
        exitCode = code;
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    });
    QTimer::singleShot(0, &run, &AssignRun::start);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace ra
