#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace ra {

class AppSettings;

// Applies the language chosen in Preferences (AppSettings::language(), empty for the system's)
// now and whenever it changes, without a restart: it replaces the app's catalogue and Qt's own
// (qtbase_<lang>.qm from Qt's translations folder, where the distribution ships it; without it
// Qt's standard buttons stay English and nothing else changes) and makes the language's locale
// the default QLocale, so numbers, dates and plurals follow it. Installing a translator sends
// QEvent::LanguageChange, on which every widget retranslates itself. The locale is set before
// the catalogues are installed, so what retranslates already formats with it. GUI thread; one
// instance, owned by the composition root.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    // `catalogues` is where the compiled returning-admin_<lang>.qm files are (":/i18n" in the
    // executable); `qtCatalogues` where qtbase_<lang>.qm may be (Qt's translations folder when
    // empty).
    LanguageSwitcher(AppSettings &settings, const QString &catalogues,
                     const QString &qtCatalogues = QString(), QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // The locale of a language setting: the system's for "", otherwise the named one.
    static QLocale localeFor(const QString &language);

    QLocale locale() const { return m_locale; }
    // Whether Qt's own catalogue for the language was found and installed.
    bool hasQtCatalogue() const { return m_qtLoaded; }

private:
    void apply(const QString &language);

    QString m_catalogues;
    QString m_qtCatalogues;
    QTranslator m_app;
    QTranslator m_qt;
    QLocale m_locale;
    bool m_qtLoaded = false;
};

} // namespace ra
