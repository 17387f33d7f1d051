#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace ra::test {

// Writes an import template CSV of `rows` new, valid members (username <tag>_<i>, e-mail
// <tag><i>@example.com) to `path`. Returns the bytes written; empty when it cannot write.
inline QByteArray writeMembersCsv(const QString &path, const QByteArray &tag, int rows)
{
    QByteArray text = "First Name,Last Name,Username,Email\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "Test,Member," + tag + '_' + n + ',' + tag + n + "@example.com\n";
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return text;
}

} // namespace ra::test
