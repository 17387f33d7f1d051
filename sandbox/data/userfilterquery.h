#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace ra::sandbox {

class DataStore;
class UserDirectory;

// The query of Get Users with Filters: reads the request's `filter` and
// `fields` for one community, keeps the platform conditions (columns of
// `users`) in SQL and checks the custom-field conditions in C++ while walking
// the SQL candidates in id order, since a seeded user's custom values are
// derived on read (DemoActivity) rather than stored. A custom condition is an
// exact value or a range {gte,lte,gt,lt}; values compare as numbers when both
// sides parse as numbers, else as text. Renders one cursor page or one
// numbered page of the response's `data`.
// Made per request by UserHandlers; uses the DataStore's connection, so it
// runs on the server's thread. Owns nothing.
class UserFilterQuery
{
public:
    UserFilterQuery(DataStore &store, UserDirectory &users);

    // Reads `filter` and `fields` for `community`. On bad input returns false
    // and sets `error` to a 400 message naming the field at fault.
    bool prepare(const QString &community, const QJsonObject &filter, const QStringList &fields,
                 QString *error);
    // The matches after user id `after`; `next_cursor` when more match.
    QJsonObject cursorPage(qint64 after, int pageSize);
    // Page `page` (1-based) of the matches with total and total_pages.
    QJsonObject numberedPage(qint64 page, int pageSize);

    // Why SQLite could not run the query of the last page; empty when it ran.
    QString failure() const { return m_failure; }

    static QString encodeCursor(qint64 id);
    // The user id of a cursor, or -1 when it is not one of ours.
    static qint64 decodeCursor(const QString &cursor);

    // Candidates read per SQL batch while custom conditions filter them.
    static constexpr int batchSize = 2000;

private:
    enum class Op { Equal, Gte, Lte, Gt, Lt };
    struct Operand
    {
        Op op = Op::Equal;
        QString text;
        double number = 0;
        bool numeric = false;
    };
    struct CustomCondition
    {
        QString key;
        QString fieldId;
        int seededIndex = 0; // 1-based DemoActivity index; 0 = not seeded
        QList<Operand> operands;
    };

    bool addPlatform(const QString &column, const QJsonValue &value, QString *error);
    bool addCustom(const QString &key, const QJsonValue &value, QString *error);
    static bool operandOf(Op op, const QJsonValue &value, Operand *out);
    static bool satisfies(const QString &value, const QList<Operand> &operands);
    // Calls `match` with each matching user id after `after`, in id order,
    // until it returns false or the candidates end.
    void scan(qint64 after, int wanted, const std::function<bool(qint64)> &match);
    QJsonArray render(const QList<qint64> &ids);

    DataStore &m_store;
    UserDirectory &m_users;
    QString m_where;
    QString m_failure;
    QVariantList m_binds;
    QList<CustomCondition> m_custom;
    QStringList m_selected;
    // Custom fields of the community: key -> (id, seeded index).
    QHash<QString, QPair<QString, int>> m_fields;
};

} // namespace ra::sandbox
