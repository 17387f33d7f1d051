#include "bulk/bulkreport.h"

#include "item/tablecsvwriter.h"

#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>

namespace ra {

BulkReport::BulkReport(const QList<BulkItem> &items)
{
    m_rows.reserve(items.size());
    m_counts.total = int(items.size());
    for (const BulkItem &item : items) {
        m_counts.add(item.state);
        Row row;
        row.line = item.line;
        row.input = item.input;
        row.userId = item.key;
        row.state = bulkStateName(item.state);
        row.outcome = item.outcome;
        row.reason = item.reason;
        row.httpStatus = item.httpStatus;
        m_rows.append(row);
    }
}

void BulkReport::addUnsent(int line, const QString &input, const QString &state,
                           const QString &reason)
{
    Row row;
    row.line = line;
    row.input = input;
    row.state = state;
    row.reason = reason;
    m_rows.append(row);
    ++m_unsent;
}

QString BulkReport::summary() const
{
    QString text = tr("Done %1 · already %2 · not found %3 · failed %4")
                       .arg(m_counts.done)
                       .arg(m_counts.already)
                       .arg(m_counts.notFound)
                       .arg(m_counts.failed);
    const int open = m_counts.pending + m_counts.inFlight;
    if (open > 0)
        text += tr(" · not sent %1").arg(open);
    if (m_unsent > 0)
        text += tr(" · not matched or bad %1").arg(m_unsent);
    return text;
}

QList<QPair<QString, int>> BulkReport::failureReasons() const
{
    QHash<QString, int> byReason;
    const QString failed = bulkStateName(BulkItemState::Failed);
    for (const Row &row : m_rows) {
        if (row.state != failed)
            continue;
        const QString key = row.httpStatus
                                ? QStringLiteral("%1: %2").arg(row.httpStatus).arg(row.reason)
                                : row.reason;
        ++byReason[key];
    }
    QList<QPair<QString, int>> out;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

bool BulkReport::toCsv(QIODevice *device, QString *error) const
{
    auto line = [](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &cell : cells)
            quoted.append(TableCsvWriter::field(cell));
        return (quoted.join(u',') + QStringLiteral("\r\n")).toUtf8();
    };
    QByteArray bytes = "\xEF\xBB\xBF"; // UTF-8 BOM, as the app's other CSV exports
    bytes += line({QStringLiteral("line"), QStringLiteral("input"), QStringLiteral("user_id"),
                   QStringLiteral("outcome"), QStringLiteral("detail"),
                   QStringLiteral("http_status"), QStringLiteral("reason")});
    for (const Row &row : m_rows) {
        bytes += line({row.line > 0 ? QString::number(row.line) : QString(), row.input, row.userId,
                       row.state, row.outcome,
                       row.httpStatus ? QString::number(row.httpStatus) : QString(), row.reason});
        if (bytes.size() > (1 << 20)) {
            if (device->write(bytes) != bytes.size()) {
                *error = tr("Cannot write the report: %1").arg(device->errorString());
                return false;
            }
            bytes.clear();
        }
    }
    if (device->write(bytes) != bytes.size()) {
        *error = tr("Cannot write the report: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool BulkReport::toCsvFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!toCsv(&file, error))
        return false;
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ra
