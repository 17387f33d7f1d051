#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ra::sandbox {

// The entities the API docs' examples name, added to the demo community so that every
// documented example request, sent exactly as the docs write it, finds what it names: the
// community id itself (6167dba9c548eb5c7ec28057, see communityId()), the members johndoe
// (johndoe@gmail.com, id 1243 when free), admin@returning.ai (id 1102 when free) and
// email1@test.com (whose _id the API-key examples use), bamboostick (user@example.com, of the
// secure auth example), the admin's _id of the Get user example
// on member 1, johndoe's value of the seeded `customerid` field (which has the user-field
// examples' field id, see customerIdFieldId()), the role, channels, badges, message and user API
// key of the examples. Ids are the docs' own; keys and timestamps are the demo's. Runs on the
// seeder's thread, inside its transaction.
class DocExampleSeeder
{
public:
    // The community id every documented example names.
    static QString communityId();
    // The field id the user-field examples name; the seeded `customerid` field has it.
    static QString customerIdFieldId();

    DocExampleSeeder(QSqlDatabase db, quint64 seed, const QString &community,
                     const QString &created);
    bool run(QString *error);

private:
    bool exec(const QString &sql, const QVariantList &values, QString *error);
    // Adds a member with id `wantedId` when it is free (and not 0), else the next free id.
    bool addMember(qint64 wantedId, const QString &oid, const QString &username,
                   const QString &email, const QString &first, const QString &last, QString *error,
                   qint64 *id);

    QSqlDatabase m_db;
    quint64 m_seed;
    QString m_community;
    QString m_created;
};

} // namespace ra::sandbox
