#include "appcatalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace ra;

// loadAppCatalogue() over the catalogue the build compiles: English for English locales, and
// English as the fallback for a locale without its own catalogue and for the C locale, so
// plural forms read "7 roles", never "7 role(s)".
class tst_AppCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void pluralsForEveryLocale_data();
    void pluralsForEveryLocale();
};

void tst_AppCatalogue::pluralsForEveryLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("de_DE, no catalogue") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("C") << QLocale::c();
}

void tst_AppCatalogue::pluralsForEveryLocale()
{
    QFETCH(QLocale, locale);
    QTranslator translator;
    QVERIFY(loadAppCatalogue(translator, locale, QStringLiteral(RA_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const char *source = "%n role(s) on this server, in hierarchy order.";
    QCOMPARE(QCoreApplication::translate("ra::ServersPane", source, nullptr, 1),
             QStringLiteral("1 role on this server, in hierarchy order."));
    QCOMPARE(QCoreApplication::translate("ra::ServersPane", source, nullptr, 7),
             QStringLiteral("7 roles on this server, in hierarchy order."));
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!loadAppCatalogue(translator, locale, QStringLiteral("/nonexistent")));
}

QTEST_GUILESS_MAIN(tst_AppCatalogue)
#include "tst_appcatalogue.moc"
