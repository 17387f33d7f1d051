#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAbstractItemModel;
class QSaveFile;

namespace ra {

class TableCsvWriter;

// Exports a table model's current rows and columns to a CSV file (TableCsvWriter) a chunk of
// rows per event-loop turn, so a 100,000-row export keeps the window responsive; the file is
// written through QSaveFile and only replaces the target when every row was written. Emits
// progress() while writing and finished() exactly once (with an error text naming the file on
// failure). If the model resets or loses rows meanwhile, the export stops with an error rather
// than write a mix. Owned by its parent; deletes nothing else. GUI thread.
class CsvExportJob : public QObject
{
    Q_OBJECT

public:
    CsvExportJob(const QAbstractItemModel &model, const QList<int> &columns, const QString &path,
                 QObject *parent = nullptr);
    ~CsvExportJob() override;

    // Opens the file and starts writing; finished() follows (also for an open failure).
    void start();
    void cancel();
    QString path() const { return m_path; }
    int rowsWritten() const;

signals:
    void progress(int rowsWritten, int rowCount);
    // `error` is empty on success.
    void finished(const QString &error);

private:
    void writeChunk();
    void finish(const QString &error);

    QPointer<const QAbstractItemModel> m_model;
    QList<int> m_columns;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<TableCsvWriter> m_writer;
    bool m_done = false;
    bool m_changed = false;
};

} // namespace ra
