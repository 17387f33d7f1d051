#include "item/roletablemodel.h"

#include "item/colorcontrast.h"
#include "item/languagenotifier.h"
#include "stores/rolepermissioncatalog.h"
#include "stores/rolestore.h"

#include <QColor>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QMimeData>
#include <QPalette>
#include <QSet>

namespace ra {

RoleTableModel::RoleTableModel(RoleStore *store, QObject *parent)
    : KeyedTableModel<Role>(parent)
{
    retranslateOnLanguageChange(this);
    followStore(store);
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

QColor RoleTableModel::readableColorOf(const QString &colorClass, const QPalette &palette)
{
    // Computed when asked, so a new application palette (a theme switch) takes effect with the
    // next paint. Rows alternate between Base and AlternateBase: the colour must read on both.
    return ColorContrast::readableOn(colorOf(colorClass), {palette.color(QPalette::Base),
                                                           palette.color(QPalette::AlternateBase)});
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
        // Empty where the server reports no count (the header's tooltip says why).
        const qint64 n = memberCount(role);
        return n < 0 ? QString() : QString::number(n);
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
    const Role &r = rows().at(index.row());
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
    case Qt::ForegroundRole:
        if (column == Column::Name)
            return readableColorOf(r.colorClass, QGuiApplication::palette());
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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == int(Column::Members))
        return tr("How many members hold the role, where the server reports it. The "
                  "Returning.AI API has no member count for roles, so this column stays empty "
                  "unless the server adds one.");
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

} // namespace ra
