#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace ra {

// The row bookkeeping every entity table shares: rows of T keyed by T::id,
// kept in step with a store one signal at a time (rowAdded/rowChanged/
// rowRemoved) and refreshed from a whole new list as a diff by id (rows that
// went are removed from the bottom up, the rest are changed in place, new ones
// are appended), so views keep their selection and scroll position.
// Subclasses supply columns, data() and headerData(). GUI thread.
template<typename T> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QString idAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
    }

    // -1 when no row has that id.
    int rowOf(const QString &id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        return -1;
    }

    // The roles every entity table answers with the same meaning, so one proxy
    // (SearchFilterModel) serves them all.
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int SearchTextRole = Qt::UserRole + 3;

protected:
    const QList<T> &rows() const { return m_rows; }

    // Follows an EntityStore<T> subclass: its rows now, a reload as a diff, and each
    // added/changed/removed signal. The connections end with either object.
    template<typename Store> void followStore(Store *store)
    {
        if (!store)
            return;
        QObject::connect(store, &Store::loaded, this, [this, store] { syncRows(store->items()); });
        QObject::connect(store, &Store::added, this, [this](const T &item) { rowAdded(item); });
        QObject::connect(store, &Store::changed, this, [this](const T &item) { rowChanged(item); });
        QObject::connect(store, &Store::removed, this,
                         [this](const QString &id) { rowRemoved(id); });
        QObject::connect(store, &Store::cleared, this, [this] { syncRows({}); });
        resetRows(store->items());
    }
    void resetRows(const QList<T> &rows) { m_rows = rows; }

    void syncRows(const QList<T> &fresh)
    {
        QHash<QString, int> freshIndex;
        for (int i = 0; i < fresh.size(); ++i)
            freshIndex.insert(fresh.at(i).id, i);
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
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        QList<T> fresher;
        for (const T &item : fresh) {
            if (!present.contains(item.id))
                fresher.append(item);
        }
        if (!fresher.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(fresher.size()) - 1);
            m_rows.append(fresher);
            endInsertRows();
        }
    }

    void rowAdded(const T &item)
    {
        if (rowOf(item.id) >= 0)
            return rowChanged(item);
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(item);
        endInsertRows();
    }

    void rowChanged(const T &item)
    {
        const int row = rowOf(item.id);
        if (row < 0)
            return rowAdded(item);
        m_rows[row] = item;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    void rowRemoved(const QString &id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

private:
    QList<T> m_rows;
};

} // namespace ra
