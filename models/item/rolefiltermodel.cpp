#include "item/rolefiltermodel.h"

#include "item/roletablemodel.h"

namespace ra {

RoleFilterModel::RoleFilterModel(QObject *parent)
    : SearchFilterModel(int(RoleTableModel::DataRole::SearchText),
                        int(RoleTableModel::DataRole::Sort), parent)
{
}

} // namespace ra
