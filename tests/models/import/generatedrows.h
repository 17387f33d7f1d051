#pragma once

#include "import/importrunner.h"

#include <QIODevice>
#include <QSet>
#include <QString>

// Test helper: a deterministic bulk-import template CSV of `count` generated
// users, what ImportRunner's RowWriter hands out in tests. Every seventh
// row's Last Name holds a quoted line break (so file lines and rows differ);
// the rows in `bad` get an e-mail address the server refuses.
struct GeneratedRows
{
    QString prefix;
    qint64 count = 0;
    QSet<qint64> bad;

    QString email(qint64 i) const { return QStringLiteral("%1.%2@example.com").arg(prefix).arg(i); }
    QString username(qint64 i) const { return QStringLiteral("%1_%2").arg(prefix).arg(i); }

    QByteArray row(qint64 i) const
    {
        const QString last = i % 7 == 3 ? QStringLiteral("\"Line\nBreak\"") : QStringLiteral("Doe");
        const QString mail = bad.contains(i) ? QStringLiteral("not-an-email-%1").arg(i) : email(i);
        return QStringLiteral("Ann%1,%2,%3,%4,,,,,\r\n")
            .arg(i)
            .arg(last, username(i), mail)
            .toUtf8();
    }

    ra::ImportRunner::RowWriter writer() const
    {
        const GeneratedRows copy = *this;
        return [copy](qint64 first, qint64 last, QIODevice *out, QString *) {
            out->write("First Name,Last Name,Username,Email,Phone,Country,Language,Role,Tag\r\n");
            for (qint64 i = first; i < last; ++i)
                out->write(copy.row(i));
            return true;
        };
    }
};
