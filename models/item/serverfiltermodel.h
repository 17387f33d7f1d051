#pragma once

#include "item/searchfiltermodel.h"

namespace ra {

// Search and sort over ServerTableModel: setSearchText() keeps rows whose name, uri, domain or
// description contains the text (case-insensitive); sorting uses ServerTableModel::DataRole::Sort.
// GUI thread.
class ServerFilterModel : public SearchFilterModel
{
    Q_OBJECT

public:
    explicit ServerFilterModel(QObject *parent = nullptr);
};

} // namespace ra
