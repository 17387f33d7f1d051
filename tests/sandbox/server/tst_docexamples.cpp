// Every example request of the API docs (data/docexamples.json, copied from the docs' parameter
// examples) sent over HTTP to a freshly seeded sandbox exactly as written, with only the docs'
// own placeholders filled in, must succeed (2xx in the family's envelope): the demo community
// holds the community, members, field, roles, channels, badges, messages and keys the examples
// name. Each example gets its own sandbox, so a delete in one cannot break another.
#include "../../sandboxmail.h"
#include "api/routetable.h"
#include "httptestclient.h"
#include "server/sandboxserver.h"

#include <QBuffer>
#include <QFile>
#include <QHttpMultiPart>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace ra;
using namespace ra::sandbox;
using ra::sandbox::test::HttpResult;
using ra::sandbox::test::HttpTestClient;

namespace {

QJsonObject loadExamples()
{
    QFile file(qEnvironmentVariable("RA_TEST_DATA") + QStringLiteral("/docexamples.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestDocExamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_data = loadExamples();
        QVERIFY2(!m_data.isEmpty(), "data/docexamples.json is missing or not JSON");
    }

    void examples_data()
    {
        QTest::addColumn<QJsonObject>("example");
        const QJsonArray all = m_data.value(u"examples").toArray();
        QVERIFY(all.size() >= 38);
        for (const QJsonValue &v : all) {
            const QJsonObject e = v.toObject();
            QTest::newRow(qPrintable(e.value(u"doc").toString())) << e;
        }
    }

    void examples()
    {
        QFETCH(QJsonObject, example);
        SandboxConfig config;
        config.users = 50; // Get User Data's example asks for member 42
        SandboxServer server(config);
        QSignalSpy started(&server, &SandboxServer::started);
        server.start();
        QVERIFY(started.wait(30000));
        m_demo = server.demo();
        const QString after = example.value(u"after").toString();
        if (!after.isEmpty()) {
            const QJsonArray all = m_data.value(u"examples").toArray();
            const auto first = std::find_if(all.begin(), all.end(), [&after](const QJsonValue &v) {
                return v.toObject().value(u"doc").toString() == after;
            });
            QVERIFY2(first != all.end(), qPrintable(after));
            send(server, first->toObject());
            if (QTest::currentTestFailed())
                return;
        }
        send(server, example);
    }

private:
    // The docs' user API key examples carry a login session's token ("Bearer <user/session
    // token>"): register an account, verify it with the code on the sandbox's log, log in.
    QByteArray login(SandboxServer &server)
    {
        SandboxMail mail;
        HttpTestClient http;
        const auto url = [&server](const char *path) {
            QUrl u = server.baseUrls().value(ApiFamily::System);
            u.setPath(u.path() + QLatin1String(path));
            return u;
        };
        const HttpTestClient::Headers key{
            {QByteArrayLiteral("x-api-key"), m_demo.systemKey.toLatin1()},
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
        const QByteArray who = "\"email\":\"docs@example.com\",\"password\":\"docs-pass-1\"";
        if (http.send("POST", url("/auth/register"), key, "{" + who + "}").status != 201)
            return {};
        const QByteArray code = mail.codeFor(QStringLiteral("docs@example.com")).toLatin1();
        const QByteArray verify = "{\"email\":\"docs@example.com\",\"code\":\"" + code + "\"}";
        if (http.send("POST", url("/auth/verify-email"), key, verify).status != 200)
            return {};
        const HttpResult r = http.send("POST", url("/auth/login"), key, "{" + who + "}");
        return r.json.value(u"body").toObject().value(u"token").toString().toLatin1();
    }

    // Sends `example` to `server` as the docs write it and checks it succeeded.
    void send(SandboxServer &server, QJsonObject example)
    {
        const Route *route = RouteTable::builtIn().find(example.value(u"operationId").toString());
        QVERIFY(route);
        example = fill(example).toObject();

        QHash<QString, QString> params;
        const QJsonObject path = example.value(u"path").toObject();
        for (auto it = path.begin(); it != path.end(); ++it)
            params.insert(it.key(), text(it.value()));
        QUrl url = server.baseUrls().value(route->family);
        url.setPath(url.path() + route->expandPath(params), QUrl::TolerantMode);
        QUrlQuery query;
        const QJsonObject q = example.value(u"query").toObject();
        for (auto it = q.begin(); it != q.end(); ++it)
            query.addQueryItem(it.key(), text(it.value()));
        url.setQuery(query);

        QNetworkRequest request(url);
        const QJsonObject headers = example.value(u"headers").toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            request.setRawHeader(it.key().toLatin1(), text(it.value()).toUtf8());
        if (route->auth == AuthScheme::Bearer)
            request.setRawHeader("Authorization", "Bearer " + m_demo.integrationKey.toLatin1());
        if (route->auth == AuthScheme::Session) {
            const QByteArray token = login(server);
            QVERIFY2(!token.isEmpty(), "could not log in for a session token");
            request.setRawHeader("Authorization", "Bearer " + token);
        }

        QNetworkReply *reply = nullptr;
        QElapsedTimer timer;
        timer.start();
        if (example.contains(u"form")) {
            auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            const QJsonObject form = example.value(u"form").toObject();
            for (auto it = form.begin(); it != form.end(); ++it)
                multi->append(part(it.key(), text(it.value())));
            reply = m_nam.sendCustomRequest(request, route->method.toLatin1(), multi);
            multi->setParent(reply);
        } else {
            QByteArray body;
            if (example.contains(u"body")) {
                request.setHeader(QNetworkRequest::ContentTypeHeader,
                                  QByteArrayLiteral("application/json"));
                body =
                    QJsonDocument(example.value(u"body").toObject()).toJson(QJsonDocument::Compact);
            }
            reply = m_nam.sendCustomRequest(request, route->method.toLatin1(), body);
        }
        const HttpResult r = HttpTestClient::finish(reply, timer);
        QVERIFY2(r.status >= 200 && r.status < 300,
                 qPrintable(QStringLiteral("%1 %2 answered %3: %4")
                                .arg(route->method, url.toString())
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body.left(400)))));
        QVERIFY2(r.jsonOk, r.body.constData());
        switch (route->envelope) {
        case Envelope::System:
            QVERIFY2(r.json.value(u"meta").toObject().value(u"success").toBool(),
                     r.body.constData());
            break;
        case Envelope::Integration:
            QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("success"));
            break;
        case Envelope::Application:
            QCOMPARE(r.json.value(u"meta").toObject().value(u"status").toString(),
                     QStringLiteral("success"));
            break;
        case Envelope::None:
            break;
        }
    }

    // The example with the docs' placeholders replaced (keys, hostnames and the ids the docs
    // leave open).
    QJsonValue fill(const QJsonValue &v) const
    {
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                it.value() = fill(it.value());
            return o;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i)
                a[i] = fill(a.at(i));
            return a;
        }
        if (!v.isString())
            return v;
        const QJsonObject placeholders = m_data.value(u"placeholders").toObject();
        const auto found = placeholders.constFind(v.toString());
        if (found == placeholders.constEnd())
            return v;
        QString out = found.value().toString();
        out.replace(QStringLiteral("{systemKey}"), m_demo.systemKey);
        out.replace(QStringLiteral("{integrationKey}"), m_demo.integrationKey);
        out.replace(QStringLiteral("{secureAuthDomain}"), m_demo.secureAuthDomain);
        return out;
    }

    QHttpPart part(const QString &name, const QString &value) const
    {
        QHttpPart p;
        const QJsonObject files = m_data.value(u"files").toObject();
        if (!files.contains(value)) {
            p.setHeader(QNetworkRequest::ContentDispositionHeader,
                        QStringLiteral("form-data; name=\"%1\"").arg(name));
            p.setBody(value.toUtf8());
            return p;
        }
        QByteArray bytes = files.value(value).toString().toUtf8();
        QByteArray type = "text/csv";
        if (value.endsWith(u".png")) {
            QImage image(1, 1, QImage::Format_ARGB32);
            image.fill(Qt::red);
            QBuffer buffer(&bytes);
            bytes.clear();
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            type = "image/png";
        }
        p.setHeader(QNetworkRequest::ContentDispositionHeader,
                    QStringLiteral("form-data; name=\"%1\"; filename=\"%2\"").arg(name, value));
        p.setHeader(QNetworkRequest::ContentTypeHeader, type);
        p.setBody(bytes);
        return p;
    }

    QJsonObject m_data;
    DemoInfo m_demo;
    QNetworkAccessManager m_nam;
};

QTEST_MAIN(TestDocExamples)
#include "tst_docexamples.moc"
