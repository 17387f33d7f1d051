#include "item/fieldhistoryseries.h"

#include "api/apiclient.h"
#include "item/fieldhistorymodel.h"
#include "item/tablecsvwriter.h"

#include <QIODevice>

namespace ra {

namespace {
QDate seriesDateOf(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date;
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC().date();
}
} // namespace

FieldHistorySeries::FieldHistorySeries(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

FieldHistorySeries::~FieldHistorySeries()
{
    clear();
}

void FieldHistorySeries::clear()
{
    if (m_pending)
        m_pending->abort();
    m_pending = nullptr;
    m_entries.clear();
    m_points.clear();
    m_kind = Kind::None;
    m_truncated = false;
    m_fieldName.clear();
    m_memberName.clear();
}

void FieldHistorySeries::load(const QString &fieldId, const QString &userId)
{
    clear();
    m_fieldId = fieldId;
    m_userId = userId;
    requestPage(1);
}

void FieldHistorySeries::requestPage(int page)
{
    FieldHistoryQuery query;
    query.fieldId = m_fieldId;
    query.userId = m_userId;
    query.newestFirst = false;
    m_pending = m_client.getFieldHistoryPage(query, page, PageSize)
                    ->then(
                        this,
                        [this, page](const FieldHistoryPage &result) {
                            m_pending = nullptr;
                            m_entries.append(result.entries);
                            const bool more = result.entries.size() == PageSize &&
                                              (result.totalPages == 0 || page < result.totalPages);
                            if (more && m_entries.size() < MaxPoints) {
                                requestPage(page + 1);
                                return;
                            }
                            m_truncated = more || m_entries.size() > MaxPoints;
                            finish();
                        },
                        [this](const ApiError &error) {
                            m_pending = nullptr;
                            emit loadFailed(error);
                        });
}

void FieldHistorySeries::finish()
{
    if (m_entries.size() > MaxPoints)
        m_entries.resize(MaxPoints);
    bool numbers = !m_entries.isEmpty();
    bool dates = !m_entries.isEmpty();
    for (const FieldHistoryEntry &e : std::as_const(m_entries)) {
        const QString text = historyValueText(e.value);
        bool ok = false;
        text.toDouble(&ok);
        numbers = numbers && ok;
        dates = dates && seriesDateOf(text).isValid();
        if (m_fieldName.isEmpty())
            m_fieldName = e.field;
        if (m_memberName.isEmpty())
            m_memberName = e.username.isEmpty() ? e.userId : e.username;
    }
    m_kind = numbers ? Kind::Number : dates ? Kind::Date : Kind::None;
    if (m_kind != Kind::None) {
        const QDate epoch(1970, 1, 1);
        m_points.reserve(m_entries.size());
        for (const FieldHistoryEntry &e : std::as_const(m_entries)) {
            Point p;
            p.when = QDateTime::fromString(e.createdAt, Qt::ISODateWithMs).toUTC();
            p.text = historyValueText(e.value);
            p.value = m_kind == Kind::Number ? p.text.toDouble()
                                             : double(epoch.daysTo(seriesDateOf(p.text)));
            if (p.when.isValid())
                m_points.append(p);
        }
        std::stable_sort(m_points.begin(), m_points.end(),
                         [](const Point &a, const Point &b) { return a.when < b.when; });
    }
    m_entries.clear();
    emit loaded();
}

bool FieldHistorySeries::writeCsv(QIODevice *device, QString *error) const
{
    QByteArray out =
        "when," +
        TableCsvWriter::field(m_fieldName.isEmpty() ? QStringLiteral("value") : m_fieldName)
            .toUtf8() +
        "\r\n";
    for (const Point &p : m_points) {
        out += p.when.toString(Qt::ISODateWithMs).toUtf8() + ',' +
               TableCsvWriter::field(p.text).toUtf8() + "\r\n";
    }
    if (device->write(out) != out.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace ra
