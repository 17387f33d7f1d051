#pragma once

#include "stores/imagefile.h"

#include <QFrame>
#include <QImage>

class QLabel;
class QPushButton;

namespace ra {

// Picks one image file for upload: drop a file on it or press Choose… (a file dialog), and it
// checks the format (PNG, JPEG, GIF, WebP, BMP, as the upload accepts) and the size (at most
// maxBytes) before showing a preview; a refused file is explained in its status line and the
// previous choice is kept. Also shows an image already on the server (setCurrent()). The caller
// uploads pendingBytes() and reports the URL back with setUploaded(). GUI thread; owned by its
// parent.
class ImageDropWidget : public QFrame
{
    Q_OBJECT

public:
    static constexpr qint64 maxBytes = ImageFile::maxBytes;
    static constexpr int previewSize = 96;

    explicit ImageDropWidget(QWidget *parent = nullptr);

    // The image on the server: its URL and, once loaded, its picture (null: still loading).
    void setCurrent(const QString &url, const QImage &image = {});
    void setCurrentImage(const QImage &image);
    QString url() const { return m_url; }

    bool hasPendingUpload() const { return !m_bytes.isEmpty(); }
    const QByteArray &pendingBytes() const { return m_bytes; }
    QString pendingFileName() const { return m_fileName; }
    QString pendingMimeType() const { return m_mimeType; }
    // The pending file was uploaded to `url`.
    void setUploaded(const QString &url);

    // Checks and takes `path`; false (and the reason in statusText()) when it is refused.
    bool loadFile(const QString &path);
    void chooseFile();
    // Shows the preview on a dark ground (for the dark-theme image).
    void setDarkBackground(bool dark);
    void clear();
    QString statusText() const;

signals:
    void imageChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString emptyText() const;
    void showPreview(const QImage &image);
    void setStatus(const QString &text, bool error);

    QLabel *m_preview;
    QLabel *m_status;
    QPushButton *m_choose;
    QPushButton *m_clear;
    QString m_url;
    QByteArray m_bytes;
    QString m_fileName;
    QString m_mimeType;
    bool m_error = false;
};

} // namespace ra
