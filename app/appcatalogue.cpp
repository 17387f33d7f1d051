#include "appcatalogue.h"

#include <QLocale>
#include <QTranslator>

namespace ra {

bool loadAppCatalogue(QTranslator &translator, const QLocale &locale, const QString &directory)
{
    const QString name = QStringLiteral("returning-admin");
    const QString prefix = QStringLiteral("_");
    return translator.load(locale, name, prefix, directory) ||
           translator.load(QLocale(QLocale::English), name, prefix, directory);
}

} // namespace ra
