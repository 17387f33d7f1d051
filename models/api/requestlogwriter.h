#pragma once

#include <QFile>
#include <QObject>
#include <QString>

namespace ra {

class RequestLog;
struct RequestRecord;

// Writes every record appended to a RequestLog as one JSON line to a file
// (`--log-requests FILE`). Records hold no secrets. Does not own the log;
// owns the file. GUI thread.
class RequestLogWriter : public QObject
{
    Q_OBJECT

public:
    explicit RequestLogWriter(RequestLog *log, QObject *parent = nullptr);

    // Opens (appends to) `path`; false with `error` set when it cannot.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    qint64 linesWritten() const { return m_lines; }

    static QByteArray toJsonLine(const RequestRecord &record);

private:
    void write(const RequestRecord &record);

    QFile m_file;
    qint64 m_lines = 0;
};

} // namespace ra
