#include "userfilterquery.h"

#include "datastore.h"
#include "demoactivity.h"
#include "searchterm.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace ra::sandbox {

namespace {
Q_LOGGING_CATEGORY(lcUserFilter, "ra.sandbox.data.userfilter")

// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::UserFilterQuery", text);
}

// Platform fields of Get Users with Filters: API name -> column.
const QHash<QString, QString> &platformColumns()
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("user_id"), QStringLiteral("id")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("username"), QStringLiteral("username")},
        {QStringLiteral("first_name"), QStringLiteral("first_name")},
        {QStringLiteral("last_name"), QStringLiteral("last_name")},
        {QStringLiteral("display_name"), QStringLiteral("display_name")},
        {QStringLiteral("join_date"), QStringLiteral("join_date")},
        {QStringLiteral("xp"), QStringLiteral("xp")},
        {QStringLiteral("coins"), QStringLiteral("coins")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("language"), QStringLiteral("language")},
    };
    return columns;
}

// The columns a page renders, in the order of the row query.
const QStringList &renderedColumns()
{
    static const QStringList columns = {
        QStringLiteral("email"),     QStringLiteral("username"),     QStringLiteral("first_name"),
        QStringLiteral("last_name"), QStringLiteral("display_name"), QStringLiteral("join_date"),
        QStringLiteral("xp"),        QStringLiteral("coins"),        QStringLiteral("phone"),
        QStringLiteral("country"),   QStringLiteral("language")};
    return columns;
}

bool isNumericColumn(const QString &c)
{
    return c == QStringLiteral("xp") || c == QStringLiteral("coins") || c == QStringLiteral("id");
}

bool parseNumber(const QString &text, double *out)
{
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok && std::isfinite(*out);
}

// A JSON number as the text a user would type: integers without a fraction.
QString numberText(double d)
{
    if (std::floor(d) == d && std::fabs(d) < 9.0e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}
} // namespace

UserFilterQuery::UserFilterQuery(DataStore &store, UserDirectory &users)
    : m_store(store)
    , m_users(users)
{
}

bool UserFilterQuery::prepare(const QString &community, const QJsonObject &filter,
                              const QStringList &fields, QString *error)
{
    QSqlQuery &f = m_store.run(
        QStringLiteral("SELECT field, id, seeded FROM user_fields WHERE community_id = ?"),
        {community});
    while (f.next())
        m_fields.insert(f.value(0).toString(), {f.value(1).toString(), f.value(2).toInt()});
    m_where = QStringLiteral("community_id = ? AND deleted = 0");
    m_binds = {community};
    for (auto it = filter.begin(); it != filter.end(); ++it) {
        // Every text the filter compares, bounds of a range included.
        QJsonArray compared;
        if (it.value().isObject()) {
            const QJsonObject range = it.value().toObject();
            for (auto r = range.begin(); r != range.end(); ++r)
                compared.append(r.value());
        } else {
            compared.append(it.value());
        }
        for (const QJsonValue &v : std::as_const(compared)) {
            if (v.isString() &&
                !SearchTerm::check(QStringLiteral("filter.") + it.key(), v.toString(), error))
                return false;
        }
        const QString column = platformColumns().value(it.key());
        const bool ok = !column.isEmpty()             ? addPlatform(column, it.value(), error)
                        : m_fields.contains(it.key()) ? addCustom(it.key(), it.value(), error)
                                                      : false;
        if (ok)
            continue;
        if (column.isEmpty() && !m_fields.contains(it.key()))
            *error = tr("Field 'filter.%1' is not a filterable field").arg(it.key());
        return false;
    }
    m_selected = fields;
    if (m_selected.isEmpty())
        m_selected = {QStringLiteral("email"),      QStringLiteral("username"),
                      QStringLiteral("first_name"), QStringLiteral("last_name"),
                      QStringLiteral("join_date"),  QStringLiteral("xp"),
                      QStringLiteral("coins")};
    for (const QString &name : std::as_const(m_selected)) {
        if (!platformColumns().contains(name) && !m_fields.contains(name)) {
            *error = tr("Field 'fields' names an unknown field: %1").arg(name);
            return false;
        }
    }
    return true;
}

bool UserFilterQuery::addPlatform(const QString &column, const QJsonValue &value, QString *error)
{
    const QString name = QStringLiteral("filter.") + platformColumns().key(column);
    const bool numeric = isNumericColumn(column);
    auto bindable = [&](const QJsonValue &v, QVariant *out) {
        if (numeric && v.isDouble())
            *out = qint64(v.toDouble());
        else if (numeric && v.isString() && column == QStringLiteral("id"))
            *out = v.toString().toLongLong();
        else if (!numeric && v.isString())
            *out = v.toString();
        else
            return false;
        return true;
    };
    static const QHash<QString, QString> ops = {{QStringLiteral("gte"), QStringLiteral(">=")},
                                                {QStringLiteral("lte"), QStringLiteral("<=")},
                                                {QStringLiteral("gt"), QStringLiteral(">")},
                                                {QStringLiteral("lt"), QStringLiteral("<")}};
    QVariant bound;
    if (value.isObject()) {
        const QJsonObject range = value.toObject();
        if (range.isEmpty()) {
            *error = tr("Field '%1' has an empty range").arg(name);
            return false;
        }
        for (auto r = range.begin(); r != range.end(); ++r) {
            const QString op = ops.value(r.key());
            if (op.isEmpty() || !bindable(r.value(), &bound)) {
                *error = tr("Field '%1.%2' is not a valid range bound").arg(name, r.key());
                return false;
            }
            m_where +=
                QStringLiteral(" AND ") + column + QLatin1Char(' ') + op + QStringLiteral(" ?");
            m_binds.append(bound);
        }
        return true;
    }
    if (!bindable(value, &bound)) {
        *error = numeric ? tr("Field '%1' must be a number or a range object").arg(name)
                         : tr("Field '%1' must be a string or a range object").arg(name);
        return false;
    }
    m_where += QStringLiteral(" AND ") + column + QStringLiteral(" = ?");
    m_binds.append(bound);
    return true;
}

bool UserFilterQuery::operandOf(Op op, const QJsonValue &value, Operand *out)
{
    if (!value.isString() && !value.isDouble())
        return false;
    out->op = op;
    out->text = value.isString() ? value.toString() : numberText(value.toDouble());
    out->numeric = parseNumber(out->text, &out->number);
    return true;
}

bool UserFilterQuery::addCustom(const QString &key, const QJsonValue &value, QString *error)
{
    const QString name = QStringLiteral("filter.") + key;
    CustomCondition c;
    c.key = key;
    c.fieldId = m_fields.value(key).first;
    c.seededIndex = m_fields.value(key).second;
    Operand operand;
    if (value.isObject()) {
        const QJsonObject range = value.toObject();
        if (range.isEmpty()) {
            *error = tr("Field '%1' has an empty range").arg(name);
            return false;
        }
        static const QHash<QString, Op> ops = {{QStringLiteral("gte"), Op::Gte},
                                               {QStringLiteral("lte"), Op::Lte},
                                               {QStringLiteral("gt"), Op::Gt},
                                               {QStringLiteral("lt"), Op::Lt}};
        for (auto r = range.begin(); r != range.end(); ++r) {
            if (!ops.contains(r.key()) || !operandOf(ops.value(r.key()), r.value(), &operand)) {
                *error = tr("Field '%1.%2' is not a valid range bound").arg(name, r.key());
                return false;
            }
            c.operands.append(operand);
        }
    } else if (operandOf(Op::Equal, value, &operand)) {
        c.operands.append(operand);
    } else {
        *error = tr("Field '%1' must be a string, a number or a range object").arg(name);
        return false;
    }
    m_custom.append(c);
    return true;
}

bool UserFilterQuery::satisfies(const QString &value, const QList<Operand> &operands)
{
    if (value.isEmpty())
        return false;
    // Parsed only when a bound is a number: most text values are not.
    double number = 0;
    int numeric = -1;
    for (const Operand &o : operands) {
        if (o.numeric && numeric < 0)
            numeric = parseNumber(value, &number) ? 1 : 0;
        const bool numbers = o.numeric && numeric == 1;
        if (o.op == Op::Equal) {
            if (value != o.text && !(numbers && number == o.number))
                return false;
            continue;
        }
        const int cmp = numbers ? (number < o.number   ? -1
                                   : number > o.number ? 1
                                                       : 0)
                                : value.compare(o.text);
        const bool ok = o.op == Op::Gte   ? cmp >= 0
                        : o.op == Op::Lte ? cmp <= 0
                        : o.op == Op::Gt  ? cmp > 0
                                          : cmp < 0;
        if (!ok)
            return false;
    }
    return true;
}

void UserFilterQuery::scan(qint64 after, int wanted, const std::function<bool(qint64)> &match)
{
    const QString candidates = QStringLiteral("SELECT id FROM users WHERE ") + m_where +
                               QStringLiteral(" AND id > ? ORDER BY id LIMIT ?");
    // Stored values of the filtered fields for an id range, one query a batch.
    QString stored = QStringLiteral("SELECT user_id, field_id, value FROM field_values WHERE "
                                    "user_id BETWEEN ? AND ? AND field_id IN (");
    QHash<QString, int> conditionOf;
    for (int i = 0; i < m_custom.size(); ++i) {
        stored += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
        conditionOf.insert(m_custom.at(i).fieldId, i);
    }
    stored += QLatin1Char(')');
    const quint64 seed = m_store.seed();
    // Forward-only (DataStore's cached statements are not): SQLite's rows are
    // read once instead of being cached (about a third less CPU over 1M ids).
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.prepare(candidates)) {
        qCWarning(lcUserFilter) << "prepare failed:" << q.lastError().text();
        m_failure = q.lastError().databaseText();
        return;
    }
    QList<qint64> ids;
    QHash<qint64, QList<QPair<int, QString>>> values;
    qint64 last = after;
    for (;;) {
        // Without custom conditions every candidate matches: read no more than needed.
        const int limit = m_custom.isEmpty() && wanted > 0 ? wanted : batchSize;
        ids.clear();
        int index = 0;
        for (const QVariant &v : std::as_const(m_binds))
            q.bindValue(index++, v);
        q.bindValue(index++, last);
        q.bindValue(index, limit);
        if (!q.exec()) {
            qCWarning(lcUserFilter) << "candidate query failed:" << q.lastError().text();
            m_failure = q.lastError().databaseText();
            return;
        }
        while (q.next())
            ids.append(q.value(0).toLongLong());
        q.finish();
        if (ids.isEmpty())
            return;
        last = ids.last();
        values.clear();
        if (!m_custom.isEmpty()) {
            QVariantList binds{ids.first(), ids.last()};
            for (const CustomCondition &c : std::as_const(m_custom))
                binds.append(c.fieldId);
            QSqlQuery &v = m_store.run(stored, binds);
            if (!v.isActive()) {
                m_failure = v.lastError().databaseText();
                return;
            }
            while (v.next())
                values[v.value(0).toLongLong()].append(
                    {conditionOf.value(v.value(1).toString()), v.value(2).toString()});
        }
        for (const qint64 id : std::as_const(ids)) {
            bool ok = true;
            const auto own = values.constFind(id);
            for (int i = 0; ok && i < m_custom.size(); ++i) {
                const CustomCondition &c = m_custom.at(i);
                QString value;
                bool found = false;
                if (own != values.constEnd()) {
                    for (const auto &entry : *own) {
                        if (entry.first == i) {
                            value = entry.second;
                            found = true;
                        }
                    }
                }
                if (!found && c.seededIndex > 0 && m_users.isSeeded(id))
                    value = DemoActivity::fieldValue(seed, id, c.seededIndex - 1,
                                                     DemoActivity::historyPerField - 1);
                ok = satisfies(value, c.operands);
            }
            if (ok && !match(id))
                return;
        }
        if (ids.size() < limit)
            return;
        if (m_custom.isEmpty())
            wanted -= int(ids.size());
    }
}

QJsonObject UserFilterQuery::cursorPage(qint64 after, int pageSize)
{
    QList<qint64> ids;
    scan(after, pageSize + 1, [&](qint64 id) {
        ids.append(id);
        return ids.size() <= pageSize;
    });
    const bool more = ids.size() > pageSize;
    if (more)
        ids.removeLast();
    QJsonObject data;
    data.insert(QStringLiteral("users"), render(ids));
    data.insert(QStringLiteral("page_size"), pageSize);
    if (more)
        data.insert(QStringLiteral("next_cursor"), encodeCursor(ids.last()));
    return data;
}

QJsonObject UserFilterQuery::numberedPage(qint64 page, int pageSize)
{
    const qint64 first = (page - 1) * pageSize;
    QList<qint64> ids;
    qint64 total = 0;
    if (m_custom.isEmpty()) {
        // Platform conditions only: SQL counts and skips.
        QSqlQuery &q = m_store.run(QStringLiteral("SELECT id FROM users WHERE ") + m_where +
                                       QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?"),
                                   m_binds + QVariantList{pageSize, first});
        while (q.next())
            ids.append(q.value(0).toLongLong());
        QSqlQuery &c =
            m_store.run(QStringLiteral("SELECT COUNT(*) FROM users WHERE ") + m_where, m_binds);
        total = c.next() ? c.value(0).toLongLong() : 0;
    } else {
        // The total needs every match: walk all candidates, keep this page's.
        scan(0, -1, [&](qint64 id) {
            if (total >= first && total < first + pageSize)
                ids.append(id);
            ++total;
            return true;
        });
    }
    QJsonObject data;
    data.insert(QStringLiteral("users"), render(ids));
    data.insert(QStringLiteral("page_size"), pageSize);
    data.insert(QStringLiteral("total"), total);
    data.insert(QStringLiteral("total_pages"), (total + pageSize - 1) / pageSize);
    data.insert(QStringLiteral("current_page"), page);
    return data;
}

QJsonArray UserFilterQuery::render(const QList<qint64> &ids)
{
    QJsonArray users;
    for (const qint64 id : ids) {
        QSqlQuery &q = m_store.run(
            QStringLiteral("SELECT oid, email, username, first_name, last_name, display_name, "
                           "join_date, xp, coins, phone, country, language FROM users WHERE "
                           "id = ?"),
            {id});
        if (!q.next())
            continue;
        QJsonObject u;
        u.insert(QStringLiteral("user_id"), QString::number(id));
        u.insert(QStringLiteral("_id"), q.value(0).toString());
        for (const QString &name : std::as_const(m_selected)) {
            const int index = int(renderedColumns().indexOf(name));
            if (index >= 0) {
                const QVariant v = q.value(index + 1);
                if (name == QStringLiteral("xp") || name == QStringLiteral("coins"))
                    u.insert(name, v.toLongLong());
                else
                    u.insert(name, v.toString());
            } else if (m_fields.contains(name)) {
                const auto field = m_fields.value(name);
                u.insert(name, m_users.fieldValue(id, field.first, field.second));
            }
        }
        users.append(u);
    }
    return users;
}

QString UserFilterQuery::encodeCursor(qint64 id)
{
    return QString::fromLatin1(
        QByteArray("u:" + QByteArray::number(id))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 UserFilterQuery::decodeCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("u:"))
        return -1;
    bool ok = false;
    const qint64 id = raw.mid(2).toLongLong(&ok);
    return ok && id >= 0 ? id : -1;
}

} // namespace ra::sandbox
