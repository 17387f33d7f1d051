#include "appcatalogue.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
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
    void shippedCataloguesMatchTheSource_data();
    void shippedCataloguesMatchTheSource();
    // Off until the translators' catalogues land: see RA_REQUIRE_FINISHED_TRANSLATIONS.
    void shippedCataloguesAreFinished_data();
    void shippedCataloguesAreFinished();
};

namespace {

// One message of a .ts file as the catalogue checks compare it.
struct TsMessage
{
    QString key; // context, source and comment: what identifies a message
    QString source;
    bool numerus = false;
    QString type;      // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the numerus forms, or the one translation
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            current.key = context + u'\x1f' + current.source + u'\x1f' + current.key;
            ts.messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = TsMessage();
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            current.key = xml.readElementText(); // folded into the key at </message>
        } else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms = {xml.readElementText()};
        } else if (xml.name() == u"numerusform") {
            current.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// How many plural forms Qt's rules give a language (qtbase's numerus rules): one for the
// languages without plural inflection, two for those with "one" and "other".
int pluralForms(const QString &language)
{
    const QString base = language.section(u'_', 0, 0);
    if (base == u"zh" || base == u"ms" || base == u"ja" || base == u"ko" || base == u"id")
        return 1;
    if (base == u"de" || base == u"en" || base == u"nl" || base == u"sv" || base == u"it" ||
        base == u"es")
        return 2;
    return -1; // not known here: add the language to this table
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

void addShippedCatalogues()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(RA_TS_DIR));
    const QStringList files =
        dir.entryList({QStringLiteral("returning-admin_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4); // en, de, zh_CN, ms
    for (const QString &file : files) {
        if (file != QLatin1String("returning-admin_en.ts"))
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

} // namespace

void tst_AppCatalogue::pluralsForEveryLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("fr_FR, no catalogue") << QLocale(QLocale::French, QLocale::France);
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

void tst_AppCatalogue::shippedCataloguesMatchTheSource_data()
{
    addShippedCatalogues();
}

// Every shipped catalogue holds exactly the source catalogue's messages (none missing, none
// left over from strings the code no longer has, none marked vanished or obsolete), with as
// many plural forms as the language has, and a translated message keeps its placeholders.
void tst_AppCatalogue::shippedCataloguesMatchTheSource()
{
    QFETCH(QString, path);
    const TsFile source = readTs(QStringLiteral(RA_TS_FILE));
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(path + QLatin1String(": ") + ts.error));
    const int forms = pluralForms(ts.language);
    QVERIFY2(forms > 0, qPrintable(QLatin1String("no plural rule for ") + ts.language));

    QStringList problems;
    QSet<QString> sourceKeys;
    for (const TsMessage &m : source.messages) {
        sourceKeys.insert(m.key);
        if (m.type == u"vanished" || m.type == u"obsolete")
            problems.append(QLatin1String("en: ") + m.type + QLatin1String(": ") + m.source);
    }
    QSet<QString> keys;
    for (const TsMessage &m : ts.messages) {
        keys.insert(m.key);
        if (m.type == u"vanished" || m.type == u"obsolete")
            problems.append(m.type + QLatin1String(": ") + m.source);
        else if (!sourceKeys.contains(m.key))
            problems.append(QLatin1String("not in the source catalogue: ") + m.source);
        if (m.numerus && m.forms.size() != forms)
            problems.append(QStringLiteral("%1 plural forms, not %2: %3")
                                .arg(m.forms.size())
                                .arg(forms)
                                .arg(m.source));
        if (m.type.isEmpty()) {
            for (const QString &form : m.forms) {
                if (placeholders(form) != placeholders(m.source))
                    problems.append(QLatin1String("placeholders differ: ") + m.source +
                                    QLatin1String(" -> ") + form);
            }
        }
    }
    for (const TsMessage &m : source.messages) {
        if (!keys.contains(m.key))
            problems.append(QLatin1String("missing: ") + m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(path + QLatin1Char('\n') + problems.join(u'\n')));
}

void tst_AppCatalogue::shippedCataloguesAreFinished_data()
{
    addShippedCatalogues();
}

// Every message of a shipped catalogue is translated: no "unfinished" mark, no empty text or
// plural form. A change that adds a string translates it too (scripts/ts-work.py).
void tst_AppCatalogue::shippedCataloguesAreFinished()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(path + QLatin1String(": ") + ts.error));
    QStringList unfinished;
    for (const TsMessage &m : ts.messages) {
        const bool empty = m.forms.isEmpty() ||
                           std::any_of(m.forms.cbegin(), m.forms.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (m.type == u"unfinished" || empty)
            unfinished.append(m.source);
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 of %3 messages unfinished, the first: %4")
                            .arg(path)
                            .arg(unfinished.size())
                            .arg(ts.messages.size())
                            .arg(unfinished.mid(0, 5).join(QLatin1String(" | ")))));
}

QTEST_GUILESS_MAIN(tst_AppCatalogue)
#include "tst_appcatalogue.moc"
