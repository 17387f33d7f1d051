#include "item/serverfiltermodel.h"

#include "item/servertablemodel.h"

namespace ra {

ServerFilterModel::ServerFilterModel(QObject *parent)
    : SearchFilterModel(int(ServerTableModel::DataRole::SearchText),
                        int(ServerTableModel::DataRole::Sort), parent)
{
}

} // namespace ra
