#include "appcatalogue.h"

#include <QLocale>
#include <QTranslator>

namespace ra {

bool loadAppCatalogue(QTranslator &translator, const QLocale &locale, const QString &directory)
{
    const QString name = QStringLiteral("returning-admin");
    const QString prefix = QStringLiteral("_");
    // lrelease leaves unfinished messages out, so a catalogue not translated yet compiles to
    // an empty one; English, with its plural forms, reads better than the bare source texts.
    if (translator.load(locale, name, prefix, directory) && !translator.isEmpty())
        return true;
    return translator.load(QLocale(QLocale::English), name, prefix, directory);
}

} // namespace ra
