#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// Every user-visible string goes through tr(): a scan of ui/ and app/ for a string literal
// handed straight to a call that shows text (setText, setWindowTitle, addAction, a QLabel or
// QMessageBox made with its text, ...). A literal without letters ("·", "%1 / %2") needs no
// translation; the few words that must stay as they are are listed in kAllowed with the reason.
// QT_NO_CAST_FROM_ASCII already refuses a bare "..." where a QString is wanted, so the scan
// looks for QStringLiteral, QLatin1String and the QString::from* wrappers as well.
class tst_TrLiterals : public QObject
{
    Q_OBJECT

private slots:
    void scanFindsALiteral();
    void noVisibleLiteralBypassesTr();
};

namespace {

struct Finding
{
    QString where; // file:line
    QString literal;
};

// Literals that are shown but are not English text, by file and literal.
struct Allowed
{
    const char *file;
    const char *literal;
    const char *why;
};
const Allowed kAllowed[] = {
    {"ui/panes/badgedialog.cpp", "custom",
     "the badge action the API stores and expects, shown as the value it is"},
};

bool allowed(const QString &file, const QString &literal)
{
    for (const Allowed &a : kAllowed) {
        if (file.endsWith(QLatin1String(a.file)) && literal == QLatin1String(a.literal))
            return true;
    }
    return false;
}

QList<Finding> scan(const QString &file, const QString &text)
{
    static const QString calls = QStringLiteral(
        "setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|"
        "setTitle|setTabText|setTabToolTip|setAccessibleName|setAccessibleDescription|"
        "addAction|addMenu|addTab|addButton|setLabelText|showMessage|setHeaderLabels|"
        "setSpecialValueText|setSuffix|setPrefix|setItemText|addItem|insertItem|"
        "setInformativeText|setDetailedText|setButtonText|setSubTitle|setName|setLabel");
    static const QString widgets = QStringLiteral(
        "QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton|QMenu|"
        "QMessageBox");
    // The call, an optional first argument (an index, an icon, a role), then the literal.
    static const QRegularExpression re(
        QStringLiteral("(?:\\b(?:%1)|\\bnew\\s+(?:%2))\\s*\\(\\s*(?:[\\w:]+(?:\\(\\))?\\s*,\\s*)?"
                       "(?:(?:QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)"
                       "\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"|u?\"((?:[^\"\\\\]|\\\\.)*)\")")
            .arg(calls, widgets));
    static const QRegularExpression letter(QStringLiteral("[^\\W\\d_]"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QList<Finding> found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString literal = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
        if (!literal.contains(letter) || allowed(file, literal))
            continue;
        const int line = int(text.left(m.capturedStart()).count(u'\n')) + 1;
        found.append({QStringLiteral("%1:%2").arg(file).arg(line), literal});
    }
    return found;
}

} // namespace

// The scan itself: it must catch each way a literal reaches the screen, and pass tr().
void tst_TrLiterals::scanFindsALiteral()
{
    const QString code =
        QStringLiteral("label->setText(QStringLiteral(\"Loading\"));\n"
                       "tabs->setTabText(0,\n    QLatin1String(\"Roles\"));\n"
                       "auto *b = new QPushButton(QStringLiteral(\"Send\"), this);\n"
                       "menu->addAction(icon, QStringLiteral(\"Open\"));\n"
                       "label->setText(tr(\"Loading\"));\n"
                       "label->setText(QStringLiteral(\" · \"));\n"
                       "combo->addItem(QStringLiteral(\"custom\"));\n");
    const QList<Finding> found = scan(QStringLiteral("ui/panes/badgedialog.cpp"), code);
    QStringList literals;
    for (const Finding &f : found)
        literals.append(f.literal);
    QCOMPARE(literals, (QStringList{QStringLiteral("Loading"), QStringLiteral("Roles"),
                                    QStringLiteral("Send"), QStringLiteral("Open")}));
    QCOMPARE(found.at(1).where, QStringLiteral("ui/panes/badgedialog.cpp:2"));
    // Allowed in one file only.
    QCOMPARE(scan(QStringLiteral("ui/other.cpp"), code).size(), 5);
}

void tst_TrLiterals::noVisibleLiteralBypassesTr()
{
    QStringList problems;
    int files = 0;
    for (const char *folder : {"ui", "app"}) {
        const QString root = QStringLiteral(RA_SOURCE_DIR "/") + QLatin1String(folder);
        QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            ++files;
            const QString relative = file.fileName().mid(int(qstrlen(RA_SOURCE_DIR)) + 1);
            for (const Finding &f : scan(relative, QString::fromUtf8(file.readAll())))
                problems.append(f.where + QLatin1String(": \"") + f.literal +
                                QLatin1String("\" is shown without tr()"));
        }
    }
    QVERIFY(files > 50);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_TrLiterals)
#include "tst_trliterals.moc"
