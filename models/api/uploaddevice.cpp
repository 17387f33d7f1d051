#include "api/uploaddevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace ra {

UploadDevice::UploadDevice(QObject *parent)
    : QIODevice(parent)
{
    open(QIODevice::ReadOnly);
}

UploadDevice::~UploadDevice() = default;

void UploadDevice::addBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    Segment s;
    s.bytes = bytes;
    s.size = bytes.size();
    m_total += s.size;
    m_segments.append(s);
}

bool UploadDevice::addFile(const QString &path, QString *error)
{
    auto *file = new QFile(path, this);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ra::UploadDevice", "cannot read %1: %2")
                     .arg(path, file->errorString());
        delete file;
        return false;
    }
    Segment s;
    s.file = file;
    s.size = file->size();
    m_total += s.size;
    m_segments.append(s);
    return true;
}

qint64 UploadDevice::bytesAvailable() const
{
    return m_total - m_consumed + QIODevice::bytesAvailable();
}

bool UploadDevice::atEnd() const
{
    return bytesAvailable() == 0;
}

qint64 UploadDevice::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && m_index < m_segments.size()) {
        Segment &s = m_segments[m_index];
        const qint64 want = std::min(maxSize - done, s.size - m_offset);
        qint64 got = 0;
        if (s.file) {
            got = s.file->read(data + done, want);
            if (got < 0)
                return done > 0 ? done : -1;
        } else {
            std::memcpy(data + done, s.bytes.constData() + m_offset, size_t(want));
            got = want;
        }
        done += got;
        m_offset += got;
        m_consumed += got;
        if (m_offset >= s.size || got == 0) {
            if (s.file)
                s.file->close();
            s.bytes.clear(); // sent: release it
            ++m_index;
            m_offset = 0;
        }
    }
    if (done == 0 && m_index >= m_segments.size())
        return -1; // end of body
    return done;
}

qint64 UploadDevice::writeData(const char *, qint64)
{
    return -1;
}

UploadDevice *UploadDevice::multipart(const QList<FormField> &fields, QByteArray *contentType,
                                      QString *error, QObject *parent)
{
    const QByteArray boundary =
        "----ReturningAdmin" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    auto *device = new UploadDevice(parent);
    for (const FormField &f : fields) {
        QByteArray head =
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name + '"';
        if (!f.fileName.isEmpty()) {
            QString safe = f.fileName;
            safe.replace(u'"', u'_');
            safe.replace(u'\r', u'_');
            safe.replace(u'\n', u'_');
            head += "; filename=\"" + safe.toUtf8() + '"';
        }
        head += "\r\n";
        if (!f.contentType.isEmpty())
            head += "Content-Type: " + f.contentType + "\r\n";
        head += "\r\n";
        device->addBytes(head);
        if (!f.filePath.isEmpty()) {
            if (!device->addFile(f.filePath, error)) {
                delete device;
                return nullptr;
            }
        } else {
            device->addBytes(f.data);
        }
        device->addBytes(QByteArrayLiteral("\r\n"));
    }
    device->addBytes("--" + boundary + "--\r\n");
    *contentType = "multipart/form-data; boundary=" + boundary;
    return device;
}

} // namespace ra
