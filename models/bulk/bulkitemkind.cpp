#include "bulk/bulkitemkind.h"

#include "assign/assignitemkind.h"
#include "messages/announceitemkind.h"

#include <QCoreApplication>

namespace ra {

namespace {

struct BulkKindsText
{
    Q_DECLARE_TR_FUNCTIONS(ra::BulkKinds)
};

} // namespace

BulkItemKind::~BulkItemKind() = default;

ApiReplyBase *BulkItemKind::checkApplied(ApiClient &, const BulkItem &) const
{
    return nullptr;
}

BulkItemKind::Applied BulkItemKind::readApplied(const ApiReplyBase &, const BulkItem &) const
{
    return Applied::Unknown;
}

std::unique_ptr<BulkItemKind> BulkKinds::create(const QString &name, const QJsonObject &params,
                                                QString *error)
{
    if (std::unique_ptr<AssignItemKind> assign = AssignItemKind::fromJson(name, params))
        return assign;
    if (std::unique_ptr<AnnounceItemKind> announce = AnnounceItemKind::fromJson(name, params))
        return announce;
    if (error)
        *error = BulkKindsText::tr("Unknown kind of bulk job \"%1\"").arg(name.left(60));
    return nullptr;
}

} // namespace ra
