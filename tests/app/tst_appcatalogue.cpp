#include "appcatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

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
    void everyPluralHasItsForms();
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

// Every "%n item(s)" string of the source catalogue, read back through the compiled one, says
// "2 items": lupdate adds each new plural string with empty forms, and a catalogue refreshed
// without scripts/fill-english-plurals.py would show "2 second(s)".
void tst_AppCatalogue::everyPluralHasItsForms()
{
    QFile ts(QStringLiteral(RA_TS_FILE));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    struct Message
    {
        QByteArray context, source, comment;
    };
    QList<Message> plurals;
    QXmlStreamReader xml(&ts);
    QByteArray context;
    Message current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name" && context.isEmpty()) {
            context = xml.readElementText().toUtf8();
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            current = {context, {}, {}};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText().toUtf8();
        } else if (xml.name() == u"comment") {
            current.comment = xml.readElementText().toUtf8();
        } else if (xml.name() == u"translation" && numerus) {
            plurals.append(current);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(plurals.size() > 20);

    QTranslator translator;
    QVERIFY(loadAppCatalogue(translator, QLocale(QLocale::English, QLocale::UnitedStates),
                             QStringLiteral(RA_QM_DIR)));
    QStringList bare;
    for (const Message &m : std::as_const(plurals)) {
        const QString two =
            translator.translate(m.context.constData(), m.source.constData(),
                                 m.comment.isEmpty() ? nullptr : m.comment.constData(), 2);
        if (two.isEmpty() || two.contains(QLatin1String("(s)")) ||
            two.contains(QLatin1String("(es)")))
            bare.append(QString::fromUtf8(m.context + " / " + m.source));
    }
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_AppCatalogue)
#include "tst_appcatalogue.moc"
