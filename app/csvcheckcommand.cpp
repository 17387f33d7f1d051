#include "csvcheckcommand.h"
#include "keyoption.h"
#include "subcommandargs.h"

#include "api/apiclient.h"
#include "api/apiclientconfig.h"
#include "import/csvreader.h"
#include "import/importscanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

namespace ra {

namespace {

// Gives lupdate and translate() one context for this file's free functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ra::CsvCheckCommand)
};

ApiProfileResolver &resolver()
{
    static ApiProfileResolver r;
    return r;
}

struct Options
{
    QString file;
    bool update = false;
    bool json = false;
    bool printRows = false;
    bool help = false;
    QString profile;
    KeyOption key{KeyKind::System, QStringLiteral("--key"), QStringLiteral("--key-file")};
    QString community;
    bool forceEncoding = false;
    CsvEncoding encoding = CsvEncoding::Utf8;
    char delimiter = 0;
};

QString helpText()
{
    return Text::tr("Usage: returning-admin csv-check FILE [options]\n\n"
                    "Reads and validates a bulk import (or update) CSV without sending it.\n"
                    "Exit 0 when clean, 1 when problems were found, 2 when the file cannot be\n"
                    "read as CSV: not a text file (NUL or control bytes in its first %3 KiB),\n"
                    "a quoted cell never closed, or a row over the limits of %L1 bytes or\n"
                    "%L2 cells.\n\n"
                    "Options:\n"
                    "  --update           Check against the Bulk Update template.\n"
                    "  --json             Print the report as one JSON object.\n"
                    "  --print-rows       Print the rows as read (JSON array of arrays, header\n"
                    "                     first) on stdout; the report goes to stderr.\n"
                    "  --encoding E       utf-8, utf-16le, utf-16be, windows-1252 or latin1\n"
                    "                     (default: detected).\n"
                    "  --delimiter D      , ; | or tab (default: sniffed).\n"
                    "  --profile P        Check Role names against the server of profile P.\n"
                    "  --key-file F       Read the System key from the first line of F\n"
                    "                     (default: RA_SYSTEM_KEY); --key - reads it from\n"
                    "                     standard input, --key K takes it as is (visible to\n"
                    "                     other users of the machine).\n"
                    "  --community ID     The community (default: the profile's).\n")
        .arg(CsvReader::maxRecordBytes)
        .arg(CsvReader::maxFieldsPerRecord)
        .arg(CsvDialect::sniffBytes / 1024);
}

bool parse(const QStringList &args, Options *o, QString *error)
{
    SubcommandArgs cursor(args);
    while (cursor.advance()) {
        const QString &a = cursor.current();
        QString v;
        bool matched = false;
        if (!o->key.take(cursor, &matched, error))
            return false;
        if (matched)
            continue;
        if (a == u"--update") {
            o->update = true;
        } else if (a == u"--json") {
            o->json = true;
        } else if (a == u"--print-rows") {
            o->printRows = true;
        } else if (a == u"--help" || a == u"-h") {
            o->help = true;
        } else if (a == u"--profile") {
            if (!cursor.value(&o->profile, error))
                return false;
        } else if (a == u"--community") {
            if (!cursor.value(&o->community, error))
                return false;
        } else if (a == u"--encoding") {
            if (!cursor.value(&v, error))
                return false;
            if (!CsvDialect::encodingFromId(v, &o->encoding)) {
                *error = Text::tr("unknown encoding %1").arg(v);
                return false;
            }
            o->forceEncoding = true;
        } else if (a == u"--delimiter") {
            if (!cursor.value(&v, error))
                return false;
            if (v == u"tab" || v == u"\\t")
                v = QStringLiteral("\t");
            if (v.size() != 1 || !CsvDialect::delimiters().contains(v.at(0).toLatin1())) {
                *error = Text::tr("--delimiter is one of , ; | tab");
                return false;
            }
            o->delimiter = v.at(0).toLatin1();
        } else if (a.startsWith(u"--")) {
            *error = Text::tr("unknown option %1").arg(a);
            return false;
        } else if (o->file.isEmpty()) {
            o->file = a;
        } else {
            *error = Text::tr("unexpected argument %1").arg(a);
            return false;
        }
    }
    if (!o->help && o->file.isEmpty()) {
        *error = Text::tr("name the CSV file to check");
        return false;
    }
    if (o->profile.isEmpty() && (o->key.given() || !o->community.isEmpty())) {
        *error = Text::tr("--key, --key-file and --community need --profile");
        return false;
    }
    return true;
}

QByteArray jsonLine(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Reads the file once and writes the report; the exit code.
class Check
{
public:
    Check(const Options &o, QIODevice *out, QIODevice *err)
        : m_o(o)
        , m_report(o.printRows ? err : out)
        , m_rowsOut(out)
    {
    }

    int run(const QStringList *serverRoles);

private:
    void problem(qint64 row, int column, const QString &header, const QString &kind,
                 const QString &message);

    const Options &m_o;
    QIODevice *m_report;
    QIODevice *m_rowsOut;
    qint64 m_problemsWritten = 0;
};

void Check::problem(qint64 row, int column, const QString &header, const QString &kind,
                    const QString &message)
{
    if (m_o.json) {
        QJsonObject p{{QStringLiteral("row"), row},
                      {QStringLiteral("column"), column},
                      {QStringLiteral("header"), header},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("message"), message}};
        m_report->write((m_problemsWritten ? ",\n  " : "\n  ") + jsonLine(p));
    } else if (column > 0) {
        m_report->write(Text::tr("Row %1, column %2 (%3): %4\n")
                            .arg(row)
                            .arg(column)
                            .arg(header, message)
                            .toUtf8());
    } else {
        m_report->write(Text::tr("Row %1: %2\n").arg(row).arg(message).toUtf8());
    }
    ++m_problemsWritten;
}

int Check::run(const QStringList *serverRoles)
{
    QFile file(m_o.file);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString message = Text::tr("Cannot open %1: %2").arg(m_o.file, file.errorString());
        if (m_o.json)
            m_report->write(
                jsonLine({{QStringLiteral("file"), m_o.file}, {QStringLiteral("error"), message}}) +
                '\n');
        else
            m_report->write(message.toUtf8() + '\n');
        return 2;
    }
    CsvDialect dialect = CsvDialect::detect(file.read(65536));
    if (m_o.forceEncoding) {
        file.seek(0);
        const QByteArray head = file.read(4);
        dialect.encoding = m_o.encoding;
        dialect.bomLength = CsvDialect::bomLengthFor(dialect.encoding, head);
    }
    if (m_o.delimiter)
        dialect.delimiter = m_o.delimiter;
    file.seek(0);

    ImportScanner::Options options;
    options.dialect = dialect;
    options.mode = m_o.update ? ImportMode::Update : ImportMode::Import;
    // Constant-ish memory for any file size: duplicates say "earlier in the
    // file" instead of naming the first row.
    options.keepFirstRows = false;
    if (serverRoles) {
        options.serverRoles = *serverRoles;
        options.checkRoles = true;
    }
    const ImportTemplate importTemplate(options.mode);
    QStringList header;
    ImportScanner scanner;
    if (m_o.json)
        m_report->write("{\n \"problems\": [");
    if (m_o.printRows)
        m_rowsOut->write("[");
    qint64 rowsPrinted = 0;
    auto printRow = [&](const QStringList &cells) {
        QJsonArray row;
        for (const QString &c : cells)
            row.append(c);
        m_rowsOut->write((rowsPrinted++ ? ",\n " : "\n ") +
                         QJsonDocument(row).toJson(QJsonDocument::Compact));
    };
    QString missing;
    scanner.onHeader = [&](const QStringList &h, const ColumnMapping &mapping) {
        header = h;
        if (m_o.printRows)
            printRow(h);
        missing = mapping.missingText(importTemplate);
        if (!missing.isEmpty())
            problem(1, 0, QString(), QStringLiteral("missing-column"), missing);
    };
    scanner.onRow = [&](const RowBatch::Row &row, const QList<CellProblem> &problems) {
        if (m_o.printRows)
            printRow(row.fields());
        for (const CellProblem &p : problems) {
            const QString name = header.value(p.column);
            const QString cell =
                p.column >= 0 && p.column < row.fieldCount() ? row.fieldText(p.column) : QString();
            problem(row.recordNumber(), p.column + 1, name, CellProblem::kindId(p.kind),
                    p.reason(cell, name));
        }
        return true;
    };
    const ImportScanner::Result r = scanner.run(&file, options);
    if (m_o.printRows)
        m_rowsOut->write(rowsPrinted ? "\n]\n" : "]\n");

    const bool fatal = !r.fatal.isNull();
    const qint64 problems = r.problems + (missing.isEmpty() ? 0 : 1);
    if (m_o.json) {
        QJsonObject summary{
            {QStringLiteral("file"), m_o.file},
            {QStringLiteral("mode"),
             m_o.update ? QStringLiteral("update") : QStringLiteral("import")},
            {QStringLiteral("encoding"), CsvDialect::encodingId(dialect.encoding)},
            {QStringLiteral("delimiter"), QString(QChar::fromLatin1(dialect.delimiter))},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("problemRows"), r.problemRows},
            {QStringLiteral("problemCount"), problems},
            {QStringLiteral("rolesChecked"), serverRoles != nullptr},
            {QStringLiteral("tagsChecked"), false},
            {QStringLiteral("header"), QJsonArray::fromStringList(header)}};
        if (fatal) {
            summary.insert(QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("kind"), CsvError::kindId(r.fatal.kind)},
                                       {QStringLiteral("row"), r.fatal.row},
                                       {QStringLiteral("column"), r.fatal.column},
                                       {QStringLiteral("line"), r.fatal.line},
                                       {QStringLiteral("message"), r.fatal.message()}});
        }
        QByteArray rest = QJsonDocument(summary).toJson(QJsonDocument::Indented);
        rest.remove(0, rest.indexOf('\n') + 1); // drop the opening brace: fields follow
        m_report->write((m_problemsWritten ? "\n ],\n" : "],\n") + rest);
    } else {
        if (fatal)
            m_report->write(Text::tr("%1: cannot be read as CSV: %2\n")
                                .arg(m_o.file, r.fatal.message())
                                .toUtf8());
        m_report->write(Text::tr("%1: data rows: %2, rows with problems: %3, problems: %4. "
                                 "Encoding %5, delimiter %6.\n")
                            .arg(m_o.file)
                            .arg(r.rows)
                            .arg(r.problemRows)
                            .arg(problems)
                            .arg(CsvDialect::encodingName(dialect.encoding),
                                 CsvDialect::delimiterName(dialect.delimiter))
                            .toUtf8());
        if (!serverRoles)
            m_report->write(
                Text::tr("Role and Tag names were not checked (give --profile to check roles).\n")
                    .toUtf8());
    }
    if (fatal)
        return 2;
    return problems > 0 ? 1 : 0;
}

} // namespace

void setCsvCheckProfileResolver(ApiProfileResolver r)
{
    resolver() = std::move(r);
}

int runCsvCheckCommand(const QStringList &arguments)
{
    return runWithStdio(
        [&](QIODevice *out, QIODevice *err) { return runCsvCheckCommand(arguments, out, err); });
}

int runCsvCheckCommand(const QStringList &arguments, QIODevice *out, QIODevice *err)
{
    Options o;
    QString error;
    if (!parse(arguments, &o, &error)) {
        err->write(Text::tr("csv-check: %1 (see csv-check --help)\n").arg(error).toUtf8());
        return 2;
    }
    if (o.help) {
        out->write(helpText().toUtf8());
        return 0;
    }
    if (o.profile.isEmpty())
        return Check(o, out, err).run(nullptr);

    ApiClientConfig config;
    if (!resolver()) {
        err->write(Text::tr("csv-check: profiles are not available here\n").toUtf8());
        return 2;
    }
    QString profileId;
    if (!resolver()(o.profile, &config, &profileId, &error)) {
        err->write(Text::tr("csv-check: %1\n").arg(error).toUtf8());
        return 2;
    }
    QString warning;
    if (!o.key.read(&config.systemKey, &warning, &error)) {
        err->write(Text::tr("csv-check: %1\n").arg(error).toUtf8());
        return 2;
    }
    for (const QString &note : {warning, retiredKeyVariablesNote()}) {
        if (!note.isEmpty())
            err->write(note.toUtf8() + '\n');
    }
    if (!o.community.isEmpty())
        config.communityId = o.community;

    const std::unique_ptr<QCoreApplication> app = ensureCoreApplication();
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(config);
    int exitCode = 2;
    QObject context;
    client.getServerRoles(config.communityId)
        ->then(
            &context,
            [&](const QList<Role> &roles) {
                QStringList names;
                for (const Role &r : roles)
                    names.append(r.title);
                exitCode = Check(o, out, err).run(&names);
                QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
            },
            [&](const ApiError &e) {
                err->write(Text::tr("csv-check: cannot read the server's roles: %1\n")
                               .arg(e.userText())
                               .toUtf8());
                exitCode = 2;
                QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
            });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace ra
