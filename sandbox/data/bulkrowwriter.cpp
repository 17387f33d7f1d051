#include "bulkrowwriter.h"

#include "datastore.h"
#include "demorandom.h"
#include "domain/userfieldrules.h"
#include "userfieldhandlers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::BulkRowWriter", text);
}
} // namespace

namespace {
const QString firstName = QStringLiteral("First Name");
const QString lastName = QStringLiteral("Last Name");
const QString username = QStringLiteral("Username");
const QString email = QStringLiteral("Email");
const QString role = QStringLiteral("Role");
const QString tag = QStringLiteral("Tag");
constexpr int maxNameLength = 50;

bool validEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+$"));
    return re.match(text).hasMatch();
}

// Template column -> users column (update also accepts these DB names).
const QHash<QString, QString> &textColumns()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("First Name"), QStringLiteral("first_name")},
        {QStringLiteral("Last Name"), QStringLiteral("last_name")},
        {QStringLiteral("Username"), QStringLiteral("username")},
        {QStringLiteral("Phone"), QStringLiteral("phone")},
        {QStringLiteral("Country"), QStringLiteral("country")},
        {QStringLiteral("Language"), QStringLiteral("language")},
        {QStringLiteral("first_name"), QStringLiteral("first_name")},
        {QStringLiteral("last_name"), QStringLiteral("last_name")},
        {QStringLiteral("display_name"), QStringLiteral("display_name")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("language"), QStringLiteral("language")}};
    return map;
}
} // namespace

BulkRowWriter::BulkRowWriter(DataStore &store, Mode mode, const QString &communityId)
    : m_store(store)
    , m_mode(mode)
    , m_community(communityId)
    , m_byEmail(store.db())
    , m_byUsername(store.db())
    , m_insert(store.db())
    , m_grantRole(store.db())
    , m_grantTag(store.db())
    , m_directory(store)
    , m_values(store.db(), m_directory.derivedValues())
{
    QSqlQuery &roles =
        store.run(QStringLiteral("SELECT title, id FROM roles WHERE server_id = ?"), {communityId});
    while (roles.next())
        m_roles.insert(roles.value(0).toString(), roles.value(1).toString());
    QSqlQuery &tags =
        store.run(QStringLiteral("SELECT name, id FROM tags WHERE server_id = ?"), {communityId});
    while (tags.next())
        m_tags.insert(tags.value(0).toString(), tags.value(1).toString());
    m_byEmail.prepare(QStringLiteral("SELECT id FROM users WHERE email = ? LIMIT 1"));
    m_byUsername.prepare(QStringLiteral("SELECT id FROM users WHERE username = ? LIMIT 1"));
    m_insert.prepare(QStringLiteral(
        "INSERT INTO users (id, oid, community_id, first_name, last_name, username, email, "
        "display_name, phone, country, language, access_level, join_date, updated_at) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,0,?,?)"));
    m_grantRole.prepare(QStringLiteral("INSERT OR IGNORE INTO user_roles VALUES (?, ?)"));
    m_grantTag.prepare(QStringLiteral("INSERT OR IGNORE INTO user_tags VALUES (?, ?)"));
}

BulkRowWriter::~BulkRowWriter() = default;

QStringList BulkRowWriter::templateColumns()
{
    return {firstName,
            lastName,
            username,
            email,
            QStringLiteral("Phone"),
            QStringLiteral("Country"),
            QStringLiteral("Language"),
            role,
            tag};
}

bool BulkRowWriter::setHeader(const QStringList &header, QString *error)
{
    m_columns.clear();
    m_index.clear();
    QHash<QString, QPair<QString, QString>> custom; // key -> (id, type)
    QSqlQuery &q = m_store.run(
        QStringLiteral("SELECT field, id, type FROM user_fields WHERE community_id = ?"),
        {m_community});
    while (q.next())
        custom.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    const QStringList templ = templateColumns();
    for (int i = 0; i < header.size(); ++i) {
        Column c;
        c.name = header.at(i).trimmed();
        if (c.name.isEmpty()) {
            *error = tr("Column %1 of the header has no name").arg(i + 1);
            return false;
        }
        if (m_index.contains(c.name)) {
            *error = tr("Column '%1' appears twice").arg(c.name);
            return false;
        }
        if (m_mode == Mode::Import) {
            if (!templ.contains(c.name)) {
                *error = tr("Unknown column '%1': the template's columns are %2")
                             .arg(c.name, templ.join(QStringLiteral(", ")));
                return false;
            }
        } else if (c.name.endsWith(QStringLiteral("_op"))) {
            c.opOf = c.name.chopped(3);
            const QString next = i + 1 < header.size() ? header.at(i + 1).trimmed() : QString();
            if (next != c.opOf) {
                *error = tr("Column '%1' must come right before column '%2'").arg(c.name, c.opOf);
                return false;
            }
        } else if (c.name == QStringLiteral("xp") || c.name == QStringLiteral("coins")) {
            c.numeric = true;
        } else if (custom.contains(c.name)) {
            c.fieldId = custom.value(c.name).first;
            c.field = UserFieldHandlers::definition(m_store, c.fieldId);
            c.field.required = false; // a cell left empty keeps the member's value
            const QString type = custom.value(c.name).second;
            c.numeric = type == QStringLiteral("numerical") || type == QStringLiteral("number");
        } else if (!templ.contains(c.name) && !textColumns().contains(c.name)) {
            *error = tr("Unknown column '%1'").arg(c.name);
            return false;
        }
        m_index.insert(c.name, i);
        m_columns.append(c);
    }
    for (const Column &c : std::as_const(m_columns)) {
        if (!c.opOf.isEmpty() && !m_columns.at(m_index.value(c.opOf)).numeric) {
            *error =
                QStringLiteral("Column '%1': only numeric fields take an operation").arg(c.name);
            return false;
        }
    }
    if (m_mode == Mode::Import) {
        for (const QString &required : {firstName, lastName, username, email}) {
            if (!m_index.contains(required)) {
                *error = tr("Missing required column '%1'").arg(required);
                return false;
            }
        }
    } else if (!m_index.contains(email) && !m_index.contains(username)) {
        *error = tr("Missing column 'Email' or 'Username' to match users by");
        return false;
    }
    return true;
}

BulkRowWriter::Outcome BulkRowWriter::write(const QStringList &cells, QString *reason)
{
    if (cells.size() != m_columns.size()) {
        *reason =
            tr("The row has %1 cells; the header has %2").arg(cells.size()).arg(m_columns.size());
        return Outcome::Failed;
    }
    return m_mode == Mode::Import ? importRow(cells, reason) : updateRow(cells, reason);
}

bool BulkRowWriter::resolveNames(const QString &cell, const QHash<QString, QString> &known,
                                 const QString &what, QStringList *ids, QString *reason)
{
    const QStringList names = cell.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        const auto it = known.constFind(name);
        if (it == known.constEnd()) {
            *reason = tr("Unknown %1 '%2' (names are case-sensitive)").arg(what, name);
            return false;
        }
        ids->append(it.value());
    }
    return true;
}

qint64 BulkRowWriter::findUser(const QString &column, const QString &value)
{
    QSqlQuery &q = column == email ? m_byEmail : m_byUsername;
    q.bindValue(0, value);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void BulkRowWriter::setGrants(qint64 user, const QStringList &roles, const QStringList &tags,
                              bool replace, bool hasRoles, bool hasTags)
{
    if (replace && hasRoles)
        m_store.run(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {user});
    if (replace && hasTags)
        m_store.run(QStringLiteral("DELETE FROM user_tags WHERE user_id = ?"), {user});
    for (const QString &id : roles) {
        m_grantRole.bindValue(0, user);
        m_grantRole.bindValue(1, id);
        m_grantRole.exec();
    }
    for (const QString &id : tags) {
        m_grantTag.bindValue(0, user);
        m_grantTag.bindValue(1, id);
        m_grantTag.exec();
    }
}

BulkRowWriter::Outcome BulkRowWriter::importRow(const QStringList &cells, QString *reason)
{
    auto cell = [&](const QString &name) {
        const int i = m_index.value(name, -1);
        return i < 0 ? QString() : cells.at(i).trimmed();
    };
    for (const QString &required : {firstName, lastName, username, email}) {
        if (cell(required).isEmpty()) {
            *reason = tr("Missing %1").arg(required);
            return Outcome::Failed;
        }
    }
    for (const QString &name : {firstName, lastName, username}) {
        if (cell(name).size() > maxNameLength) {
            *reason =
                QStringLiteral("%1 must have at most %2 characters").arg(name).arg(maxNameLength);
            return Outcome::Failed;
        }
    }
    const QString mail = cell(email);
    const QString user = cell(username);
    if (!validEmail(mail)) {
        *reason = tr("Email is not a valid e-mail address: %1").arg(mail);
        return Outcome::Failed;
    }
    if (user.contains(QLatin1Char(' '))) {
        *reason = tr("Username must not contain spaces: %1").arg(user);
        return Outcome::Failed;
    }
    QStringList roleIds;
    QStringList tagIds;
    if (!resolveNames(cell(role), m_roles, QStringLiteral("role"), &roleIds, reason) ||
        !resolveNames(cell(tag), m_tags, QStringLiteral("tag"), &tagIds, reason))
        return Outcome::Failed;
    if (findUser(email, mail)) {
        *reason = tr("Email already exists: %1").arg(mail);
        return Outcome::Failed;
    }
    if (findUser(username, user)) {
        *reason = tr("Username already exists: %1").arg(user);
        return Outcome::Failed;
    }
    // A NULL id lets SQLite take the next free one, so users created by
    // requests between two batches cannot collide with the job's.
    const QString now = DataStore::nowIso();
    const QString language = cell(QStringLiteral("Language"));
    const QVariantList values = {QVariant(),
                                 DemoRandom::newObjectId(),
                                 m_community,
                                 cell(firstName),
                                 cell(lastName),
                                 user,
                                 mail,
                                 QString(cell(firstName) + QLatin1Char(' ') + cell(lastName)),
                                 cell(QStringLiteral("Phone")),
                                 cell(QStringLiteral("Country")),
                                 language.isEmpty() ? QStringLiteral("English") : language,
                                 now.left(10),
                                 now};
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(i, values.at(i));
    if (!m_insert.exec()) {
        *reason = tr("Could not store the user");
        return Outcome::Failed;
    }
    const qint64 id = m_insert.lastInsertId().toLongLong();
    setGrants(id, roleIds, tagIds, false, true, true);
    return Outcome::Created;
}

BulkRowWriter::Outcome BulkRowWriter::updateRow(const QStringList &cells, QString *reason)
{
    const bool byEmail =
        m_index.contains(email) && !cells.at(m_index.value(email)).trimmed().isEmpty();
    const QString key = byEmail ? email : username;
    const QString value =
        m_index.contains(key) ? cells.at(m_index.value(key)).trimmed() : QString();
    if (value.isEmpty()) {
        *reason = tr("Missing Email or Username to match the user");
        return Outcome::Failed;
    }
    const qint64 id = findUser(key, value);
    if (id == 0) {
        *reason = tr("No user with %1 %2").arg(key, value);
        return Outcome::Failed;
    }
    // Validate the whole row first.
    QStringList sets;
    QVariantList binds;
    QList<QPair<QString, QString>> fieldValues;
    QStringList roleIds;
    QStringList tagIds;
    bool hasRoles = false;
    bool hasTags = false;
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns.at(i);
        const QString v = cells.at(i).trimmed();
        if (v.isEmpty() || !c.opOf.isEmpty() || c.name == key)
            continue;
        if (c.name == role || c.name == tag) {
            const bool isRole = c.name == role;
            (isRole ? hasRoles : hasTags) = true;
            if (!resolveNames(v, isRole ? m_roles : m_tags,
                              isRole ? QStringLiteral("role") : QStringLiteral("tag"),
                              isRole ? &roleIds : &tagIds, reason))
                return Outcome::Failed;
            continue;
        }
        if (c.name == email) {
            continue; // the match key when present; never changed
        }
        if (c.numeric) {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok) {
                *reason = tr("%1 must be an integer: %2").arg(c.name, v);
                return Outcome::Failed;
            }
            QString op = QStringLiteral("overwrite");
            if (i > 0 && m_columns.at(i - 1).opOf == c.name && !cells.at(i - 1).trimmed().isEmpty())
                op = cells.at(i - 1).trimmed();
            if (op != QStringLiteral("add") && op != QStringLiteral("subtract") &&
                op != QStringLiteral("overwrite")) {
                *reason = tr("Invalid %1_op '%2': use add, subtract or overwrite").arg(c.name, op);
                return Outcome::Failed;
            }
            if (!c.fieldId.isEmpty()) {
                // The member's value as the API shows it (a seeded member's
                // derived one when none is stored).
                const qint64 current = m_directory.derivedValues()(id, c.fieldId).toLongLong();
                const qint64 next = op == QStringLiteral("add")        ? current + n
                                    : op == QStringLiteral("subtract") ? current - n
                                                                       : n;
                fieldValues.append({c.fieldId, QString::number(next)});
            } else {
                const QString column = c.name;
                if (op == QStringLiteral("overwrite"))
                    sets.append(column + QStringLiteral(" = ?"));
                else
                    sets.append(column + QStringLiteral(" = MAX(0, ") + column +
                                (op == QStringLiteral("add") ? QStringLiteral(" + ?)")
                                                             : QStringLiteral(" - ?)")));
                binds.append(n);
            }
            continue;
        }
        if (!c.fieldId.isEmpty()) {
            *reason = UserFieldRules::checkValue(c.field, v);
            if (!reason->isEmpty())
                return Outcome::Failed;
            fieldValues.append({c.fieldId, v});
            continue;
        }
        const QString column = textColumns().value(c.name);
        if ((column == QStringLiteral("first_name") || column == QStringLiteral("last_name") ||
             column == QStringLiteral("username")) &&
            v.size() > maxNameLength) {
            *reason =
                QStringLiteral("%1 must have at most %2 characters").arg(c.name).arg(maxNameLength);
            return Outcome::Failed;
        }
        if (column == QStringLiteral("username")) {
            const qint64 other = findUser(username, v);
            if (other && other != id) {
                *reason = tr("Username already exists: %1").arg(v);
                return Outcome::Failed;
            }
        }
        sets.append(column + QStringLiteral(" = ?"));
        binds.append(v);
    }
    const QString now = DataStore::nowIso();
    sets.append(QStringLiteral("updated_at = ?"));
    binds.append(now);
    binds.append(id);
    // Column names come from the fixed maps above, never from the file.
    // Rows of one file mostly change the same columns: prepare each shape once.
    const QString sql = QStringLiteral("UPDATE users SET ") + sets.join(QStringLiteral(", ")) +
                        QStringLiteral(" WHERE id = ?");
    auto it = m_updates.find(sql);
    if (it == m_updates.end()) {
        it = m_updates.insert(sql, QSqlQuery(m_store.db()));
        it->prepare(sql);
    }
    for (int i = 0; i < binds.size(); ++i)
        it->bindValue(i, binds.at(i));
    if (!it->exec()) {
        *reason = tr("Could not update the user");
        return Outcome::Failed;
    }
    FieldValueWriter::Change change;
    change.communityId = m_community;
    change.userId = id;
    change.source = QStringLiteral("bulkUpdate");
    change.at = now;
    for (const auto &fv : std::as_const(fieldValues)) {
        change.fieldId = fv.first;
        change.value = fv.second;
        QString failed;
        if (m_values.apply(change, &failed).isEmpty() && !failed.isEmpty()) {
            *reason = tr("Could not store %1: %2").arg(fv.first, failed);
            return Outcome::Failed;
        }
    }
    setGrants(id, roleIds, tagIds, true, hasRoles, hasTags);
    return Outcome::Updated;
}

} // namespace ra::sandbox
