#pragma once

#include "assign/assigntarget.h"
#include "assign/targetdrag.h"

#include <QColor>
#include <QFrame>
#include <QImage>
#include <QPoint>

namespace ra {

// One role (a colour swatch and its name) or badge (its image and name) in the palette. It is
// a drop target and a drag source:
// - users dragged from the Users table (AssignTarget::userIdsMimeType) -> usersDropped();
// - a CSV file dropped from a file manager -> csvDropped();
// - plain text (a list of ids, usernames or e-mails) -> listPasted();
// - dragging the tile itself carries the target (AssignTarget::targetMimeType), for a user row
//   or the user detail panel.
// It takes keyboard focus (Tab); Ctrl+V pastes the clipboard's text as a user list, and the
// context menu (right click, the Menu key, Shift+F10) is asked for through menuRequested().
// GUI thread.
class PaletteTile : public QFrame
{
    Q_OBJECT

public:
    explicit PaletteTile(const AssignTarget &target, QWidget *parent = nullptr);

    const AssignTarget &target() const { return m_target; }
    void setTarget(const AssignTarget &target);
    void setSwatch(const QColor &colour);
    void setImage(const QImage &image);
    // The badge image's URL (what the ImageCache loads); empty for roles.
    QString imageUrl() const { return m_imageUrl; }
    void setImageUrl(const QString &url) { m_imageUrl = url; }
    bool isDropHighlighted() const { return m_dropHover; }
    QSize sizeHint() const override;

signals:
    void usersDropped(const ra::AssignTarget &target, const QStringList &userIds);
    void csvDropped(const ra::AssignTarget &target, const QString &path);
    void listPasted(const ra::AssignTarget &target, const QString &text);
    void menuRequested(const ra::AssignTarget &target, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // What a drag carries that this tile can take, or Nothing.
    enum class Payload { Nothing, Users, Csv, Text };
    static Payload payloadOf(const QMimeData *mime);
    static QString csvPath(const QMimeData *mime);
    void setDropHover(bool hover);
    void updateToolTip();

    AssignTarget m_target;
    QColor m_swatch;
    QImage m_image;
    QString m_imageUrl;
    TargetDrag m_drag;
    bool m_dropHover = false;
};

} // namespace ra
