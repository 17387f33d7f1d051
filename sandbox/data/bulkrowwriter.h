#pragma once

#include "domain/userfield.h"
#include "fieldvaluewriter.h"
#include "userdirectory.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace ra::sandbox {

class DataStore;

// Applies the rows of one bulk CSV to the users of a community.
//
// Import: the template's columns (First Name, Last Name, Username, Email
// required; Phone, Country, Language, Role, Tag optional; names at most 50
// characters; Role and Tag are comma-separated existing names,
// case-sensitive). A row whose Email or Username already exists FAILS
// ("already exists"): import never updates; Bulk Update is for that.
//
// Update: users are matched by Email (or, without an Email column, by
// Username). Columns are the template's, plus xp, coins and custom field
// keys; a numeric column may be preceded by `<field>_op` (add, subtract,
// overwrite; lower-case only; empty = overwrite). Empty cells change
// nothing; Role / Tag replace the user's set.
//
// A row is validated whole before anything is written, so a failed row
// changes nothing. Owned by BulkJobRunner for one job; server thread; reuses
// its prepared statements for every row.
class BulkRowWriter
{
public:
    enum class Mode { Import, Update };
    enum class Outcome { Created, Updated, Failed };

    BulkRowWriter(DataStore &store, Mode mode, const QString &communityId);
    ~BulkRowWriter();

    static QStringList templateColumns();

    // Checks the header row. False with `error` when it is not the template.
    bool setHeader(const QStringList &header, QString *error);
    Outcome write(const QStringList &cells, QString *reason);

private:
    struct Column
    {
        QString name;
        QString opOf;    // for `<field>_op` columns: the field
        QString fieldId; // custom field id
        UserField field; // its definition, whose type a value must suit
        bool numeric = false;
    };

    Outcome importRow(const QStringList &cells, QString *reason);
    Outcome updateRow(const QStringList &cells, QString *reason);
    bool resolveNames(const QString &cell, const QHash<QString, QString> &known,
                      const QString &what, QStringList *ids, QString *reason);
    qint64 findUser(const QString &column, const QString &value);
    void setGrants(qint64 user, const QStringList &roles, const QStringList &tags, bool replace,
                   bool hasRoles, bool hasTags);

    DataStore &m_store;
    Mode m_mode;
    QString m_community;
    QList<Column> m_columns;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_roles; // title -> id
    QHash<QString, QString> m_tags;  // name -> id
    QSqlQuery m_byEmail;
    QSqlQuery m_byUsername;
    QSqlQuery m_insert;
    QSqlQuery m_grantRole;
    QSqlQuery m_grantTag;
    UserDirectory m_directory;
    FieldValueWriter m_values;           // custom values, recorded as "bulkUpdate"
    QHash<QString, QSqlQuery> m_updates; // by statement text
};

} // namespace ra::sandbox
