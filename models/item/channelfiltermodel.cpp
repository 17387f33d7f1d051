#include "item/channelfiltermodel.h"

#include "item/channeltablemodel.h"

namespace ra {

ChannelFilterModel::ChannelFilterModel(QObject *parent)
    : SearchFilterModel(int(ChannelTableModel::DataRole::SearchText),
                        int(ChannelTableModel::DataRole::Sort), parent)
{
}

} // namespace ra
