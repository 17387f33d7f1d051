#include "item/userfieldtablemodel.h"

#include "domain/userfieldrules.h"
#include "stores/userfieldstore.h"

#include <QDateTime>
#include <QLocale>

namespace ra {

namespace {
QDateTime created(const UserField &field)
{
    return QDateTime::fromString(field.createdAt, Qt::ISODateWithMs);
}
} // namespace

UserFieldTableModel::UserFieldTableModel(UserFieldStore *store, QObject *parent)
    : KeyedTableModel<UserField>(parent)
{
    followStore(store);
}

int UserFieldTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant UserFieldTableModel::displayData(const UserField &f, Column column) const
{
    switch (column) {
    case Column::Name:
        return f.name;
    case Column::Key:
        return f.field;
    case Column::Type:
        return UserFieldRules::typeName(f.type);
    case Column::Required:
        return f.required ? tr("Required") : tr("Optional");
    case Column::Default:
        return f.defaultValue;
    case Column::Options:
        return f.options.join(QStringLiteral(", "));
    case Column::Created: {
        const QDateTime t = created(f);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                           : f.createdAt;
    }
    case Column::Count:
        break;
    }
    return {};
}

QVariant UserFieldTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserField &f = rows().at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(f, column);
    case Qt::ToolTipRole:
        if (column == Column::Type)
            return f.type;
        if (column == Column::Created)
            return f.createdAt;
        return {};
    case int(DataRole::Id):
        return f.id;
    case int(DataRole::Type):
        return f.type;
    case int(DataRole::SearchText):
        return QString(f.name + u'\n' + f.field + u'\n' + UserFieldRules::typeName(f.type));
    case int(DataRole::Sort):
        if (column == Column::Created)
            return created(f);
        if (column == Column::Required)
            return f.required;
        return displayData(f, column).toString().toLower();
    default:
        return {};
    }
}

QVariant UserFieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Key:
        return tr("Key");
    case Column::Type:
        return tr("Type");
    case Column::Required:
        return tr("Required");
    case Column::Default:
        return tr("Default");
    case Column::Options:
        return tr("Options");
    case Column::Created:
        return tr("Created");
    case Column::Count:
        break;
    }
    return {};
}

QModelIndex UserFieldTableModel::indexOfId(const QString &id, Column column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, int(column));
}

UserFieldFilterModel::UserFieldFilterModel(QObject *parent)
    : SearchFilterModel(int(UserFieldTableModel::DataRole::SearchText),
                        int(UserFieldTableModel::DataRole::Sort), parent)
{
}

} // namespace ra
