#pragma once

#include "item/searchfiltermodel.h"

namespace ra {

// Search and sort over ChannelTableModel: setSearchText() keeps rows whose topic or type contains
// the text (case-insensitive); sorting uses ChannelTableModel::DataRole::Sort. GUI thread.
class ChannelFilterModel : public SearchFilterModel
{
    Q_OBJECT

public:
    explicit ChannelFilterModel(QObject *parent = nullptr);
};

} // namespace ra
