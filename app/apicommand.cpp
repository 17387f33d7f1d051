#include "apicommand.h"
#include "subcommandargs.h"

#include "api/apiclient.h"
#include "api/requestlog.h"
#include "api/requestlogwriter.h"
#include "api/responsedecoder.h"
#include "keyoption.h"
#include "profilekeyreader.h"
#include "settings/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

namespace ra {

namespace {

// Gives lupdate and translate() one context for this file's free functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ra::ApiCommand)
};

ApiProfileResolver &resolver()
{
    static ApiProfileResolver r;
    return r;
}

ApiSecretStoreFactory &secretStoreFactory()
{
    static ApiSecretStoreFactory f;
    return f;
}

// The parsed command line of `api`.
struct Options
{
    bool list = false;
    bool help = false;
    bool raw = false;
    QString operation;
    QJsonValue body = QJsonValue::Undefined;
    QList<QPair<QString, QString>> query;
    QList<QPair<QString, QString>> files;
    QString profile;
    QUrl baseUrl;
    // The kind is the operation's: set once the route is known.
    KeyOption key{KeyKind::Integration, QStringLiteral("--key"), QStringLiteral("--key-file")};
    QString community;
    QString hostname;
    QString logFile;
    int timeoutMs = 30000;
    QString historyShape;
};

QString helpText()
{
    return Text::tr(
        "Usage: returning-admin api --list\n"
        "       returning-admin api OPERATION [options]\n\n"
        "Runs one operation of the Returning.AI route table and prints the decoded\n"
        "reply as JSON on stdout (exit 0), or the error as JSON on stderr (exit 1;\n"
        "usage errors exit 2).\n\n"
        "Options:\n"
        "  --list                 List the operations with method, path and status.\n"
        "  --body JSON            The request body.\n"
        "  --body-file F          The request body, read from file F.\n"
        "  --query NAME=VALUE     A query item; a {NAME} of the path is filled from it.\n"
        "  --file FIELD=PATH      A multipart file field (bulk import, images).\n"
        "  --profile P            Use the saved connection profile P.\n"
        "  --base-url URL         The base URL of the operation's API family.\n"
        "  --key-file F           Read the key from the first line of F; without it\n"
        "                         the variable of the operation's key kind is read\n"
        "                         (RA_SYSTEM_KEY, RA_INTEGRATION_KEY or\n"
        "                         RA_APPLICATION_KEY), and with --profile the\n"
        "                         profile's keys in the keychain.\n"
        "  --key -                Read the key from standard input.\n"
        "  --key K                The key itself (visible to other users of the\n"
        "                         machine: prefer the two above).\n"
        "  --community ID         The community id.\n"
        "  --hostname H           The Secure Auth hostname header.\n"
        "  --timeout MS           Transfer timeout in milliseconds (default 30000).\n"
        "  --history-shape S      get or post: gamification history request shape.\n"
        "  --log-requests FILE    Append the request log, without secrets, to FILE.\n"
        "  --raw                  Print a raw body (e.g. the CSV template) as is.\n");
}

bool splitPair(const QString &text, QPair<QString, QString> *pair)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return false;
    *pair = {text.left(eq), text.mid(eq + 1)};
    return true;
}

bool parseBody(const QByteArray &json, QJsonValue *body, QString *error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError) {
        *error = Text::tr("--body is not JSON: %1 at offset %2").arg(e.errorString()).arg(e.offset);
        return false;
    }
    *body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return true;
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
        if (a == u"--list") {
            o->list = true;
        } else if (a == u"--help" || a == u"-h") {
            o->help = true;
        } else if (a == u"--raw") {
            o->raw = true;
        } else if (a == u"--body") {
            if (!cursor.value(&v, error) || !parseBody(v.toUtf8(), &o->body, error))
                return false;
        } else if (a == u"--body-file") {
            if (!cursor.value(&v, error))
                return false;
            QFile f(v);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = Text::tr("cannot read %1: %2").arg(v, f.errorString());
                return false;
            }
            if (!parseBody(f.readAll(), &o->body, error))
                return false;
        } else if (a == u"--query" || a == u"--file") {
            QPair<QString, QString> pair;
            if (!cursor.value(&v, error) || !splitPair(v, &pair)) {
                *error = Text::tr("%1 takes NAME=VALUE").arg(a);
                return false;
            }
            (a == u"--query" ? o->query : o->files).append(pair);
        } else if (a == u"--profile") {
            if (!cursor.value(&o->profile, error))
                return false;
        } else if (a == u"--base-url") {
            if (!cursor.value(&v, error))
                return false;
            o->baseUrl = QUrl(v, QUrl::StrictMode);
            if (!o->baseUrl.isValid() || o->baseUrl.host().isEmpty()) {
                *error = Text::tr("--base-url is not a URL: %1").arg(v);
                return false;
            }
            if (!o->baseUrl.userInfo().isEmpty()) {
                *error = Text::tr("--base-url must not contain a user name or password; give "
                                  "the key with --key-file or an RA_*_KEY variable");
                return false;
            }
        } else if (a == u"--community") {
            if (!cursor.value(&o->community, error))
                return false;
        } else if (a == u"--hostname") {
            if (!cursor.value(&o->hostname, error))
                return false;
        } else if (a == u"--log-requests") {
            if (!cursor.value(&o->logFile, error))
                return false;
        } else if (a == u"--history-shape") {
            if (!cursor.value(&o->historyShape, error))
                return false;
            if (o->historyShape != u"get" && o->historyShape != u"post") {
                *error = Text::tr("--history-shape is get or post");
                return false;
            }
        } else if (a == u"--timeout") {
            if (!cursor.value(&v, error))
                return false;
            bool ok = false;
            o->timeoutMs = v.toInt(&ok);
            if (!ok || o->timeoutMs <= 0) {
                *error = Text::tr("--timeout takes milliseconds");
                return false;
            }
        } else if (a.startsWith(u"--")) {
            *error = Text::tr("unknown option %1").arg(a);
            return false;
        } else if (o->operation.isEmpty()) {
            o->operation = a;
        } else {
            *error = Text::tr("unexpected argument %1").arg(a);
            return false;
        }
    }
    if (!o->list && !o->help && o->operation.isEmpty()) {
        *error = Text::tr("name an operation, or use --list");
        return false;
    }
    if (!o->profile.isEmpty() && !o->baseUrl.isEmpty()) {
        *error = Text::tr("use either --profile or --base-url");
        return false;
    }
    return true;
}

void writeJson(QIODevice *device, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    if (value.isObject() || value.isArray())
        device->write(doc.toJson(QJsonDocument::Indented));
    else // a scalar or null: wrap it so the output stays JSON
        device->write(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact) + '\n');
}

int usage(QIODevice *err, const QString &message)
{
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("usage")},
                  {QStringLiteral("text"), message}};
    writeJson(err, o);
    return 2;
}

int listOperations(QIODevice *out)
{
    QByteArray text;
    for (const Route &r : RouteTable::builtIn().routes()) {
        text += r.operationId.leftJustified(34).toUtf8() + r.method.leftJustified(7).toUtf8() +
                QString(toString(r.family) + u' ' + r.path).leftJustified(72).toUtf8() +
                toString(r.status).toUtf8() + '\n';
    }
    out->write(text);
    return 0;
}

KeyKind keyKindOf(ApiFamily family)
{
    switch (family) {
    case ApiFamily::System:
    case ApiFamily::SecureAuth:
        return KeyKind::System;
    case ApiFamily::Application:
        return KeyKind::Application;
    case ApiFamily::Integration:
    case ApiFamily::Gateway:
        break;
    }
    return KeyKind::Integration;
}

void applyKey(const QString &key, ApiFamily family, ApiClientConfig *c)
{
    switch (family) {
    case ApiFamily::System:
    case ApiFamily::SecureAuth:
        c->systemKey = key;
        break;
    case ApiFamily::Application:
        c->applicationKey = key;
        c->integrationKey = key;
        break;
    case ApiFamily::Integration:
    case ApiFamily::Gateway:
        c->integrationKey = key;
        break;
    }
}

// Fills `c` from the options; `profileId` is set when a saved profile was
// named, so that its keys can be read from the keychain afterwards.
bool buildConfig(const Options &o, const QString &key, const Route &route, ApiClientConfig *c,
                 QString *profileId, QString *error)
{
    if (!o.profile.isEmpty()) {
        if (!resolver()) {
            *error = Text::tr("profiles are not available here; use --base-url and --key");
            return false;
        }
        if (!resolver()(o.profile, c, profileId, error))
            return false;
        if (!key.isEmpty())
            applyKey(key, route.family, c);
    } else {
        if (o.baseUrl.isEmpty()) {
            *error = Text::tr("give --profile, or --base-url (the %1 API's base URL)")
                         .arg(toString(route.family));
            return false;
        }
        c->baseUrls.insert(route.family, o.baseUrl);
        applyKey(key, route.family, c);
    }
    if (!o.community.isEmpty())
        c->communityId = o.community;
    if (!o.hostname.isEmpty())
        c->secureAuthHostname = o.hostname;
    c->timeoutMs = o.timeoutMs;
    if (o.historyShape == u"post")
        c->historyShape = GamificationHistoryShape::PostBody;
    else if (o.historyShape == u"get")
        c->historyShape = GamificationHistoryShape::GetQuery;
    return true;
}

ApiCall buildCall(const Options &o, const Route &route, const ApiClientConfig &c)
{
    ApiCall call;
    call.operationId = route.operationId;
    call.body = o.body;
    for (const auto &q : o.query) {
        if (route.pathParameters.contains(q.first))
            call.pathParams.insert(q.first, q.second);
        else
            call.query.addQueryItem(q.first, q.second);
    }
    for (const auto &f : o.files) {
        FormField field;
        field.name = f.first.toUtf8();
        field.fileName = QFileInfo(f.second).fileName();
        field.filePath = f.second;
        field.contentType = f.second.endsWith(u".csv", Qt::CaseInsensitive)
                                ? QByteArrayLiteral("text/csv")
                                : QByteArrayLiteral("application/octet-stream");
        call.form.append(field);
    }
    if (route.operationId == u"bulkImport" && !call.form.isEmpty() && !c.communityId.isEmpty()) {
        FormField community;
        community.name = QByteArrayLiteral("communityId");
        community.data = c.communityId.toUtf8();
        call.form.prepend(community);
    }
    if (route.operationId == u"getGamificationHistory" &&
        c.historyShape == GamificationHistoryShape::PostBody)
        call.methodOverride = QStringLiteral("POST");
    return call;
}

// Writes the decoded reply (or its error) and returns the exit code.
int printReply(const Options &o, const ApiReply<ApiResponse> &reply, QIODevice *out, QIODevice *err)
{
    if (reply.hasError()) {
        writeJson(err, reply.error().toJson());
        return 1;
    }
    if (!reply.response().raw.isEmpty()) {
        out->write(reply.response().raw);
        return 0;
    }
    if (o.raw) {
        writeJson(out, reply.response().toJson());
        return 0;
    }
    QJsonValue decoded;
    QString why;
    if (ResponseDecoder::normalized(o.operation, reply.response(), &decoded, &why)) {
        writeJson(out, decoded);
        return 0;
    }
    ApiError e = ApiError::make(ApiError::Kind::Decode, why);
    e.operationId = o.operation;
    e.httpStatus = reply.response().httpStatus;
    writeJson(err, e.toJson());
    return 1;
}

} // namespace

void setApiProfileResolver(ApiProfileResolver r, ApiSecretStoreFactory secrets)
{
    resolver() = std::move(r);
    secretStoreFactory() = std::move(secrets);
}

int runApiCommand(const QStringList &arguments)
{
    return runWithStdio(
        [&](QIODevice *out, QIODevice *err) { return runApiCommand(arguments, out, err); });
}

int runApiCommand(const QStringList &arguments, QIODevice *out, QIODevice *err)
{
    Options o;
    QString error;
    if (!parse(arguments, &o, &error))
        return usage(err, error);
    if (o.help) {
        out->write(helpText().toUtf8());
        return 0;
    }
    if (o.list)
        return listOperations(out);
    const Route *route = RouteTable::builtIn().find(o.operation);
    if (!route)
        return usage(err, Text::tr("unknown operation %1 (see --list)").arg(o.operation));
    o.key.setKind(keyKindOf(route->family));
    QString key;
    QString warning;
    if (!o.key.read(&key, &warning, &error))
        return usage(err, error);
    for (const QString &note : {warning, retiredKeyVariablesNote()}) {
        if (!note.isEmpty())
            writeJson(err, QJsonObject{{QStringLiteral("kind"), QStringLiteral("warning")},
                                       {QStringLiteral("text"), note}});
    }
    ApiClientConfig config;
    QString profileId;
    if (!buildConfig(o, key, *route, &config, &profileId, &error))
        return usage(err, error);

    QNetworkAccessManager network;
    RequestLog log;
    RequestLogWriter writer(&log);
    if (!o.logFile.isEmpty() && !writer.open(o.logFile, &error))
        return usage(err, error);
    ApiClient client(&network);
    client.setRequestLog(&log);

    int exitCode = 1;
    const auto send = [&] {
        client.setConfig(config);
        ApiReply<ApiResponse> *reply = client.call(buildCall(o, *route, config));
        QObject::connect(reply, &ApiReplyBase::finished, reply, [&, reply] {
            exitCode = printReply(o, *reply, out, err);
            // Leave the loop once the reply's own finish handling is done.
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        });
    };

    std::unique_ptr<SecretStore> secrets;
    if (!profileId.isEmpty() && key.isEmpty() && secretStoreFactory())
        secrets = secretStoreFactory()();
    if (secrets) {
        readProfileKeys(
            *secrets, profileId, o.profile, &config, &client, [&](const QString &keyError) {
                if (keyError.isEmpty()) {
                    send();
                    return;
                }
                exitCode = usage(err, keyError);
                QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
            });
    } else {
        send();
    }
    QCoreApplication::exec();
    writer.close();
    return exitCode;
}

} // namespace ra
