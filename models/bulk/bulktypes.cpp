#include "bulk/bulktypes.h"

namespace ra {

namespace {

struct BulkStateText
{
    Q_DECLARE_TR_FUNCTIONS(ra::BulkItemState)
};

} // namespace

QString bulkStateName(BulkItemState state)
{
    switch (state) {
    case BulkItemState::Pending:
        return QStringLiteral("pending");
    case BulkItemState::InFlight:
        return QStringLiteral("inFlight");
    case BulkItemState::Done:
        return QStringLiteral("done");
    case BulkItemState::Already:
        return QStringLiteral("already");
    case BulkItemState::NotFound:
        return QStringLiteral("notFound");
    case BulkItemState::Failed:
        break;
    }
    return QStringLiteral("failed");
}

bool bulkStateFromName(const QString &name, BulkItemState *state)
{
    static const BulkItemState all[] = {BulkItemState::Pending,  BulkItemState::InFlight,
                                        BulkItemState::Done,     BulkItemState::Already,
                                        BulkItemState::NotFound, BulkItemState::Failed};
    for (BulkItemState s : all) {
        if (bulkStateName(s) == name) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString bulkStateText(BulkItemState state)
{
    switch (state) {
    case BulkItemState::Pending:
        return BulkStateText::tr("pending");
    case BulkItemState::InFlight:
        return BulkStateText::tr("in flight");
    case BulkItemState::Done:
        return BulkStateText::tr("done");
    case BulkItemState::Already:
        return BulkStateText::tr("already as asked");
    case BulkItemState::NotFound:
        return BulkStateText::tr("not found");
    case BulkItemState::Failed:
        break;
    }
    return BulkStateText::tr("failed");
}

void BulkCounts::add(BulkItemState state, int delta)
{
    switch (state) {
    case BulkItemState::Pending:
        pending += delta;
        break;
    case BulkItemState::InFlight:
        inFlight += delta;
        break;
    case BulkItemState::Done:
        done += delta;
        break;
    case BulkItemState::Already:
        already += delta;
        break;
    case BulkItemState::NotFound:
        notFound += delta;
        break;
    case BulkItemState::Failed:
        failed += delta;
        break;
    }
}

bool BulkCounts::operator==(const BulkCounts &o) const
{
    return total == o.total && pending == o.pending && inFlight == o.inFlight && done == o.done &&
           already == o.already && notFound == o.notFound && failed == o.failed;
}

} // namespace ra
