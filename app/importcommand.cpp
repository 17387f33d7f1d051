#include "importcommand.h"
#include "keyoption.h"
#include "subcommandargs.h"

#include "api/apiclient.h"
#include "api/apiclientconfig.h"
#include "import/failedrowsmodel.h"
#include "import/importdocument.h"
#include "import/importprogress.h"
#include "import/importsession.h"
#include "import/jobjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

#include <functional>
#include <memory>

namespace ra {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ra::ImportCommand)
};

struct Options
{
    QString file;
    bool update = false;
    bool force = false;
    bool restart = false;
    bool help = false;
    QString profile;
    QString community;
    QHash<ApiFamily, QUrl> baseUrls;
    KeyOption key{KeyKind::Integration, QStringLiteral("--key"), QStringLiteral("--key-file")};
    KeyOption systemKey{KeyKind::System, QStringLiteral("--system-key"),
                        QStringLiteral("--system-key-file")};
    QString journal;
    qint64 maxChunkBytes = 0;
    int pollMs = 0;
};

QString helpText()
{
    return Text::tr("Usage: returning-admin import FILE [--update] --profile P [--community ID]\n\n"
                    "Validates FILE like csv-check, sends it through Bulk Import (or Bulk Update\n"
                    "with --update) and follows the job(s) in the API log until done.\n\n"
                    "  --update              Update existing users instead of creating new ones.\n"
                    "  --profile P           The saved connection profile to use.\n"
                    "  --community ID        The community (default: the profile's).\n"
                    "  --key-file F          Read the integration key from the first line of F;\n"
                    "                        without it RA_INTEGRATION_KEY is read.\n"
                    "  --key -               Read the integration key from standard input.\n"
                    "  --key K               The integration key itself (other users of the\n"
                    "                        machine can see it: prefer the two above).\n"
                    "  --system-key-file F   System key for checking role names (also\n"
                    "                        --system-key - or K); without it RA_SYSTEM_KEY\n"
                    "                        is read (none: role names are not checked).\n"
                    "  --base-url FAMILY=URL Base URL of an API family instead of a profile\n"
                    "                        (integration, system, application).\n"
                    "  --force               Send even when rows have problems.\n"
                    "  --restart             Forget an interrupted import of FILE and send it\n"
                    "                        anew (without it, a rerun resumes where the\n"
                    "                        interrupted one stopped and sends no row twice).\n"
                    "  --journal FILE        Journal file (default: the app's).\n"
                    "  --max-chunk-bytes N   Upload at most N bytes per job.\n\n"
                    "Exit status: 0 all rows succeeded, 1 rows had problems or failed,\n"
                    "2 usage error or unreadable file, 3 the key is missing or refused.\n");
}

bool parse(const QStringList &args, Options *o, QString *error)
{
    SubcommandArgs cursor(args);
    while (cursor.advance()) {
        const QString &a = cursor.current();
        QString value;
        bool matched = false;
        if (!o->key.take(cursor, &matched, error) ||
            (!matched && !o->systemKey.take(cursor, &matched, error)))
            return false;
        if (matched)
            continue;
        if (a == u"--help" || a == u"-h") {
            o->help = true;
        } else if (a == u"--update") {
            o->update = true;
        } else if (a == u"--force") {
            o->force = true;
        } else if (a == u"--restart") {
            o->restart = true;
        } else if (a == u"--profile") {
            if (!cursor.value(&o->profile, error))
                return false;
        } else if (a == u"--community") {
            if (!cursor.value(&o->community, error))
                return false;
        } else if (a == u"--journal") {
            if (!cursor.value(&o->journal, error))
                return false;
        } else if (a == u"--max-chunk-bytes" || a == u"--poll-ms") {
            if (!cursor.value(&value, error))
                return false;
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n <= 0) {
                *error = Text::tr("%1 takes a positive number, not \"%2\"").arg(a, value);
                return false;
            }
            if (a == u"--poll-ms")
                o->pollMs = int(qMin<qint64>(n, 60000));
            else
                o->maxChunkBytes = n;
        } else if (a == u"--base-url") {
            if (!cursor.value(&value, error) || !takeBaseUrl(value, &o->baseUrls, error))
                return false;
        } else if (a.startsWith(u'-')) {
            *error = Text::tr("unknown option %1 (see import --help)").arg(a);
            return false;
        } else if (o->file.isEmpty()) {
            o->file = a;
        } else {
            *error = Text::tr("give one file, not \"%1\" too").arg(a);
            return false;
        }
    }
    if (o->help)
        return true;
    if (o->file.isEmpty()) {
        *error = Text::tr("name the CSV file to import");
        return false;
    }
    if (o->key.readsStandardInput() && o->systemKey.readsStandardInput()) {
        *error = Text::tr("only one key can come from standard input");
        return false;
    }
    if (o->profile.isEmpty() && !o->baseUrls.contains(ApiFamily::Integration)) {
        *error = Text::tr("give --profile P (or --base-url integration=URL)");
        return false;
    }
    return true;
}

void say(QIODevice *device, const QString &line)
{
    device->write(line.toUtf8() + '\n');
}

} // namespace

int runImportCommand(const QStringList &arguments, const ApiProfileResolver &resolver)
{
    return runWithStdio(
        [&](QIODevice *out, QIODevice *err) {
            return runImportCommand(arguments, resolver, out, err);
        },
        QIODevice::Unbuffered);
}

int runImportCommand(const QStringList &arguments, const ApiProfileResolver &resolver,
                     QIODevice *out, QIODevice *err)
{
    Options o;
    QString error;
    if (!parse(arguments, &o, &error)) {
        say(err, Text::tr("import: %1").arg(error));
        return 2;
    }
    if (o.help) {
        out->write(helpText().toUtf8());
        return 0;
    }
    ApiClientConfig config;
    if (!o.profile.isEmpty()) {
        QString profileId;
        if (!resolver || !resolver(o.profile, &config, &profileId, &error)) {
            say(err, Text::tr("import: %1")
                         .arg(resolver ? error : Text::tr("profiles are not available here")));
            return 2;
        }
    }
    for (auto it = o.baseUrls.cbegin(); it != o.baseUrls.cend(); ++it)
        config.baseUrls.insert(it.key(), it.value());
    QString key;
    QString systemKey;
    for (const auto &[option, value] : {std::pair{&o.key, &key}, {&o.systemKey, &systemKey}}) {
        QString warning;
        if (!option->read(value, &warning, &error)) {
            say(err, Text::tr("import: %1").arg(error));
            return 3;
        }
        if (!warning.isEmpty())
            say(err, warning);
    }
    if (const QString note = retiredKeyVariablesNote(); !note.isEmpty())
        say(err, note);
    config.integrationKey = config.applicationKey = key;
    config.systemKey = systemKey;
    if (!o.community.isEmpty())
        config.communityId = o.community;
    if (config.communityId.isEmpty() && !o.update) {
        say(err, Text::tr("import: no community: give --community ID"));
        return 2;
    }

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(config);
    JobJournal journal(o.journal.isEmpty() ? JobJournal::defaultPath() : o.journal);
    if (!journal.load(&error)) {
        say(err, Text::tr("import: %1").arg(error));
        return 2;
    }
    // A rerun of an interrupted import of the same file continues it.
    JournalSession interrupted;
    const QList<JournalSession> unfinished = journal.unfinished();
    for (const JournalSession &js : unfinished) {
        if (js.originalPath == QFileInfo(o.file).absoluteFilePath() && js.update == o.update)
            interrupted = js;
    }
    if (!interrupted.id.isEmpty() && o.restart) {
        say(err, Text::tr("Starting %1 anew (--restart): the interrupted import started %2 is "
                          "forgotten; rows it sent may be sent again.")
                     .arg(o.file, interrupted.startedAt));
        journal.remove(interrupted.id);
        interrupted = JournalSession();
    }
    if (!interrupted.id.isEmpty() && !interrupted.isSameOriginal(o.file)) {
        say(err, Text::tr("import: %1 changed since its interrupted import started %2 (%3 of %4 "
                          "rows were handed to the server). Nothing was sent. Rerun with "
                          "--restart to send the file as it is now.")
                     .arg(o.file, interrupted.startedAt, QLocale().toString(interrupted.nextRow()),
                          QLocale().toString(interrupted.totalRows)));
        return 1;
    }
    ImportSession session(client, journal);
    if (!o.journal.isEmpty())
        session.setPreparedFolder(QFileInfo(o.journal).absolutePath());
    if (o.maxChunkBytes > 0)
        session.setMaxChunkBytes(o.maxChunkBytes);
    if (o.pollMs > 0)
        session.setPollInterval(o.pollMs);
    session.setMode(o.update ? ImportMode::Update : ImportMode::Import);
    ImportDocument *doc = session.document();

    int exitCode = 1;
    bool started = false;
    bool namesDone = systemKey.isEmpty() || config.baseUrl(ApiFamily::System).isEmpty();
    const QLocale locale;
    auto quit = [&](int code) {
        exitCode = code;
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    };
    QElapsedTimer lastReport;
    auto report = [&](bool force) {
        ImportProgress *p = session.progress();
        if (!p || (!force && lastReport.isValid() && lastReport.elapsed() < 1000))
            return;
        lastReport.start();
        say(err,
            Text::tr("%1: %2 of %3 rows processed, %4 created, %5 updated, %6 failed, "
                     "%7 rows/s")
                .arg(p->stateText(), locale.toString(p->processed()), locale.toString(p->planned()),
                     locale.toString(p->created()), locale.toString(p->updated()),
                     locale.toString(p->failed()), locale.toString(p->rowsPerSecond(), 'f', 0)));
    };
    QObject::connect(&session, &ImportSession::sendingStarted, &session, [&] {
        ImportProgress *p = session.progress();
        QObject::connect(p, &ImportProgress::changed, p, [&] { report(false); });
        QObject::connect(p->failedRows(), &QAbstractItemModel::rowsInserted, p,
                         [&, p](const QModelIndex &, int first, int last) {
                             for (int i = first; i <= last; ++i) {
                                 const FailedRowsModel::Failure &f = p->failedRows()->at(i);
                                 say(err,
                                     Text::tr("failed row %1: %2").arg(f.row + 1).arg(f.reason));
                             }
                         });
        QObject::connect(p, &ImportProgress::finished, p, [&, p] {
            report(true);
            // The jobs' own records on the server, not what this run sent.
            say(out, Text::tr("%1. By the server's count, of %2 rows: %3 created, %4 updated, "
                              "%5 failed, %6 unconfirmed, %7 not sent (%n job(s)).",
                              nullptr, p->jobCount())
                         .arg(p->stateText(), locale.toString(p->totalRows()),
                              locale.toString(p->created()), locale.toString(p->updated()),
                              locale.toString(p->failed()), locale.toString(p->unconfirmed()),
                              locale.toString(p->notSent())));
            if (!p->errorText().isEmpty())
                say(err, Text::tr("import: %1").arg(p->errorText()));
            const bool clean = p->allRowsDone();
            quit(clean ? 0 : 1);
        });
    });
    // Bulk Import itself needs no key, but following its jobs does: a cheap
    // authenticated read of the API log first, so a missing or wrong key
    // stops before any row is sent rather than after.
    auto checkKey = [&](std::function<void()> then) {
        if (key.isEmpty()) {
            say(err, Text::tr("import: no integration key: give --key-file F or --key -, or "
                              "set RA_INTEGRATION_KEY. Nothing was sent."));
            return quit(3);
        }
        client.listApiLogJobs()->then(
            &session, [then](const QList<ImportJob> &) { then(); },
            [&](const ApiError &e) {
                if (e.httpStatus == 401 || e.httpStatus == 403) {
                    say(err, Text::tr("import: the server refuses the integration key (%1). "
                                      "Nothing was sent.")
                                 .arg(e.userText()));
                    return quit(3);
                }
                say(err, Text::tr("import: cannot read the server's API log, so the import "
                                  "could not be followed (%1). Nothing was sent.")
                             .arg(e.userText()));
                quit(1);
            });
    };
    auto sendWhenReady = [&] {
        // Role names arriving make the document validate again: wait for that.
        if (started || !doc->isLoaded() || !namesDone)
            return;
        started = true;
        if (!doc->mapping().isComplete(doc->importTemplate())) {
            say(err, Text::tr("import: %1").arg(doc->mapping().missingText(doc->importTemplate())));
            return quit(1);
        }
        if (doc->problemRowCount() > 0) {
            const QStringList header = doc->header();
            for (const qint64 row : doc->problemRows()) {
                for (const CellProblem &pr : doc->problems(row)) {
                    const QString column = pr.column >= 0 ? header.value(pr.column) : QString();
                    say(err,
                        Text::tr("row %1, %2: %3")
                            .arg(row + 2)
                            .arg(column.isEmpty() ? Text::tr("whole row") : column,
                                 pr.reason(pr.column >= 0 ? doc->cell(row, pr.column) : QString(),
                                           column)));
                }
            }
            say(err,
                Text::tr("import: %n row(s) have problems", nullptr, int(doc->problemRowCount())) +
                    (o.force ? Text::tr("; sending anyway (--force)")
                             : Text::tr("; nothing sent (fix them, or use --force)")));
            if (!o.force)
                return quit(1);
            doc->setSendsProblemRows(true); // the server refuses them, row by row
        }
        checkKey([&] {
            say(err, Text::tr("Sending %n row(s)…", nullptr, int(doc->rowCount())));
            QString sendError;
            if (!session.send(&sendError)) {
                say(err, Text::tr("import: %1").arg(sendError));
                quit(1);
            }
        });
    };
    QObject::connect(doc, &ImportDocument::loaded, &session, [&] { sendWhenReady(); });
    QObject::connect(doc, &ImportDocument::failed, &session, [&](const QString &message) {
        say(err, Text::tr("import: %1 cannot be read as CSV: %2").arg(o.file, message));
        quit(2);
    });
    QObject::connect(&session, &ImportSession::serverNamesLoaded, &session, [&] {
        namesDone = true;
        sendWhenReady();
    });
    QObject::connect(&session, &ImportSession::serverNamesFailed, &session,
                     [&](const QString &message) {
                         say(err, message);
                         namesDone = true;
                         sendWhenReady();
                     });
    if (!interrupted.id.isEmpty()) {
        say(err, Text::tr("Resuming the interrupted import of %1 started %2 (%3 of %4 rows had "
                          "been handed over); rows that reached the server are not sent again.")
                     .arg(o.file, interrupted.startedAt, locale.toString(interrupted.nextRow()),
                          locale.toString(interrupted.totalRows)));
        checkKey([&] {
            QString resumeError;
            if (!session.resume(interrupted.id, &resumeError)) {
                say(err, Text::tr("import: cannot resume: %1").arg(resumeError));
                quit(1);
            }
        });
        QCoreApplication::exec();
        return exitCode;
    }
    if (!namesDone)
        session.fetchServerNames();
    if (!doc->open(o.file)) {
        say(err, Text::tr("import: %1 cannot be read as CSV: %2").arg(o.file, doc->errorText()));
        return 2;
    }
    QCoreApplication::exec();
    return exitCode;
}

} // namespace ra
