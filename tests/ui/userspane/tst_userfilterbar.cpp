#include "users/userfilterbar.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace ra;

// UserFilterBar offscreen: what the editors build, what they show for a spec, and the problems
// that keep Apply disabled.
class tst_UserFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void typedFilter();
    void problems_data();
    void problems();
    void foldedFiltersAreCounted();
};

void tst_UserFilterBar::roundTrip_data()
{
    QTest::addColumn<QByteArray>("saved");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("names") << QByteArray(R"({"first_name":"Ada","last_name":"Lovelace"})");
    QTest::newRow("email") << QByteArray(R"({"email":"ada@example.com"})");
    QTest::newRow("joined") << QByteArray(
        R"({"join_date":{"gte":"2025-01-01","lte":"2025-08-28"}})");
    QTest::newRow("open ranges") << QByteArray(R"({"coins":{"lte":9},"xp":{"gte":100}})");
    QTest::newRow("custom") << QByteArray(R"({"tier":"gold"})");
}

void tst_UserFilterBar::roundTrip()
{
    QFETCH(QByteArray, saved);
    UserFilterSpec spec;
    QVERIFY(UserFilterSpec::fromSaved(QString::fromUtf8(saved), &spec));
    UserFilterBar bar;
    bar.setSpec(spec);
    QCOMPARE(bar.spec().toJson(), spec.toJson());
    QVERIFY(bar.problem().isEmpty());
}

void tst_UserFilterBar::typedFilter()
{
    UserFilterBar bar;
    bar.show();
    QSignalSpy applied(&bar, &UserFilterBar::applied);
    QTest::keyClicks(bar.findChild<QLineEdit *>(QStringLiteral("filterFirstName")),
                     QStringLiteral(" Ada "));
    QTest::keyClicks(bar.findChild<QLineEdit *>(QStringLiteral("filterXpMax")),
                     QStringLiteral("500"));
    bar.findChild<QCheckBox *>(QStringLiteral("filterJoined"))->setChecked(true);
    QTest::keyClick(bar.findChild<QLineEdit *>(QStringLiteral("filterXpMax")), Qt::Key_Return);
    QCOMPARE(applied.count(), 1);
    const QJsonObject json = applied.first().first().value<UserFilterSpec>().toJson();
    QCOMPARE(json.value(u"first_name").toString(), QStringLiteral("Ada"));
    QCOMPARE(json.value(u"xp").toObject().value(u"lte").toInteger(), 500);
    QVERIFY(!json.value(u"xp").toObject().contains(u"gte"));
    QVERIFY(json.value(u"join_date").toObject().contains(u"gte"));
    // Clear empties every editor and applies the empty filter.
    bar.clear();
    QCOMPARE(applied.count(), 2);
    QVERIFY(applied.last().first().value<UserFilterSpec>().isEmpty());
}

void tst_UserFilterBar::problems_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("otherText");
    QTest::addColumn<QString>("named");
    QTest::newRow("xp inverted") << "filterXpMin"
                                 << "9"
                                 << "filterXpMax"
                                 << "1"
                                 << "XP";
    QTest::newRow("coins inverted") << "filterCoinsMin"
                                    << "90"
                                    << "filterCoinsMax"
                                    << "10"
                                    << "Coins";
    QTest::newRow("custom without key") << "filterCustomValue"
                                        << "gold" << QString() << QString() << "Custom field";
}

void tst_UserFilterBar::problems()
{
    QFETCH(QString, editor);
    QFETCH(QString, text);
    QFETCH(QString, other);
    QFETCH(QString, otherText);
    QFETCH(QString, named);
    UserFilterBar bar;
    QSignalSpy applied(&bar, &UserFilterBar::applied);
    QTest::keyClicks(bar.findChild<QLineEdit *>(editor), text);
    if (!other.isEmpty())
        QTest::keyClicks(bar.findChild<QLineEdit *>(other), otherText);
    QVERIFY2(bar.problem().contains(named), qPrintable(bar.problem()));
    QVERIFY(!bar.applyButton()->isEnabled());
    QCOMPARE(bar.findChild<QLabel *>(QStringLiteral("filterProblem"))->text(), bar.problem());
    bar.apply();
    QCOMPARE(applied.count(), 0);
}

QTEST_MAIN(tst_UserFilterBar)
#include "tst_userfilterbar.moc"

// The bar shows only the e-mail box until "More filters" unfolds the rest; folded away, the
// filters that are set still narrow the list, so the button counts them.
void tst_UserFilterBar::foldedFiltersAreCounted()
{
    UserFilterBar bar;
    bar.resize(560, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *panel = bar.findChild<QWidget *>(QStringLiteral("morePanel"));
    QVERIFY(panel);
    QVERIFY(!bar.moreFiltersShown());
    QVERIFY(!panel->isVisible());
    const int foldedHeight = bar.sizeHint().height();
    QToolButton *more = bar.moreFiltersButton();
    QCOMPARE(more->text(), QStringLiteral("Mo&re filters"));

    UserFilterSpec spec;
    QVERIFY(UserFilterSpec::fromSaved(
        QStringLiteral(R"({"email":"a@example.com","first_name":"Ada","xp":{"gte":100}})"), &spec));
    bar.setSpec(spec);
    QCOMPARE(bar.moreFiltersSet(), 2); // the e-mail box is in sight, not counted
    QCOMPARE(more->text(), QStringLiteral("Mo&re filters (2 set)"));

    QSignalSpy toggled(&bar, &UserFilterBar::moreFiltersToggled);
    more->click();
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.first().first().toBool(), true);
    QVERIFY(panel->isVisible());
    QCOMPARE(more->text(), QStringLiteral("Mo&re filters"));
    QVERIFY(bar.sizeHint().height() > 3 * foldedHeight);
    // Folded: one row, whatever is set.
    bar.setMoreFiltersShown(false);
    QCOMPARE(toggled.count(), 1); // only the user's click is reported
    QVERIFY(!panel->isVisible());
    QCOMPARE(bar.sizeHint().height(), foldedHeight);
    QCOMPARE(bar.spec().toJson(), spec.toJson());
}
