#pragma once

#include "domain/user.h"

#include <QJsonObject>
#include <QList>

namespace ra {

// One page of Get community users (Application API): `{users, total, page,
// limit, totalPages}`; a bare array is read too. Value type.
struct CommunityUserPage
{
    QList<User> users;
    qint64 total = 0;
    int page = 0;
    int limit = 0;
    int totalPages = 0;
    QJsonObject extra;

    bool hasMore() const { return totalPages > 0 && page < totalPages; }
    static CommunityUserPage fromJson(const QJsonValue &payload);
    QJsonObject toJson() const;
};

} // namespace ra
