#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QMimeData;

namespace ra {

// What a palette tile hands out: one role or one badge of one server, with the name it is shown
// by. Also the drag-and-drop formats of visual assignment, so the Users table (models) and the
// palette (widgets) speak one language: a tile drags `targetMimeType` (this value as JSON) and
// user rows drag `userIdsMimeType` (a JSON array of user ids) beside a plain-text copy of the ids,
// one a line, for other programs. Value type.
struct AssignTarget
{
    Q_DECLARE_TR_FUNCTIONS(ra::AssignTarget)

public:
    enum class Kind { Role, Badge };

    Kind kind = Kind::Badge;
    QString id;
    QString name;
    QString serverId; // roles: the server they belong to; empty for badges of the community

    bool isValid() const { return !id.isEmpty(); }
    // "role \"VIP\"" / "badge \"Early Bird\"", translated: how screens name it in sentences.
    QString describe() const;
    bool operator==(const AssignTarget &other) const
    {
        return kind == other.kind && id == other.id && serverId == other.serverId;
    }

    static const QString targetMimeType;  // application/x-returning-assign-target
    static const QString userIdsMimeType; // application/x-returning-user-ids

    // Puts this target on `mime` (our type and, as text, its name).
    void writeTo(QMimeData &mime) const;
    static std::optional<AssignTarget> readFrom(const QMimeData &mime);

    // Puts user ids on `mime`: our type and text/plain, one id a line.
    static void writeUserIds(QMimeData &mime, const QStringList &userIds);
    // The ids of our type; empty when `mime` carries none (plain text is not read here: a pasted
    // list goes through the user-list parser, which names bad lines).
    static QStringList readUserIds(const QMimeData &mime);
};

} // namespace ra
