#include "fieldvaluewriter.h"

#include "datastore.h"
#include "demorandom.h"

#include <QSqlError>
#include <QVariant>

namespace ra::sandbox {

FieldValueWriter::FieldValueWriter(QSqlDatabase db, Fallback fallback)
    : m_db(db)
    , m_fallback(std::move(fallback))
    , m_read(db)
    , m_write(db)
    , m_record(db)
{
}

bool FieldValueWriter::prepare(QSqlQuery &q, const char *sql, QString *error)
{
    if (!q.lastQuery().isEmpty())
        return true;
    if (q.prepare(QString::fromLatin1(sql)))
        return true;
    if (error)
        *error = q.lastError().text();
    q = QSqlQuery(m_db);
    return false;
}

QString FieldValueWriter::apply(const Change &c, QString *error)
{
    if (!prepare(m_read, "SELECT value FROM field_values WHERE user_id = ? AND field_id = ?",
                 error) ||
        !prepare(m_write,
                 "INSERT OR REPLACE INTO field_values (user_id, field_id, value) "
                 "VALUES (?,?,?)",
                 error) ||
        !prepare(m_record,
                 "INSERT INTO field_histories (id, community_id, field_id, user_id, value, "
                 "previous_value, source, created_at) VALUES (?,?,?,?,?,?,?,?)",
                 error))
        return {};
    QString previous;
    if (c.previous) {
        previous = *c.previous;
    } else {
        m_read.bindValue(0, c.userId);
        m_read.bindValue(1, c.fieldId);
        if (m_read.exec() && m_read.next())
            previous = m_read.value(0).toString();
        else if (m_fallback)
            previous = m_fallback(c.userId, c.fieldId);
        m_read.finish();
    }
    if (previous == c.value && !c.always)
        return {};
    const QString id = c.id.isEmpty() ? DemoRandom::newObjectId() : c.id;
    m_write.bindValue(0, c.userId);
    m_write.bindValue(1, c.fieldId);
    m_write.bindValue(2, c.value);
    m_record.bindValue(0, id);
    m_record.bindValue(1, c.communityId);
    m_record.bindValue(2, c.fieldId);
    m_record.bindValue(3, c.userId);
    m_record.bindValue(4, c.value);
    m_record.bindValue(5, previous.isEmpty() ? QVariant() : QVariant(previous));
    m_record.bindValue(6, c.source);
    m_record.bindValue(7, c.at.isEmpty() ? DataStore::nowIso() : c.at);
    if (!m_write.exec() || !m_record.exec()) {
        if (error)
            *error = m_write.lastError().isValid() ? m_write.lastError().text()
                                                   : m_record.lastError().text();
        return {};
    }
    return id;
}

} // namespace ra::sandbox
