#include "stores/fieldhistorystore.h"

#include "api/apiclient.h"

namespace ra {

FieldHistoryStore::FieldHistoryStore(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

FieldHistoryStore::~FieldHistoryStore()
{
    clear();
}

void FieldHistoryStore::clear()
{
    if (m_loading)
        m_loading->abort();
    if (m_adding)
        m_adding->abort();
    m_loading = nullptr;
    m_adding = nullptr;
    if (!m_fields.isEmpty()) {
        m_fields.clear();
        emit fieldsChanged();
    }
}

void FieldHistoryStore::reloadFields()
{
    if (m_loading)
        m_loading->abort();
    m_loading = m_client.getUserFields()->then(
        this,
        [this](const QList<UserField> &fields) {
            m_loading = nullptr;
            m_fields = fields;
            std::sort(m_fields.begin(), m_fields.end(), [](const UserField &a, const UserField &b) {
                return a.field.compare(b.field, Qt::CaseInsensitive) < 0;
            });
            emit fieldsChanged();
        },
        [this](const ApiError &error) {
            m_loading = nullptr;
            emit fieldsFailed(error);
        });
}

const UserField *FieldHistoryStore::field(const QString &fieldId) const
{
    for (const UserField &f : m_fields) {
        if (f.id == fieldId)
            return &f;
    }
    return nullptr;
}

bool FieldHistoryStore::isChartable(const QString &type)
{
    const QString t = type.toLower();
    return t == u"numerical" || t == u"number" || t == u"numeric" || t == u"integer" ||
           t == u"decimal" || t == u"date" || t == u"datetime";
}

void FieldHistoryStore::addEntry(const QString &userId, const QString &fieldId,
                                 const QString &value)
{
    QJsonValue sent(value);
    const UserField *f = field(fieldId);
    bool isNumber = false;
    const double number = value.toDouble(&isNumber);
    if (f && isNumber && isChartable(f->type) && !f->type.startsWith(u"date"))
        sent = number;
    m_adding = m_client.createFieldHistory(userId, fieldId, sent)
                   ->then(
                       this,
                       [this](const FieldHistoryEntry &entry) {
                           m_adding = nullptr;
                           emit entryAdded(entry);
                       },
                       [this](const ApiError &error) {
                           m_adding = nullptr;
                           emit addFailed(error);
                       });
}

} // namespace ra
