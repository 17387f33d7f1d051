#pragma once

#include "domain/channel.h"

#include "item/keyedtablemodel.h"

#include <QList>
#include <QPointer>

namespace ra {

class ChannelStore;

// A table over ChannelStore: one row per channel (topic, type, created, updated). Rows follow
// the store's signals one by one and a reload is applied as a diff by id, so views keep their
// selection and scroll position. Search and sort belong to ChannelFilterModel. Does not own the
// store; GUI thread.
class ChannelTableModel : public KeyedTableModel<Channel>
{
    Q_OBJECT

public:
    enum class Column { Topic, Type, Created, Updated, Count };
    enum class DataRole {
        Id = Qt::UserRole + 1,
        Sort,       // raw value used for sorting
        SearchText, // topic and type in one string
        TypeKey,    // the API's channelType ("open", "forum", "private")
    };

    explicit ChannelTableModel(ChannelStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indexOfId(const QString &id, Column column = Column::Topic) const;

    // The channel types the API accepts, and their translated names.
    static QStringList typeKeys();
    static QString typeName(const QString &typeKey);

private:
    QVariant displayData(const Channel &channel, Column column) const;
};

} // namespace ra
