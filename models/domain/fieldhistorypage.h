#pragma once

#include "domain/fieldhistoryentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace ra {

// One page of a user-field history list: `{histories, total, page, limit,
// totalPages}`; a bare array is read too (total then unknown, -1). Value type.
struct FieldHistoryPage
{
    QList<FieldHistoryEntry> entries;
    qint64 total = -1;
    int page = 0;
    int limit = 0;
    int totalPages = 0;
    QJsonObject extra;

    static FieldHistoryPage fromJson(const QJsonValue &payload);
    QJsonObject toJson() const;
};

// What a history list asks for: a field and/or a member (each empty for
// all; the two choose among the four list operations), a time range (each
// end invalid for open) and the order. Value type.
struct FieldHistoryQuery
{
    QString fieldId;
    QString userId;
    QDateTime from;
    QDateTime to;
    bool newestFirst = true;

    bool operator==(const FieldHistoryQuery &o) const
    {
        return fieldId == o.fieldId && userId == o.userId && from == o.from && to == o.to &&
               newestFirst == o.newestFirst;
    }
    bool operator!=(const FieldHistoryQuery &o) const { return !(*this == o); }
};

} // namespace ra
