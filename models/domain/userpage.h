#pragma once

#include "domain/userdata.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ra {

// One page of Get Users with Filters (page size 200). Cursor mode: the reply
// carries `next_cursor` while more remain. Page mode: `total_pages` and
// `current_page`. hasMore() works for both. Value type.
struct UserPage
{
    static constexpr int pageSize = 200; // fixed by the API

    QList<UserData> users;
    QString nextCursor;
    int currentPage = 0;
    int totalPages = 0;
    qint64 total = -1; // -1 when the server does not say
    QJsonObject extra;

    bool hasMore() const;
    // The payload (`data`) of the reply; `envelopeExtra` holds top-level
    // envelope keys, where some servers put the paging fields.
    static UserPage fromJson(const QJsonValue &payload, const QJsonObject &envelopeExtra = {});
    QJsonObject toJson() const;
};

} // namespace ra
