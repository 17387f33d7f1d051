#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ra {

// What a message's text carries besides words. Send Message has no field for images, so the
// composer puts each uploaded image's URL on a line of its own after the text; split() finds
// such lines again (an http(s) URL alone on its line whose path ends in an image extension or
// lies under /uploads/) and takes them out of the text. Reactions are shortcodes (":heart:");
// glyphOf() shows the common ones as emoji. Stateless; any thread.
namespace MessageText {

struct Parts
{
    QString text;       // the words, image lines removed, trimmed
    QStringList images; // image URLs in order
};

Parts split(const QString &message);
// The text to send: `text`, then one line per image URL.
QString compose(const QString &text, const QStringList &imageUrls);

// The small picker's reactions: (shortcode, emoji), in the picker's order.
const QList<QPair<QString, QString>> &commonReactions();
// The emoji of a common shortcode, else the shortcode itself.
QString glyphOf(const QString &shortcode);

} // namespace MessageText

} // namespace ra
