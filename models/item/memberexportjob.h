#pragma once

#include "item/userfilterspec.h"
#include "item/usertablemodel.h"

#include <QList>
#include <QObject>

#include <memory>

class QSaveFile;

namespace ra {

class TableCsvWriter;
class UserFilterModel;

// Exports every member a server filter matches, not only the rows a table has loaded: reads the
// remaining pages of Get Users with Filters itself (its own UserTableModel, same filter and
// paging mode), keeps the rows that pass the quick filter, writes them with TableCsvWriter and
// forgets each page once written, so memory stays flat over a million members. Rows come in
// the server's order. One page per request and a page's rows written in one go keep every
// event-loop turn short. The file is written through QSaveFile and replaces the target only
// when the last page was written; a failed page, a write error or cancel() leave the old file.
// Emits progress() after each page and finished() exactly once. Does not own the client;
// owned by its parent; GUI thread.
class MemberExportJob : public QObject
{
    Q_OBJECT

public:
    // Exports what `shown` would list with its filter and paging mode, all pages of it.
    MemberExportJob(const UserTableModel &shown, const QString &quickFilter,
                    const QList<int> &columns, const QString &path, QObject *parent = nullptr);
    ~MemberExportJob() override;

    // Opens the file and asks for the first page; finished() follows (also on failure).
    void start();
    void cancel();
    QString path() const { return m_path; }
    // Members written so far (after the quick filter).
    int rowsWritten() const { return m_written; }
    // Members read from the server so far (before the quick filter).
    qint64 rowsRead() const { return m_read; }
    int pagesRead() const { return m_pages; }

signals:
    // `total` is the server's count of matching members, or -1 when it gives none.
    void progress(int rowsWritten, qint64 total);
    // `error` is empty on success.
    void finished(const QString &error);

private:
    void onPage(int count);
    void finish(const QString &error);

    std::unique_ptr<UserTableModel> m_source;
    std::unique_ptr<UserFilterModel> m_proxy;
    QList<int> m_columns;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<TableCsvWriter> m_writer;
    UserFilterSpec m_filter;
    UserTableModel::Paging m_paging;
    int m_written = 0;
    qint64 m_read = 0;
    int m_pages = 0; // the model's own count restarts when finish() clears it
    bool m_done = false;
};

} // namespace ra
