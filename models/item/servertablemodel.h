#pragma once

#include "domain/server.h"

#include "item/keyedtablemodel.h"

namespace ra {

class ServerStore;

// A table over ServerStore: one row per server (name, uri, domain, description, created). Rows
// follow the store's signals and a reload is a diff by id, so views keep selection and scroll
// position. Search and sort belong to ServerFilterModel. Does not own the store; GUI thread.
class ServerTableModel : public KeyedTableModel<Server>
{
    Q_OBJECT

public:
    enum class Column { Name, Uri, Domain, Description, Created, Count };
    enum class DataRole {
        Id = Qt::UserRole + 1,
        Sort,       // raw value used for sorting
        SearchText, // name, uri, domain and description in one string
    };

    explicit ServerTableModel(ServerStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indexOfId(const QString &id, Column column = Column::Name) const;

private:
    QVariant displayData(const Server &server, Column column) const;
};

} // namespace ra
