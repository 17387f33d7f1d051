#include "item/apijobtablemodel.h"

#include "item/languagenotifier.h"
#include "stores/apijobstore.h"

#include <QDateTime>
#include <QLocale>

namespace ra {

namespace {
QString shortTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}
} // namespace

ApiJobTableModel::ApiJobTableModel(ApiJobStore *store, QObject *parent)
    : KeyedTableModel<ImportJob>(parent)
    , m_store(store)
{
    retranslateOnLanguageChange(this);
    if (!store)
        return;
    syncRows(store->jobs());
    connect(store, &ApiJobStore::loaded, this,
            [this](const QList<ImportJob> &jobs) { syncRows(jobs); });
    connect(store, &ApiJobStore::cleared, this, [this] { syncRows({}); });
}

qint64 ApiJobTableModel::createdCount(const ImportJob &job)
{
    return job.extra.value(u"created").toInteger(job.kind == u"import" ? job.succeeded : 0);
}

qint64 ApiJobTableModel::updatedCount(const ImportJob &job)
{
    return job.extra.value(u"updated").toInteger(job.kind == u"update" ? job.succeeded : 0);
}

int ApiJobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ApiJobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportJob &job = rows().at(index.row());
    const auto column = Column(index.column());
    if (role == int(DataRole::Id))
        return job.id;
    if (role == Qt::TextAlignmentRole) {
        if (column >= Column::Total && column <= Column::Failed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && column == Column::State) {
        const QString error = job.extra.value(u"error").toString();
        return error.isEmpty() ? job.state : error;
    }
    if (role != Qt::DisplayRole && role != int(DataRole::Sort))
        return {};
    const bool sort = role == int(DataRole::Sort);
    switch (column) {
    case Column::Started:
        return sort ? job.createdAt : shortTime(job.createdAt);
    case Column::File:
        return job.fileName;
    case Column::Kind:
        return sort ? job.kind : job.kind == u"update" ? tr("Update") : tr("Import");
    case Column::State:
        return job.state;
    case Column::Total:
        return job.total;
    case Column::Processed:
        return job.processed;
    case Column::Created:
        return createdCount(job);
    case Column::Updated:
        return updatedCount(job);
    case Column::Failed:
        return job.failed;
    case Column::Finished:
        return sort ? job.finishedAt : shortTime(job.finishedAt);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ApiJobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedTableModel<ImportJob>::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Started:
        return tr("Started");
    case Column::File:
        return tr("File");
    case Column::Kind:
        return tr("Kind");
    case Column::State:
        return tr("State");
    case Column::Total:
        return tr("Rows");
    case Column::Processed:
        return tr("Processed");
    case Column::Created:
        return tr("Created");
    case Column::Updated:
        return tr("Updated");
    case Column::Failed:
        return tr("Failed");
    case Column::Finished:
        return tr("Finished");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace ra
