#pragma once

#include "domain/role.h"

#include "item/keyedtablemodel.h"

#include <QList>
#include <QPointer>

class QPalette;

namespace ra {

class RoleStore;

// A table over RoleStore: one row per role. Rows follow the store's signals one by one, and a
// reload is applied as a diff by id (rows removed, changed in place, appended), so views keep
// their selection and scroll position. Sorting and search belong to RoleFilterModel. Does not
// own the store; GUI thread.
class RoleTableModel : public KeyedTableModel<Role>
{
    Q_OBJECT

public:
    enum class Column { Colour, Name, Description, Members, Permissions, Order, Count };
    enum class DataRole {
        Id = Qt::UserRole + 1,
        Sort,        // raw value used for sorting (numbers stay numbers)
        SearchText,  // name, description and colour in one string
        MemberCount, // -1 when the API did not report it
    };

    explicit RoleTableModel(RoleStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Drag and drop reorders the hierarchy: rows carry their role id, and a drop asks for the
    // move through moveRequested() instead of moving rows (the store owns the order).
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    static QString roleIdMimeType();

    QModelIndex indexOfId(const QString &id, Column column = Column::Name) const;

    // The member count the API reports for a role (memberCount, membersCount or members), or -1.
    static qint64 memberCount(const Role &role);
    // The swatch colour of a colour class ("red", "#3366ff"); invalid when unknown.
    static QColor colorOf(const QString &colorClass);
    // The role's colour for its name drawn as text on `palette`'s rows (Base and AlternateBase):
    // the colour itself, or the nearest lighter or darker shade with a contrast of at least 4.5:1
    // (ColorContrast). Invalid when the class names no colour. The Name column's ForegroundRole.
    static QColor readableColorOf(const QString &colorClass, const QPalette &palette);

signals:
    // A role was dropped: give `id` the hierarchy position of `targetId` (empty: the last).
    void moveRequested(const QString &id, const QString &targetId);

private:
    QVariant displayData(const Role &role, Column column) const;
    QVariant sortData(const Role &role, Column column) const;
};

} // namespace ra
