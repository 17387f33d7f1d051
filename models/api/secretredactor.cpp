#include "api/secretredactor.h"

#include <QUrlQuery>

namespace ra {

bool SecretRedactor::isSecretName(const QString &name)
{
    const QString n = name.toLower();
    static const char16_t *const parts[] = {u"key",    u"token",         u"password", u"secret",
                                            u"passwd", u"authorization", u"session",  u"sig"};
    for (const char16_t *p : parts) {
        if (n.contains(QStringView(p)))
            return true;
    }
    return false;
}

QUrl SecretRedactor::redactUrl(const QUrl &url)
{
    QUrl out = url;
    out.setUserInfo({});
    if (out.hasQuery()) {
        QUrlQuery query(out);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery cleaned;
        for (const auto &item : items) {
            if (isSecretName(QUrl::fromPercentEncoding(item.first.toUtf8())))
                cleaned.addQueryItem(item.first, QStringLiteral("REDACTED"));
            else
                cleaned.addQueryItem(item.first, item.second);
        }
        out.setQuery(cleaned);
    }
    out.setFragment({});
    return out;
}

} // namespace ra
