#include "assign/palettetile.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QUrl>

namespace ra {

namespace {
constexpr int kIcon = 24;
constexpr int kPad = 6;
} // namespace

PaletteTile::PaletteTile(const AssignTarget &target, QWidget *parent)
    : QFrame(parent)
    , m_target(target)
{
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setAttribute(Qt::WA_Hover);
    setObjectName(QStringLiteral("paletteTile"));
    updateToolTip();
}

void PaletteTile::setTarget(const AssignTarget &target)
{
    m_target = target;
    updateToolTip();
    updateGeometry();
    update();
}

void PaletteTile::setSwatch(const QColor &colour)
{
    m_swatch = colour;
    update();
}

void PaletteTile::setImage(const QImage &image)
{
    m_image = image;
    update();
}

QSize PaletteTile::sizeHint() const
{
    const int text = fontMetrics().horizontalAdvance(m_target.name);
    return {std::min(kPad * 3 + kIcon + text, 220), kIcon + 2 * kPad};
}

void PaletteTile::updateToolTip()
{
    setToolTip(
        m_target.kind == AssignTarget::Kind::Role
            ? tr("Role \"%1\": drop members here, or paste a list (Ctrl+V)").arg(m_target.name)
            : tr("Badge \"%1\": drop members here, or paste a list (Ctrl+V)").arg(m_target.name));
    setAccessibleName(m_target.describe());
}

void PaletteTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateToolTip();
    QFrame::changeEvent(event);
}

void PaletteTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QColor frame = pal.color(QPalette::Mid);
    QColor fill = pal.color(QPalette::Base);
    if (m_dropHover) {
        fill = pal.color(QPalette::Highlight).lighter(170);
        frame = pal.color(QPalette::Highlight);
    } else if (underMouse()) {
        fill = pal.color(QPalette::AlternateBase);
    }
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(frame, hasFocus() || m_dropHover ? 2 : 1));
    p.setBrush(fill);
    p.drawRoundedRect(box, 5, 5);

    const QRect icon(kPad, (height() - kIcon) / 2, kIcon, kIcon);
    if (m_target.kind == AssignTarget::Kind::Role) {
        p.setPen(Qt::NoPen);
        p.setBrush(m_swatch.isValid() ? m_swatch : pal.color(QPalette::Mid));
        p.drawRoundedRect(icon.adjusted(3, 3, -3, -3), 3, 3);
    } else if (!m_image.isNull()) {
        p.drawImage(icon,
                    m_image.scaled(icon.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        // No image (yet): a plain medal outline.
        p.setPen(QPen(pal.color(QPalette::Mid), 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(icon.adjusted(4, 4, -4, -4));
    }
    p.setPen(pal.color(QPalette::Text));
    const QRect text(icon.right() + kPad, 0, width() - icon.right() - 2 * kPad, height());
    p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
               fontMetrics().elidedText(m_target.name, Qt::ElideRight, text.width()));
}

void PaletteTile::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        const QString text = QApplication::clipboard()->text();
        if (!text.trimmed().isEmpty()) {
            emit listPasted(m_target, text);
        } else {
            QToolTip::showText(mapToGlobal(rect().bottomLeft()),
                               tr("The clipboard holds no text. Copy a list of member ids, "
                                  "usernames or e-mails (one per line), then press Ctrl+V here."),
                               this);
        }
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void PaletteTile::contextMenuEvent(QContextMenuEvent *event)
{
    const QPoint at = event->reason() == QContextMenuEvent::Mouse
                          ? event->globalPos()
                          : mapToGlobal(QPoint(width() / 2, height() / 2));
    emit menuRequested(m_target, at);
    event->accept();
}

void PaletteTile::mousePressEvent(QMouseEvent *event)
{
    m_drag.press(this, event);
    QFrame::mousePressEvent(event);
}

void PaletteTile::mouseMoveEvent(QMouseEvent *event)
{
    Qt::DropAction action = Qt::IgnoreAction;
    if (!m_drag.move(this, event, m_target, Qt::CopyAction, &action))
        QFrame::mouseMoveEvent(event);
}

PaletteTile::Payload PaletteTile::payloadOf(const QMimeData *mime)
{
    if (!mime || mime->hasFormat(AssignTarget::targetMimeType))
        return Payload::Nothing; // a tile onto a tile means nothing
    if (mime->hasFormat(AssignTarget::userIdsMimeType))
        return Payload::Users;
    if (!csvPath(mime).isEmpty())
        return Payload::Csv;
    if (mime->hasText() && !mime->hasUrls() && !mime->text().trimmed().isEmpty())
        return Payload::Text;
    return Payload::Nothing;
}

QString PaletteTile::csvPath(const QMimeData *mime)
{
    if (!mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") ? path : QString();
}

void PaletteTile::setDropHover(bool hover)
{
    if (m_dropHover == hover)
        return;
    m_dropHover = hover;
    update();
}

void PaletteTile::dragEnterEvent(QDragEnterEvent *event)
{
    if (payloadOf(event->mimeData()) == Payload::Nothing) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setDropHover(true);
}

void PaletteTile::dragMoveEvent(QDragMoveEvent *event)
{
    if (payloadOf(event->mimeData()) == Payload::Nothing) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void PaletteTile::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHover(false);
    QFrame::dragLeaveEvent(event);
}

void PaletteTile::dropEvent(QDropEvent *event)
{
    setDropHover(false);
    const QMimeData *mime = event->mimeData();
    switch (payloadOf(mime)) {
    case Payload::Nothing:
        event->ignore();
        return;
    case Payload::Users:
        emit usersDropped(m_target, AssignTarget::readUserIds(*mime));
        break;
    case Payload::Csv:
        emit csvDropped(m_target, csvPath(mime));
        break;
    case Payload::Text:
        emit listPasted(m_target, mime->text());
        break;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

} // namespace ra
