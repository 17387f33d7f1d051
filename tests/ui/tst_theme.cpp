#include "api/apiclient.h"
#include "charts/importprogresschart.h"
#include "iconfactory.h"
#include "item/colorcontrast.h"
#include "item/roletablemodel.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "sandboxfixture.h"
#include "stores/rolestore.h"
#include "testservices.h"
#include "themecontroller.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using namespace ra;

// Themes (issue 17): the light and dark palettes, switching live from Preferences, and that
// what the app colours itself (role names, the environment badge, charts, error text) keeps
// WCAG contrast on both palettes.
class tst_Theme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void contrastMaths();
    void palettesReadWell_data();
    void palettesReadWell();
    void demoRoleColoursReadOnBothPalettes();
    void environmentBadgeTextReads();
    void chartsFollowThePalette();
    void errorTextFollowsTheTheme();
    void preferencesSwitchTheThemeLive();

private:
    QPalette m_systemPalette;
};

void tst_Theme::initTestCase()
{
    m_systemPalette = QApplication::palette();
}

void tst_Theme::cleanup()
{
    QApplication::setPalette(QPalette());
}

void tst_Theme::contrastMaths()
{
    // Known values: black on white is 21:1, a colour on itself 1:1, #767676 on white 4.54:1.
    QCOMPARE(qRound(ColorContrast::ratio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(ColorContrast::ratio(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)), 1.0);
    QCOMPARE(qRound(ColorContrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    // A colour that already reads stays as it is; one that does not is shaded just enough.
    const QColor navy(0x00, 0x00, 0x80);
    QCOMPARE(ColorContrast::readableOn(navy, {Qt::white}), navy);
    const QColor gold = ColorContrast::readableOn(QColor(QStringLiteral("gold")), {Qt::white});
    QVERIFY(ColorContrast::ratio(gold, Qt::white) >= 4.5);
    QVERIFY(ColorContrast::ratio(gold, Qt::white) < 5.0);
    QVERIFY(!ColorContrast::readableOn(QColor(), {Qt::white}).isValid());
}

void tst_Theme::palettesReadWell_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << ThemeController::lightPalette();
    QTest::newRow("dark") << ThemeController::darkPalette();
}

void tst_Theme::palettesReadWell()
{
    QFETCH(QPalette, palette);
    const auto ratio = [&palette](QPalette::ColorRole fg, QPalette::ColorRole bg) {
        return ColorContrast::ratio(palette.color(fg), palette.color(bg));
    };
    QVERIFY(ratio(QPalette::WindowText, QPalette::Window) >= 4.5);
    QVERIFY(ratio(QPalette::Text, QPalette::Base) >= 4.5);
    QVERIFY(ratio(QPalette::Text, QPalette::AlternateBase) >= 4.5);
    QVERIFY(ratio(QPalette::ButtonText, QPalette::Button) >= 4.5);
    QVERIFY(ratio(QPalette::HighlightedText, QPalette::Highlight) >= 4.5);
    QVERIFY(ratio(QPalette::PlaceholderText, QPalette::Base) >= 4.5);
    QVERIFY(ratio(QPalette::ToolTipText, QPalette::ToolTipBase) >= 4.5);
    // Focus is drawn in the Highlight colour: it must stand out from the field (3:1).
    QVERIFY(ratio(QPalette::Highlight, QPalette::Base) >= 3.0);
    QCOMPARE(ThemeController::isDark(palette), QTest::currentDataTag() == QByteArray("dark"));
}

void tst_Theme::demoRoleColoursReadOnBothPalettes()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(50));
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(sandbox.config());
    RoleStore store(client);
    RoleTableModel model(&store);
    store.reload();
    // The seed's roles: @all and six coloured ones (red, blue, gold, green, purple, orange).
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 7, 10000);
    for (const QPalette &palette :
         {ThemeController::lightPalette(), ThemeController::darkPalette()}) {
        QApplication::setPalette(palette);
        const char *which = ThemeController::isDark(palette) ? "dark" : "light";
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name =
                model.index(row, int(RoleTableModel::Column::Name)).data().toString();
            const QString colourClass =
                model.index(row, int(RoleTableModel::Column::Colour)).data().toString();
            QVERIFY2(
                RoleTableModel::colorOf(colourClass).isValid(),
                qPrintable(QStringLiteral("role %1 has no colour (%2)").arg(name, colourClass)));
            const QColor text = model.index(row, int(RoleTableModel::Column::Name))
                                    .data(Qt::ForegroundRole)
                                    .value<QColor>();
            for (QPalette::ColorRole ground : {QPalette::Base, QPalette::AlternateBase}) {
                const double ratio = ColorContrast::ratio(text, palette.color(ground));
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("role %1 (%2) as %3 on the %4 "
                                                   "palette: %5:1")
                                        .arg(name, colourClass, text.name(), QLatin1String(which))
                                        .arg(ratio, 0, 'f', 2)));
            }
        }
    }
}

void tst_Theme::environmentBadgeTextReads()
{
    using E = ConnectionProfile::Environment;
    for (E environment : {E::Production, E::Staging, E::LocalSandbox, E::Custom}) {
        const QColor badge = IconFactory::environmentColor(environment);
        const double ratio = ColorContrast::ratio(ColorContrast::textOn(badge), badge);
        QVERIFY2(
            ratio >= 4.5,
            qPrintable(QStringLiteral("badge %1: %2:1").arg(badge.name()).arg(ratio, 0, 'f', 2)));
    }
    // The window's badge uses it: the staging orange gets dark text.
    QTemporaryDir dir;
    test::Services s(dir.filePath(QStringLiteral("settings.ini")));
    ConnectionProfile staging = test::productionProfile(QStringLiteral("Stage"));
    staging.production = false;
    staging.setBaseUrl(ApiFamily::System, QUrl(QStringLiteral("https://staging.acme.example")));
    QCOMPARE(staging.environmentKind(), E::Staging);
    const QString id = s.profiles.add(staging);
    QVERIFY(!id.isEmpty());
    s.profiles.setActive(id);
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    auto *label = window.findChild<QLabel *>(QStringLiteral("statusEnvironment"));
    QVERIFY(label);
    QVERIFY(label->styleSheet().contains(
        ColorContrast::textOn(IconFactory::environmentColor(E::Staging)).name()));
    QVERIFY(!label->styleSheet().contains(QLatin1String("color: white")));
}

void tst_Theme::chartsFollowThePalette()
{
    ImportProgressChart chart;
    chart.resize(400, 240);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    for (const QPalette &palette :
         {ThemeController::darkPalette(), ThemeController::lightPalette()}) {
        QApplication::setPalette(palette);
        QCustomPlot *plot = chart.plot();
        const QColor base = palette.color(QPalette::Base);
        // Windows hear of a new application palette through a posted event.
        QTRY_COMPARE(plot->axisRect()->backgroundBrush().color(), base);
        QCOMPARE(plot->xAxis->tickLabelColor(), palette.color(QPalette::Text));
        QCOMPARE(plot->yAxis->labelColor(), palette.color(QPalette::Text));
        QCOMPARE(plot->legend->textColor(), palette.color(QPalette::Text));
        for (int i = 0; i < plot->graphCount(); ++i) {
            const double ratio = ColorContrast::ratio(plot->graph(i)->pen().color(), base);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("series %1: %2:1")
                                                  .arg(plot->graph(i)->name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
    }
}

void tst_Theme::errorTextFollowsTheTheme()
{
    ThemeController theme;
    QLabel label(QStringLiteral("Something is wrong"));
    ThemeController::setTone(&label, ThemeController::Tone::Error);
    for (ThemeController::Mode mode : {ThemeController::Mode::Dark, ThemeController::Mode::Light}) {
        theme.apply(mode);
        const QPalette app = QApplication::palette();
        const QColor text = label.palette().color(QPalette::WindowText);
        QVERIFY(ColorContrast::ratio(text, app.color(QPalette::Window)) >= 4.5);
        QVERIFY(ColorContrast::ratio(text, app.color(QPalette::Base)) >= 4.5);
    }
    theme.apply(ThemeController::Mode::System);
}

void tst_Theme::preferencesSwitchTheThemeLive()
{
    QTemporaryDir dir;
    test::Services s(dir.filePath(QStringLiteral("settings.ini")));
    ThemeController theme;
    connect(&s.settings, &AppSettings::themeChanged, &theme,
            [&theme](const QString &t) { theme.apply(ThemeController::modeOf(t)); });
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!ThemeController::isDark(window.palette()));

    const auto choose = [&window](const QString &value) {
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        auto *dialog = window.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(combo->findData(value));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!window.findChild<PreferencesDialog *>());
    };
    choose(QStringLiteral("dark"));
    QCOMPARE(s.settings.theme(), QStringLiteral("dark"));
    QVERIFY(ThemeController::isDark(window.palette()));
    QCOMPARE(window.palette().color(QPalette::Base),
             ThemeController::darkPalette().color(QPalette::Base));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    test::saveScreenshot(window, QStringLiteral("theme-dark"));
    choose(QStringLiteral("light"));
    QVERIFY(!ThemeController::isDark(window.palette()));
    choose(QString());
    QCOMPARE(s.settings.theme(), QString());
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             m_systemPalette.color(QPalette::Window));
}

QTEST_MAIN(tst_Theme)
#include "tst_theme.moc"
