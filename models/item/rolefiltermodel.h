#pragma once

#include "item/searchfiltermodel.h"

namespace ra {

// Search and sort over RoleTableModel: setSearchText() keeps rows whose name, description or colour
// contains the text (case-insensitive); sorting uses the raw values of
// RoleTableModel::DataRole::Sort, so numbers sort as numbers. GUI thread.
class RoleFilterModel : public SearchFilterModel
{
    Q_OBJECT

public:
    explicit RoleFilterModel(QObject *parent = nullptr);
};

} // namespace ra
