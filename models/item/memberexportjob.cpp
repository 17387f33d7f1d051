#include "item/memberexportjob.h"

#include "api/apierror.h"
#include "item/tablecsvwriter.h"
#include "item/userfiltermodel.h"

#include <QSaveFile>
#include <QTimer>

namespace ra {

MemberExportJob::MemberExportJob(const UserTableModel &shown, const QString &quickFilter,
                                 const QList<int> &columns, const QString &path, QObject *parent)
    : QObject(parent)
    , m_source(std::make_unique<UserTableModel>(shown.client()))
    , m_proxy(std::make_unique<UserFilterModel>())
    , m_columns(columns)
    , m_path(path)
    , m_filter(shown.filter())
    , m_paging(shown.paging())
{
    m_proxy->setUserModel(m_source.get());
    m_proxy->setQuickFilter(quickFilter);
    connect(m_source.get(), &UserTableModel::pageLoaded, this, &MemberExportJob::onPage);
    connect(m_source.get(), &UserTableModel::loadFailed, this, [this](const ApiError &error) {
        finish(tr("Reading the members to export to %1 failed after %n member(s): %2", nullptr,
                  m_written)
                   .arg(m_path, error.userText()));
    });
}

MemberExportJob::~MemberExportJob() = default;

void MemberExportJob::start()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    QString error;
    if (!m_file->open(QIODevice::WriteOnly)) {
        error = tr("Cannot write %1: %2").arg(m_path, m_file->errorString());
    } else {
        m_writer = std::make_unique<TableCsvWriter>(*m_proxy, m_columns, *m_file);
        if (!m_writer->writeHeader())
            error = tr("Cannot write %1: %2").arg(m_path, m_writer->errorString());
    }
    if (!error.isEmpty()) {
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    m_source->setQuery(m_filter, m_paging);
}

void MemberExportJob::cancel()
{
    finish(tr("The export to %1 was cancelled after %n member(s); the file was not written.",
              nullptr, m_written)
               .arg(m_path));
}

void MemberExportJob::onPage(int count)
{
    if (m_done)
        return;
    m_read += count;
    ++m_pages;
    if (!m_writer->writeRows(m_proxy->rowCount())) {
        finish(tr("Cannot write %1: %2").arg(m_path, m_writer->errorString()));
        return;
    }
    m_written = m_writer->rowsWritten();
    // Written rows are not needed again: the next page starts from an empty table.
    m_writer->forgetRows(m_proxy->rowCount());
    m_source->dropLoadedRows();
    emit progress(m_written, m_source->totalCount());
    if (!m_source->isComplete()) {
        m_source->fetchMore({});
        return;
    }
    if (!m_file->commit()) {
        finish(tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
        return;
    }
    finish({});
}

void MemberExportJob::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_file && !error.isEmpty())
        m_file->cancelWriting();
    // A page still in flight is dropped with the model's next reset.
    m_source->clear();
    emit finished(error);
}

} // namespace ra
