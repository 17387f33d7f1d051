#pragma once

#include "domain/userfield.h"

#include "item/keyedtablemodel.h"
#include "item/searchfiltermodel.h"

namespace ra {

class UserFieldStore;

// A table over UserFieldStore: one row per custom user field with its name, key, type (as
// shown to people), whether it is required, its default, its options and when it was created.
// Rows follow the store's signals and a reload is a diff by id. Search and sort belong to
// UserFieldFilterModel. Borrows the store; GUI thread.
class UserFieldTableModel : public KeyedTableModel<UserField>
{
    Q_OBJECT

public:
    enum class Column { Name, Key, Type, Required, Default, Options, Created, Count };
    enum class DataRole {
        Id = Qt::UserRole + 1,
        Sort,       // raw value used for sorting
        SearchText, // name, key and type in one string
        Type,       // the type as the API spells it
    };

    explicit UserFieldTableModel(UserFieldStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indexOfId(const QString &id, Column column = Column::Name) const;

private:
    QVariant displayData(const UserField &field, Column column) const;
};

// Search and sort over UserFieldTableModel. GUI thread.
class UserFieldFilterModel : public SearchFilterModel
{
    Q_OBJECT

public:
    explicit UserFieldFilterModel(QObject *parent = nullptr);
};

} // namespace ra
