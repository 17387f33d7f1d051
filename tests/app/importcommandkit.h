#pragma once

#include "apilogtotals.h"
#include "sandboxfixture.h"

#include <QHash>
#include <QStringList>
#include <QTemporaryDir>

// What tests of `returning-admin import` share: an in-process sandbox, a
// folder with owner-only key files, the command run in-process, and reads of
// the server's own data (its API log, its members' XP) to prove what the
// command did.
class ImportCommandKit
{
public:
    using ServerJobs = ApiLogTotals;

    // Starts the sandbox with `users` demo members and writes the key files.
    bool start(int users);
    // Runs the command in-process; its output lands in out and err.
    int run(const QStringList &args);
    // --base-url, --key-file, --system-key-file, --community, --journal and
    // --poll-ms for the sandbox.
    QStringList connection() const;
    QString writeFile(const QString &name, const QByteArray &bytes);
    // A key file readable by its owner only.
    QString writeKeyFile(const QString &name, const QString &key);
    // A Bulk Import file of `count` new members <prefix>0..: username and
    // e-mail local part alike.
    static QByteArray membersCsv(const QByteArray &prefix, int count);
    static QStringList memberEmails(const QString &prefix, int count);
    // Imports `count` members <prefix>0..; empty, or the command's errors.
    QString createMembers(const QString &prefix, int count);
    // The API log's jobs whose file name starts with `prefix`, summed.
    ServerJobs serverJobs(const QString &prefix);
    // Each member's XP as the server reports it (missing when unreadable).
    QHash<QString, qint64> xpOf(const QStringList &emails);

    SandboxFixture sandbox;
    QTemporaryDir dir;
    QByteArray out;
    QByteArray err;
};
