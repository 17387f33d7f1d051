#include "api/requestlogwriter.h"

#include "api/requestlog.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ra {

RequestLogWriter::RequestLogWriter(RequestLog *log, QObject *parent)
    : QObject(parent)
{
    if (log)
        connect(log, &RequestLog::appended, this, &RequestLogWriter::write);
}

bool RequestLogWriter::open(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = QCoreApplication::translate("ra::RequestLogWriter",
                                             "Cannot write the request log to %1: %2")
                     .arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void RequestLogWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

QByteArray RequestLogWriter::toJsonLine(const RequestRecord &record)
{
    return QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

void RequestLogWriter::write(const RequestRecord &record)
{
    if (!m_file.isOpen())
        return;
    m_file.write(toJsonLine(record));
    m_file.flush(); // a crash or kill must not lose what was logged
    ++m_lines;
}

} // namespace ra
