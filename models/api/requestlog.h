#pragma once

#include "api/requestrecord.h"

#include <QList>
#include <QObject>

namespace ra {

// The API client's request log: every finished call as a RequestRecord, the
// newest last, capped at capacity() (the oldest are dropped). Feeds the API
// log view (through RequestLogModel) and --log-requests (RequestLogWriter).
// Owned by the composition root; the client appends. GUI thread.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    explicit RequestLog(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    int size() const { return int(m_records.size()); }
    const RequestRecord &at(int row) const { return m_records.at(row); }
    const QList<RequestRecord> &records() const { return m_records; }

    void append(const RequestRecord &record);
    void clear();

signals:
    void aboutToAppend(int row);
    void appended(const ra::RequestRecord &record);
    void aboutToDrop(int count); // the first `count` records
    void dropped(int count);
    void aboutToReset();
    void reset();

private:
    void dropOldest(int count);

    QList<RequestRecord> m_records;
    int m_capacity = 10000;
};

} // namespace ra
