#include "messages/messagetext.h"

#include <QUrl>

namespace ra {

namespace {
bool isImageLine(const QString &line)
{
    if (line.isEmpty() || line.contains(u' '))
        return false;
    const QUrl url(line, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty())
        return false;
    const QString path = url.path().toLower();
    if (path.contains(u"/uploads/"))
        return true;
    for (const char16_t *ext : {u".png", u".jpg", u".jpeg", u".gif", u".webp"}) {
        if (path.endsWith(QStringView(ext)))
            return true;
    }
    return false;
}
} // namespace

MessageText::Parts MessageText::split(const QString &message)
{
    Parts parts;
    if (!message.contains(u"http")) {
        parts.text = message.trimmed();
        return parts;
    }
    QStringList kept;
    const QStringList lines = message.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (isImageLine(trimmed))
            parts.images.append(trimmed);
        else
            kept.append(line);
    }
    parts.text = kept.join(u'\n').trimmed();
    return parts;
}

QString MessageText::compose(const QString &text, const QStringList &imageUrls)
{
    QString out = text.trimmed();
    for (const QString &url : imageUrls) {
        if (!out.isEmpty())
            out += u'\n';
        out += url;
    }
    return out;
}

const QList<QPair<QString, QString>> &MessageText::commonReactions()
{
    static const QList<QPair<QString, QString>> reactions = {
        {QStringLiteral(":thumbsup:"), QString::fromUtf8("\xF0\x9F\x91\x8D")},
        {QStringLiteral(":heart:"), QString::fromUtf8("\xE2\x9D\xA4\xEF\xB8\x8F")},
        {QStringLiteral(":smile:"), QString::fromUtf8("\xF0\x9F\x98\x84")},
        {QStringLiteral(":tada:"), QString::fromUtf8("\xF0\x9F\x8E\x89")},
        {QStringLiteral(":fire:"), QString::fromUtf8("\xF0\x9F\x94\xA5")},
        {QStringLiteral(":eyes:"), QString::fromUtf8("\xF0\x9F\x91\x80")},
        {QStringLiteral(":pray:"), QString::fromUtf8("\xF0\x9F\x99\x8F")},
        {QStringLiteral(":sparkling_heart:"), QString::fromUtf8("\xF0\x9F\x92\x96")},
    };
    return reactions;
}

QString MessageText::glyphOf(const QString &shortcode)
{
    for (const auto &[code, glyph] : commonReactions()) {
        if (code == shortcode)
            return glyph;
    }
    return shortcode;
}

} // namespace ra
