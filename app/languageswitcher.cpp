#include "languageswitcher.h"

#include "appcatalogue.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace ra {

LanguageSwitcher::LanguageSwitcher(AppSettings &settings, const QString &catalogues,
                                   const QString &qtCatalogues, QObject *parent)
    : QObject(parent)
    , m_catalogues(catalogues)
    , m_qtCatalogues(qtCatalogues.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                            : qtCatalogues)
{
    apply(settings.language());
    connect(&settings, &AppSettings::languageChanged, this, &LanguageSwitcher::apply);
}

LanguageSwitcher::~LanguageSwitcher()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

QLocale LanguageSwitcher::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void LanguageSwitcher::apply(const QString &language)
{
    m_locale = localeFor(language);
    QLocale::setDefault(m_locale);
    // Each removal and installation sends its own LanguageChange; widgets and models hear of
    // them once, on the next turn of the event loop (QApplication posts them, compressed).
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (loadAppCatalogue(m_app, m_locale, m_catalogues))
        QCoreApplication::installTranslator(&m_app);
    m_qtLoaded = m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"), m_qtCatalogues);
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
}

} // namespace ra
