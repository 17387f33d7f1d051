#include "item/apilogentrytablemodel.h"

#include "item/colorcontrast.h"
#include "item/languagenotifier.h"
#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace ra {

ApiLogEntryTableModel::ApiLogEntryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    retranslateOnLanguageChange(this);
}

void ApiLogEntryTableModel::setEntries(const QString &jobId, const QList<ApiLogEntry> &entries)
{
    beginResetModel();
    m_jobId = jobId;
    m_entries = entries;
    endResetModel();
}

QString ApiLogEntryTableModel::levelOf(const ApiLogEntry &entry)
{
    const QString level = entry.extra.value(u"level").toString();
    return level.isEmpty() ? entry.status : level;
}

int ApiLogEntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ApiLogEntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QColor ApiLogEntryTableModel::failedColor()
{
    // Asked at paint time, so it follows the theme; rows alternate Base and AlternateBase.
    const QPalette palette = QGuiApplication::palette();
    return ColorContrast::readableOn(
        QColor(0xb0, 0x20, 0x20),
        {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)});
}

QVariant ApiLogEntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiLogEntry &e = m_entries.at(index.row());
    const bool failed = levelOf(e) == u"error";
    if (role == int(DataRole::Failed))
        return failed;
    if (role == Qt::ForegroundRole && failed)
        return QBrush(failedColor());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Column::Time: {
        const QDateTime t = QDateTime::fromString(e.createdAt, Qt::ISODateWithMs);
        return t.isValid() ? QLocale().toString(t.toLocalTime().time(), QLocale::LongFormat)
                           : e.createdAt;
    }
    case Column::Level:
        return levelOf(e);
    case Column::Row:
        return e.row > 0 ? QVariant(e.row) : QVariant();
    case Column::Message:
        return e.message;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ApiLogEntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Level:
        return tr("Level");
    case Column::Row:
        return tr("Line");
    case Column::Message:
        return tr("Message");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace ra
