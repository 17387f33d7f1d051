#include "item/gamificationseriesmodel.h"

#include "item/languagenotifier.h"
#include <QIODevice>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <climits>

namespace ra {

GamificationSeriesModel::GamificationSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    retranslateOnLanguageChange(this);
}

int GamificationSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GamificationSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant GamificationSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Column::Date)
            return QLocale().toString(row.date, QLocale::ShortFormat);
        return QLocale().toString(row.values[index.column()]);
    case Qt::TextAlignmentRole:
        if (column == Column::Date)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case int(DataRole::Value):
        if (column == Column::Date)
            return row.date;
        return row.values[index.column()];
    case int(DataRole::Key):
        return key(column);
    default:
        return {};
    }
}

QVariant GamificationSeriesModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return title(Column(section));
    if (role == int(DataRole::Key))
        return key(Column(section));
    return {};
}

QString GamificationSeriesModel::key(Column column)
{
    switch (column) {
    case Column::Date:
        return QStringLiteral("date");
    case Column::Xp:
        return QStringLiteral("xp");
    case Column::Coins:
        return QStringLiteral("coins");
    case Column::Messages:
        return QStringLiteral("messages");
    case Column::Replies:
        return QStringLiteral("replies");
    case Column::Reactions:
        return QStringLiteral("reactions");
    case Column::Socials:
        return QStringLiteral("socials");
    case Column::Count:
        break;
    }
    return {};
}

QString GamificationSeriesModel::title(Column column)
{
    switch (column) {
    case Column::Date:
        return tr("Date");
    case Column::Xp:
        return tr("XP");
    case Column::Coins:
        return tr("Coins");
    case Column::Messages:
        return tr("Messages");
    case Column::Replies:
        return tr("Replies");
    case Column::Reactions:
        return tr("Reactions");
    case Column::Socials:
        return tr("Socials");
    case Column::Count:
        break;
    }
    return {};
}

QString GamificationSeriesModel::valueText(Column column, qint64 value)
{
    const int n = int(std::clamp<qint64>(value, INT_MIN, INT_MAX)); // for the plural form
    switch (column) {
    case Column::Xp:
        return tr("%L1 XP").arg(value);
    case Column::Coins:
        return tr("%Ln coin(s)", nullptr, n);
    case Column::Messages:
        return tr("%Ln message(s)", nullptr, n);
    case Column::Replies:
        return tr("%Ln reply(s)", nullptr, n);
    case Column::Reactions:
        return tr("%Ln reaction(s)", nullptr, n);
    case Column::Socials:
        return tr("%Ln social(s)", nullptr, n);
    case Column::Date:
    case Column::Count:
        break;
    }
    return QLocale().toString(value);
}

void GamificationSeriesModel::setHistory(const QList<GamificationDay> &days)
{
    merge(days, true);
}

void GamificationSeriesModel::setStats(const QList<GamificationDay> &days)
{
    merge(days, false);
}

void GamificationSeriesModel::clear()
{
    m_historyDays.clear();
    m_statsDays.clear();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void GamificationSeriesModel::merge(const QList<GamificationDay> &days, bool history)
{
    // The two halves arrive separately; rows are the union of their dates, so while a range
    // changes a day only one half reports yet shows zero in the other.
    QMap<QDate, GamificationDay> &half = history ? m_historyDays : m_statsDays;
    half.clear();
    for (const GamificationDay &day : days) {
        const QDate date = QDate::fromString(day.date.left(10), Qt::ISODate);
        if (date.isValid())
            half.insert(date, day);
    }
    QMap<QDate, Row> byDate;
    for (auto it = m_historyDays.cbegin(); it != m_historyDays.cend(); ++it) {
        Row &row = byDate[it.key()];
        row.date = it.key();
        row.values[int(Column::Xp)] = it->xp;
        row.values[int(Column::Coins)] = it->coins;
    }
    for (auto it = m_statsDays.cbegin(); it != m_statsDays.cend(); ++it) {
        Row &row = byDate[it.key()];
        row.date = it.key();
        row.values[int(Column::Messages)] = it->messages;
        row.values[int(Column::Replies)] = it->replies;
        row.values[int(Column::Reactions)] = it->reactions;
        row.values[int(Column::Socials)] = it->socials;
    }
    beginResetModel();
    m_rows = byDate.values();
    endResetModel();
}

QDate GamificationSeriesModel::dateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).date : QDate();
}

qint64 GamificationSeriesModel::valueAt(int row, Column column) const
{
    if (row < 0 || row >= m_rows.size() || column == Column::Date || column == Column::Count)
        return 0;
    return m_rows.at(row).values[int(column)];
}

QList<qint64> GamificationSeriesModel::series(Column column) const
{
    QList<qint64> out;
    out.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        out.append(valueAt(i, column));
    return out;
}

bool GamificationSeriesModel::writeCsv(QIODevice *device, const QList<Column> &columns,
                                       QString *error) const
{
    QByteArray out;
    out += "date";
    for (Column c : columns) {
        if (c != Column::Date && c != Column::Count)
            out += ',' + key(c).toUtf8();
    }
    out += "\r\n";
    for (const Row &row : m_rows) {
        out += row.date.toString(Qt::ISODate).toUtf8();
        for (Column c : columns) {
            if (c != Column::Date && c != Column::Count)
                out += ',' + QByteArray::number(row.values[int(c)]);
        }
        out += "\r\n";
    }
    if (device->write(out) != out.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace ra
