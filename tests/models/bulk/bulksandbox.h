#pragma once

#include "api/apiclient.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

// Test helper for bulk assignment: a sandbox on 127.0.0.1 whose data lives in
// a file, so a test reads the server's own tables (who holds which badge or
// role, everyone's XP) as the proof of what a job did; and creating a badge
// (with an XP award, so a second award would show) or a role of the test's own.
class BulkSandbox
{
public:
    ~BulkSandbox()
    {
        const QString name = m_connection;
        if (!name.isEmpty()) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    bool start(int users, const QList<ra::sandbox::FaultRule> &faults = {})
    {
        if (!dir.isValid())
            return false;
        ra::sandbox::SandboxConfig config;
        config.users = users;
        config.seed = 7;
        config.dbPath = dir.filePath(QStringLiteral("sandbox.sqlite"));
        if (!fixture.start(config))
            return false;
        client = std::make_unique<ra::ApiClient>(&network);
        client->setConfig(fixture.config());
        // Faults come after set-up, so creating the badge or role is not hit.
        for (const ra::sandbox::FaultRule &rule : faults)
            pendingFaults.append(rule);
        static std::atomic<int> counter{0};
        m_connection = QStringLiteral("bulkproof%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(config.dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        return db.open();
    }

    void armFaults()
    {
        for (const ra::sandbox::FaultRule &rule : std::as_const(pendingFaults))
            fixture.server->faults()->addRule(rule);
    }

    QString createBadge(const QString &title, int xp)
    {
        QString id;
        bool done = false;
        client
            ->createBadge({{QStringLiteral("title"), title},
                           {QStringLiteral("action"), QStringLiteral("custom")},
                           {QStringLiteral("award"), xp > 0},
                           {QStringLiteral("awardXpQuantity"), xp}})
            ->then(
                client.get(),
                [&](const ra::Badge &b) {
                    id = b.id;
                    done = true;
                },
                [&](const ra::ApiError &e) {
                    qWarning() << "createBadge:" << e.userText();
                    done = true;
                });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            qWarning() << "no reply in 15 s";
        return id;
    }

    QString createRole(const QString &title)
    {
        QString id;
        bool done = false;
        client
            ->createRole({{QStringLiteral("title"), title},
                          {QStringLiteral("class"), QStringLiteral("red")},
                          {QStringLiteral("order"), 5},
                          {QStringLiteral("billable"), false},
                          {QStringLiteral("server_permissions"), QJsonObject()},
                          {QStringLiteral("channel_permissions"), QJsonObject()}})
            ->then(
                client.get(),
                [&](const ra::Role &r) {
                    id = r.id;
                    done = true;
                },
                [&](const ra::ApiError &e) {
                    qWarning() << "createRole:" << e.userText();
                    done = true;
                });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            qWarning() << "no reply in 15 s";
        return id;
    }

    // The members (numeric ids) holding a badge or role, by the server's tables.
    QSet<QString> holders(const QString &table, const QString &column, const QString &id) const
    {
        QSet<QString> out;
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("SELECT user_id FROM %1 WHERE %2 = ?").arg(table, column));
        q.addBindValue(id);
        if (!q.exec())
            qWarning() << "holders:" << q.lastError().text();
        while (q.next())
            out.insert(q.value(0).toString());
        return out;
    }
    QSet<QString> badgeHolders(const QString &badgeId) const
    {
        return holders(QStringLiteral("user_badges"), QStringLiteral("badge_id"), badgeId);
    }
    QSet<QString> roleHolders(const QString &roleId) const
    {
        return holders(QStringLiteral("user_roles"), QStringLiteral("role_id"), roleId);
    }
    // Every member's XP, by id.
    QHash<QString, qint64> xp() const
    {
        QHash<QString, qint64> out;
        QSqlQuery q(QSqlDatabase::database(m_connection));
        if (!q.exec(QStringLiteral("SELECT id, xp FROM users")))
            qWarning() << "xp:" << q.lastError().text();
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
        return out;
    }

    // A member's username and e-mail, by numeric id.
    QPair<QString, QString> member(const QString &id) const
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("SELECT username, email FROM users WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0).toString(), q.value(1).toString()};
    }

    ra::ApiClientConfig config() const { return fixture.config(); }

    QTemporaryDir dir;
    SandboxFixture fixture;
    QNetworkAccessManager network;
    std::unique_ptr<ra::ApiClient> client;
    QList<ra::sandbox::FaultRule> pendingFaults;

private:
    QString m_connection;
};
