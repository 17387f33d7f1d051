#include "panes/imagedropwidget.h"
#include "themecontroller.h"

#include "stores/imagefile.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

namespace {
QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}
} // namespace

ImageDropWidget::ImageDropWidget(QWidget *parent)
    : QFrame(parent)
    , m_preview(new QLabel(this))
    , m_status(new QLabel(this))
    , m_choose(new QPushButton(this))
    , m_clear(new QPushButton(this))
{
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    m_preview->setObjectName(QStringLiteral("imagePreview"));
    m_preview->setFixedSize(previewSize, previewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::Box);
    m_status->setObjectName(QStringLiteral("imageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose->setObjectName(QStringLiteral("chooseImageButton"));
    m_clear->setObjectName(QStringLiteral("clearImageButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_status, 1);
    side->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addLayout(side, 1);
    connect(m_choose, &QPushButton::clicked, this, &ImageDropWidget::chooseFile);
    connect(m_clear, &QPushButton::clicked, this, &ImageDropWidget::clear);
    retranslate();
    setStatus(emptyText(), false);
}

QString ImageDropWidget::emptyText() const
{
    return tr("No image. Drop a PNG, JPEG, GIF, WebP or BMP file here (at most %1 MB) or "
              "choose one.")
        .arg(maxBytes / (1024 * 1024));
}

void ImageDropWidget::retranslate()
{
    m_choose->setText(tr("&Choose…"));
    m_choose->setAccessibleName(tr("Choose image file"));
    m_clear->setText(tr("Remove"));
    m_clear->setAccessibleName(tr("Remove image"));
    m_preview->setAccessibleName(tr("Image preview"));
    setToolTip(tr("Drop an image file here (at most %1 MB).").arg(maxBytes / (1024 * 1024)));
}

void ImageDropWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ImageDropWidget::setCurrent(const QString &url, const QImage &image)
{
    m_url = url;
    m_bytes.clear();
    if (url.isEmpty()) {
        showPreview({});
        setStatus(emptyText(), false);
        return;
    }
    setCurrentImage(image);
}

void ImageDropWidget::setCurrentImage(const QImage &image)
{
    if (hasPendingUpload())
        return;
    showPreview(image);
    setStatus(image.isNull() ? tr("Current image (loading…): %1").arg(m_url)
                             : tr("Current image: %1").arg(m_url),
              false);
}

void ImageDropWidget::setUploaded(const QString &url)
{
    m_url = url;
    m_bytes.clear();
    setStatus(tr("Uploaded: %1").arg(url), false);
}

QString ImageDropWidget::statusText() const
{
    return m_status->text();
}

void ImageDropWidget::setStatus(const QString &text, bool error)
{
    m_error = error;
    m_status->setText(text);
    ThemeController::setTone(m_status,
                             error ? ThemeController::Tone::Error : ThemeController::Tone::Normal);
}

void ImageDropWidget::showPreview(const QImage &image)
{
    if (image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("No image"));
        return;
    }
    const QImage scaled = image.scaled(previewSize - 4, previewSize - 4, Qt::KeepAspectRatio,
                                       Qt::SmoothTransformation);
    m_preview->setPixmap(QPixmap::fromImage(scaled));
}

bool ImageDropWidget::loadFile(const QString &path)
{
    QString error;
    const ImageFile file = ImageFile::load(path, &error);
    if (file.isNull()) {
        setStatus(error, true);
        return false;
    }
    const QByteArray &bytes = file.bytes;
    const QImage &image = file.image;
    const QString &name = file.fileName;
    m_bytes = bytes;
    m_fileName = name;
    m_mimeType = file.mimeType;
    showPreview(image);
    setStatus(tr("%1 (%2 × %3, %4), uploaded when you save.")
                  .arg(name)
                  .arg(image.width())
                  .arg(image.height())
                  .arg(QLocale().formattedDataSize(bytes.size())),
              false);
    emit imageChanged();
    return true;
}

void ImageDropWidget::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose Badge Image"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("imageFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(ImageFile::nameFilter());
    // Qt's own dialog: the same on every desktop, and tests can drive it.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, &ImageDropWidget::loadFile);
    dialog->open();
}

void ImageDropWidget::setDarkBackground(bool dark)
{
    m_preview->setAutoFillBackground(dark);
    QPalette palette = m_preview->palette();
    palette.setColor(QPalette::Window, dark ? QColor(0x26, 0x28, 0x2c) : QColor());
    palette.setColor(QPalette::WindowText, dark ? QColor(0xe8, 0xea, 0xed) : QColor());
    m_preview->setPalette(dark ? palette : QPalette());
}

void ImageDropWidget::clear()
{
    m_url.clear();
    m_bytes.clear();
    m_fileName.clear();
    showPreview({});
    setStatus(emptyText(), false);
    emit imageChanged();
}

void ImageDropWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImageDropWidget::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    loadFile(path);
}

} // namespace ra
