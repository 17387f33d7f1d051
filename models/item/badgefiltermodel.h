#pragma once

#include "item/searchfiltermodel.h"

namespace ra {

// Search and sort over BadgeTableModel: setSearchText() keeps rows whose title, description or
// action contains the text (case-insensitive); sorting uses BadgeTableModel::DataRole::Sort, so
// award quantities sort as numbers. GUI thread.
class BadgeFilterModel : public SearchFilterModel
{
    Q_OBJECT

public:
    explicit BadgeFilterModel(QObject *parent = nullptr);
};

} // namespace ra
