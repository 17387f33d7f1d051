#pragma once

#include "api/apicall.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

class QFile;

namespace ra {

// A read-once request body: a sequence of byte blocks and files read in
// order, never rewound. Streaming keeps a large CSV off the heap; being
// sequential (with Content-Length and no buffering) stops the network layer
// from silently re-sending a non-idempotent request after a dropped
// connection: it fails with ContentReSendError instead and the client
// decides. Owned by the request it feeds. Client thread.
class UploadDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit UploadDevice(QObject *parent = nullptr);
    ~UploadDevice() override;

    void addBytes(const QByteArray &bytes);
    // Streams `path`; false with `error` set when it cannot be opened.
    bool addFile(const QString &path, QString *error);
    qint64 totalSize() const { return m_total; }

    // A multipart/form-data body of `fields`; `contentType` receives the
    // header value with its boundary. nullptr with `error` set on failure.
    static UploadDevice *multipart(const QList<FormField> &fields, QByteArray *contentType,
                                   QString *error, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    // A read-once body cannot be rewound (quietly, unlike QIODevice).
    bool seek(qint64) override { return false; }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct Segment
    {
        QByteArray bytes;
        QFile *file = nullptr; // owned (child)
        qint64 size = 0;
    };
    QList<Segment> m_segments;
    int m_index = 0;
    qint64 m_offset = 0; // within the current segment
    qint64 m_total = 0;
    qint64 m_consumed = 0;
};

} // namespace ra
