#pragma once

#include "domain/importjob.h"

#include "item/keyedtablemodel.h"

#include <QPointer>

namespace ra {

class ApiJobStore;

// A table over ApiJobStore: one row per bulk job of the community (newest
// first, as the server lists them). A reload is applied as a diff by id so
// the selected job stays selected while the list refreshes. Does not own the
// store; GUI thread.
class ApiJobTableModel : public KeyedTableModel<ImportJob>
{
    Q_OBJECT

public:
    enum class Column {
        Started,
        File,
        Kind,
        State,
        Total,
        Processed,
        Created,
        Updated,
        Failed,
        Finished,
        Count
    };
    enum class DataRole { Id = Qt::UserRole + 1, Sort };

    explicit ApiJobTableModel(ApiJobStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static qint64 createdCount(const ImportJob &job);
    static qint64 updatedCount(const ImportJob &job);

private:
    QPointer<ApiJobStore> m_store;
};

} // namespace ra
