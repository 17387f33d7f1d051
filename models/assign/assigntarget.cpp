#include "assign/assigntarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>

namespace ra {

const QString AssignTarget::targetMimeType =
    QStringLiteral("application/x-returning-assign-target");
const QString AssignTarget::userIdsMimeType = QStringLiteral("application/x-returning-user-ids");

QString AssignTarget::describe() const
{
    return kind == Kind::Role ? tr("role \"%1\"").arg(name) : tr("badge \"%1\"").arg(name);
}

void AssignTarget::writeTo(QMimeData &mime) const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"),
             kind == Kind::Role ? QStringLiteral("role") : QStringLiteral("badge"));
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("serverId"), serverId);
    mime.setData(targetMimeType, QJsonDocument(o).toJson(QJsonDocument::Compact));
    mime.setText(name);
}

std::optional<AssignTarget> AssignTarget::readFrom(const QMimeData &mime)
{
    if (!mime.hasFormat(targetMimeType))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(mime.data(targetMimeType)).object();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind != QLatin1String("role") && kind != QLatin1String("badge"))
        return std::nullopt;
    AssignTarget t;
    t.kind = kind == QLatin1String("role") ? Kind::Role : Kind::Badge;
    t.id = o.value(QStringLiteral("id")).toString();
    t.name = o.value(QStringLiteral("name")).toString();
    t.serverId = o.value(QStringLiteral("serverId")).toString();
    if (!t.isValid())
        return std::nullopt;
    return t;
}

void AssignTarget::writeUserIds(QMimeData &mime, const QStringList &userIds)
{
    mime.setData(userIdsMimeType,
                 QJsonDocument(QJsonArray::fromStringList(userIds)).toJson(QJsonDocument::Compact));
    mime.setText(userIds.join(QLatin1Char('\n')));
}

QStringList AssignTarget::readUserIds(const QMimeData &mime)
{
    QStringList ids;
    if (!mime.hasFormat(userIdsMimeType))
        return ids;
    const QJsonArray array = QJsonDocument::fromJson(mime.data(userIdsMimeType)).array();
    QSet<QString> seen;
    for (const QJsonValue &v : array) {
        const QString id = v.toString();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

} // namespace ra
