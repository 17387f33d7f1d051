#include "api/requestlog.h"

#include <algorithm>

namespace ra {

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{
}

void RequestLog::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (size() > m_capacity)
        dropOldest(size() - m_capacity);
}

void RequestLog::dropOldest(int count)
{
    emit aboutToDrop(count);
    m_records.remove(0, count);
    emit dropped(count);
}

void RequestLog::append(const RequestRecord &record)
{
    if (size() >= m_capacity)
        dropOldest(size() - m_capacity + 1);
    emit aboutToAppend(size());
    m_records.append(record);
    emit appended(record);
}

void RequestLog::clear()
{
    emit aboutToReset();
    m_records.clear();
    emit reset();
}

} // namespace ra
