#include "item/csvexportjob.h"

#include "item/tablecsvwriter.h"

#include <QAbstractItemModel>
#include <QSaveFile>
#include <QTimer>

namespace ra {

namespace {
constexpr int kChunkRows = 2000;
}

CsvExportJob::CsvExportJob(const QAbstractItemModel &model, const QList<int> &columns,
                           const QString &path, QObject *parent)
    : QObject(parent)
    , m_model(&model)
    , m_columns(columns)
    , m_path(path)
{
    auto changed = [this] {
        m_changed = true;
    };
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, changed);
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, changed);
    connect(&model, &QAbstractItemModel::layoutAboutToBeChanged, this, changed);
    // Rows arriving after the written part (a page appended) are fine; before it they would
    // shift rows already written.
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) {
                if (first < rowsWritten())
                    m_changed = true;
            });
}

CsvExportJob::~CsvExportJob() = default;

int CsvExportJob::rowsWritten() const
{
    return m_writer ? m_writer->rowsWritten() : 0;
}

void CsvExportJob::start()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString error = tr("Cannot write %1: %2").arg(m_path, m_file->errorString());
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    m_writer = std::make_unique<TableCsvWriter>(*m_model, m_columns, *m_file);
    if (!m_writer->writeHeader()) {
        const QString error = tr("Cannot write %1: %2").arg(m_path, m_writer->errorString());
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    QTimer::singleShot(0, this, &CsvExportJob::writeChunk);
}

void CsvExportJob::cancel()
{
    finish(tr("The export to %1 was cancelled.").arg(m_path));
}

void CsvExportJob::writeChunk()
{
    if (m_done)
        return;
    if (!m_model || m_changed) {
        finish(tr("The table changed while exporting to %1; nothing was written.").arg(m_path));
        return;
    }
    if (!m_writer->writeRows(kChunkRows)) {
        finish(tr("Cannot write %1: %2").arg(m_path, m_writer->errorString()));
        return;
    }
    emit progress(m_writer->rowsWritten(), m_writer->rowCount());
    if (!m_writer->atEnd()) {
        QTimer::singleShot(0, this, &CsvExportJob::writeChunk);
        return;
    }
    if (!m_file->commit()) {
        finish(tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
        return;
    }
    finish({});
}

void CsvExportJob::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_file && !error.isEmpty())
        m_file->cancelWriting();
    emit finished(error);
}

} // namespace ra
