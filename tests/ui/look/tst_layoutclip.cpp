#include "commandpalette/commandcatalog.h"
#include "fullwindow.h"
#include "testservices.h"
#include "themecontroller.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTranslator>

using namespace ra;

// The screenshot test of issue 17: the main window at 1280x800 with each pane shown, rendered
// offscreen in every shipped language and both themes, where every visible label and button
// must be wide (and, word-wrapped, tall) enough for its text by the font's metrics. A clipped
// one fails the test by name. With RA_SCREENSHOT_DIR set it also saves each pane's picture.
class tst_LayoutClip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void findsClippedText();
    void noTextIsClipped_data();
    void noTextIsClipped();

private:
    // Problems found under `root`; `checked` counts the labels and buttons looked at.
    static QStringList clipped(QWidget *root, int *checked = nullptr);
    static QString clippedLabel(QLabel *label);
    static QString clippedButton(QAbstractButton *button);

    test::FullWindow m_app;
};

void tst_LayoutClip::initTestCase()
{
    QVERIFY(m_app.start());
}

void tst_LayoutClip::cleanupTestCase()
{
    m_app.stop();
}

void tst_LayoutClip::findsClippedText()
{
    // The check itself: too narrow a label, button and check box, a word-wrapped label too
    // short for its lines, and their roomy twins that pass.
    QWidget page;
    const QString text = QStringLiteral("Members who joined this week");
    auto *narrow = new QLabel(text, &page);
    narrow->setGeometry(0, 0, 60, 30);
    auto *wide = new QLabel(text, &page);
    wide->setGeometry(0, 40, 400, 30);
    auto *wrapped = new QLabel(text + u' ' + text + u' ' + text, &page);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 80, 120, 20);
    auto *button = new QPushButton(text, &page);
    button->setGeometry(0, 110, 70, 30);
    auto *roomy = new QPushButton(text, &page);
    roomy->setGeometry(0, 150, 400, 30);
    auto *check = new QCheckBox(text, &page);
    check->setGeometry(0, 190, 50, 30);
    page.resize(420, 230);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int checked = 0;
    const QStringList problems = clipped(&page, &checked);
    QCOMPARE(checked, 6);
    QCOMPARE(problems.size(), 4);
    QVERIFY2(problems.join(u'\n').contains(QLatin1String("button \"Members who joined")),
             qPrintable(problems.join(u'\n')));
}

void tst_LayoutClip::noTextIsClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    // Every catalogue the build compiles for the app's resources (lrelease's output; the app
    // offers the same list in Preferences), so a new language is covered once it lands.
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(RA_QM_DIR))
                                  .entryList({QStringLiteral("returning-admin_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(16, file.size() - 16 - 3));
    QVERIFY2(languages.contains(QStringLiteral("en")), RA_QM_DIR);
    for (const QString &language : languages) {
        for (bool dark : {false, true}) {
            const QString tag = QStringLiteral("%1-%2").arg(
                language, dark ? QStringLiteral("dark") : QStringLiteral("light"));
            QTest::newRow(qPrintable(tag)) << language << dark;
        }
    }
}

QString tst_LayoutClip::clippedLabel(QLabel *label)
{
    QString text = label->text();
    if (text.isEmpty())
        return {};
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    else if (label->buddy())
        text = CommandCatalog::plainText(text);
    const QFontMetrics fm(label->font());
    const int margin = label->margin() + qMax(0, label->indent());
    const QRect room = label->contentsRect().adjusted(margin, margin, -margin, -margin);
    QSize need;
    if (label->wordWrap()) {
        need = fm.boundingRect(QRect(0, 0, room.width(), 1 << 20),
                               int(label->alignment()) | Qt::TextWordWrap, text)
                   .size();
    } else {
        const QStringList lines = text.split(u'\n');
        int width = 0;
        for (const QString &line : lines)
            width = qMax(width, fm.horizontalAdvance(line));
        need = QSize(width, fm.height() + (int(lines.size()) - 1) * fm.lineSpacing());
    }
    if (need.width() <= room.width() + 1 && need.height() <= room.height() + 1)
        return {};
    return QStringLiteral("label \"%1\" needs %2x%3, has %4x%5")
        .arg(text.left(60))
        .arg(need.width())
        .arg(need.height())
        .arg(room.width())
        .arg(room.height());
}

QString tst_LayoutClip::clippedButton(QAbstractButton *button)
{
    const QString text = CommandCatalog::plainText(button->text());
    if (text.isEmpty())
        return {};
    auto *tool = qobject_cast<QToolButton *>(button);
    if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return {};
    const QFontMetrics fm(button->font());
    QSize content(fm.horizontalAdvance(text), fm.height());
    if (!button->icon().isNull())
        content.rwidth() += button->iconSize().width() + 4;
    QStyle::ContentsType type = QStyle::CT_PushButton;
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    if (qobject_cast<QCheckBox *>(button)) {
        type = QStyle::CT_CheckBox;
    } else if (qobject_cast<QRadioButton *>(button)) {
        type = QStyle::CT_RadioButton;
    } else if (tool) {
        type = QStyle::CT_ToolButton;
        if (tool->menu() && tool->popupMode() == QToolButton::MenuButtonPopup)
            content.rwidth() += button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator);
        else if (tool->menu())
            content.rwidth() += fm.height() / 2; // the small arrow of an instant popup
    } else if (auto *push = qobject_cast<QPushButton *>(button); push && push->menu()) {
        content.rwidth() += button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator);
    }
    const QSize need = button->style()->sizeFromContents(type, &option, content, button);
    if (need.width() <= button->width() + 1)
        return {};
    return QStringLiteral("button \"%1\" needs %2 px, has %3")
        .arg(text)
        .arg(need.width())
        .arg(button->width());
}

QStringList tst_LayoutClip::clipped(QWidget *root, int *checked)
{
    QStringList out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        QString problem;
        if (auto *label = qobject_cast<QLabel *>(w))
            problem = clippedLabel(label);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            problem = clippedButton(button);
        else
            continue;
        if (checked)
            ++*checked;
        if (!problem.isEmpty())
            out.append(QStringLiteral("%1: %2").arg(test::FullWindow::describe(w), problem));
    }
    return out;
}

void tst_LayoutClip::noTextIsClipped()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    MainWindow *window = m_app.window();
    QTranslator translator;
    QVERIFY(
        translator.load(QStringLiteral("returning-admin_") + language, QStringLiteral(RA_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    ThemeController theme;
    theme.apply(dark ? ThemeController::Mode::Dark : ThemeController::Mode::Light);
    QVERIFY(m_app.waitForPalette());
    QCOMPARE(ThemeController::isDark(m_app.window()->palette()), dark);
    window->resize(1280, 800);
    QStringList failures;
    int checked = 0;
    const QStringList panes = window->paneIds();
    for (const QString &id : panes) {
        QVERIFY(window->showPane(id));
        QTRY_VERIFY(window->pane(id)->isVisible());
        for (int i = 0; i < 4; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (const QString &problem : clipped(window, &checked))
            failures.append(QStringLiteral("pane %1: %2").arg(id, problem));
        test::saveScreenshot(
            *window,
            QStringLiteral("clip-%1-%2").arg(id, QString::fromLatin1(QTest::currentDataTag())));
    }
    QCoreApplication::removeTranslator(&translator);
    theme.apply(ThemeController::Mode::System);
    qInfo("%d labels and buttons checked", checked);
    QVERIFY(checked > 100);
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("clipped text:\n") + failures.join(u'\n')));
}

QTEST_MAIN(tst_LayoutClip)
#include "tst_layoutclip.moc"
