#include "item/roletablemodel.h"

#include "stores/rolepermissioncatalog.h"
#include "stores/rolestore.h"

#include <QColor>
#include <QHash>
#include <QJsonArray>
#include <QMimeData>
#include <QSet>

namespace ra {

RoleTableModel::RoleTableModel(RoleStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (!store)
        return;
    connect(store, &RoleStore::loaded, this, &RoleTableModel::syncFromStore);
    connect(store, &RoleStore::added, this, &RoleTableModel::onAdded);
    connect(store, &RoleStore::changed, this, &RoleTableModel::onChanged);
    connect(store, &RoleStore::removed, this, &RoleTableModel::onRemoved);
    m_rows = store->roles();
}

int RoleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

qint64 RoleTableModel::memberCount(const Role &role)
{
    for (const char *key : {"memberCount", "membersCount", "members", "userCount"}) {
        const QJsonValue v = role.extra.value(QLatin1String(key));
        if (v.isDouble())
            return qint64(v.toDouble());
        if (v.isString()) {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (ok)
                return n;
        }
        if (v.isArray())
            return v.toArray().size();
    }
    return -1;
}

QColor RoleTableModel::colorOf(const QString &colorClass)
{
    // Colour classes are CSS-like names; "grey" and "gray" both occur.
    QString name = colorClass.trimmed().toLower();
    if (name == QLatin1String("grey"))
        name = QStringLiteral("gray");
    if (name.isEmpty() || !QColor::isValidColorName(name))
        return {};
    return QColor::fromString(name);
}

QVariant RoleTableModel::displayData(const Role &role, Column column) const
{
    switch (column) {
    case Column::Colour:
        return role.colorClass;
    case Column::Name:
        return role.title;
    case Column::Description:
        return role.description;
    case Column::Members: {
        const qint64 n = memberCount(role);
        // An em dash: the API does not report role membership.
        return n < 0 ? QString(QChar(0x2014)) : QString::number(n);
    }
    case Column::Permissions:
        return RolePermissionCatalog::summary(role);
    case Column::Order:
        return QString::number(role.order);
    case Column::Count:
        break;
    }
    return {};
}

QVariant RoleTableModel::sortData(const Role &role, Column column) const
{
    switch (column) {
    case Column::Members:
        return memberCount(role);
    case Column::Order:
        return role.order;
    case Column::Permissions:
        return RolePermissionCatalog::grantedCount(role, RolePermissionCatalog::Scope::Server) +
               RolePermissionCatalog::grantedCount(role, RolePermissionCatalog::Scope::Channel);
    default:
        return displayData(role, column).toString().toLower();
    }
}

QVariant RoleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Role &r = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, column);
    case Qt::ToolTipRole:
        if (column == Column::Members && memberCount(r) < 0)
            return tr("The API does not report how many members hold this role.");
        if (column == Column::Order)
            return tr("Position in the role hierarchy (lower comes first).");
        return displayData(r, column);
    case Qt::DecorationRole:
        if (column == Column::Colour) {
            const QColor c = colorOf(r.colorClass);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Members || column == Column::Order)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case int(DataRole::Id):
        return r.id;
    case int(DataRole::Sort):
        return sortData(r, column);
    case int(DataRole::SearchText):
        return QStringList{r.title, r.description, r.colorClass}.join(u'\n');
    case int(DataRole::MemberCount):
        return memberCount(r);
    default:
        return {};
    }
}

QVariant RoleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Colour:
        return tr("Colour");
    case Column::Name:
        return tr("Name");
    case Column::Description:
        return tr("Description");
    case Column::Members:
        return tr("Members");
    case Column::Permissions:
        return tr("Permissions");
    case Column::Order:
        return tr("Position");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags RoleTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QString RoleTableModel::roleIdMimeType()
{
    return QStringLiteral("application/x-returning-admin-role-id");
}

QStringList RoleTableModel::mimeTypes() const
{
    return {roleIdMimeType()};
}

QMimeData *RoleTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(roleIdMimeType(), idAt(indexes.first().row()).toUtf8());
    return data;
}

bool RoleTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(roleIdMimeType());
}

bool RoleTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(roleIdMimeType()));
    const QString target = parent.isValid() ? idAt(parent.row()) : idAt(row);
    if (id.isEmpty() || id == target)
        return false;
    emit moveRequested(id, target);
    // false: the view must not remove the dragged row; the store's update moves it.
    return false;
}

QModelIndex RoleTableModel::indexOfId(const QString &id, Column column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, int(column));
}

QString RoleTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RoleTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void RoleTableModel::syncFromStore()
{
    if (!m_store)
        return;
    const QList<Role> &fresh = m_store->roles();
    QHash<QString, int> freshIndex;
    for (int i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh.at(i).id, i);
    // Remove from the bottom so the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIndex.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        present.insert(m_rows.at(row).id);
        m_rows[row] = fresh.at(freshIndex.value(m_rows.at(row).id));
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
    QList<Role> fresher;
    for (const Role &r : fresh) {
        if (!present.contains(r.id))
            fresher.append(r);
    }
    if (!fresher.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresher.size()) - 1);
        m_rows.append(fresher);
        endInsertRows();
    }
}

void RoleTableModel::onAdded(const Role &role)
{
    if (rowOf(role.id) >= 0)
        return onChanged(role);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(role);
    endInsertRows();
}

void RoleTableModel::onChanged(const Role &role)
{
    const int row = rowOf(role.id);
    if (row < 0)
        return onAdded(role);
    m_rows[row] = role;
    emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

void RoleTableModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace ra
