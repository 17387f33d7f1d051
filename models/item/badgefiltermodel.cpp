#include "item/badgefiltermodel.h"

#include "item/badgetablemodel.h"

namespace ra {

BadgeFilterModel::BadgeFilterModel(QObject *parent)
    : SearchFilterModel(int(BadgeTableModel::DataRole::SearchText),
                        int(BadgeTableModel::DataRole::Sort), parent)
{
}

} // namespace ra
