#include "import/columnmapping.h"

#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

// ColumnMapping: auto-matching ignores case, spaces, underscores and knows
// aliases (data-driven); remapping keeps one file column per template
// column; missing required columns in both modes.
class tst_ColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void autoMatch_data();
    void autoMatch();
    void firstMatchWins();
    void remap();
    void missingRequiredImport();
    void missingRequiredUpdate();
    void outOfRangeIsIgnored();
};

void tst_ColumnMapping::autoMatch_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("column");
    QTest::newRow("exact") << u"First Name"_s << u"First Name"_s;
    QTest::newRow("case") << u"FIRST NAME"_s << u"First Name"_s;
    QTest::newRow("underscore") << u"first_name"_s << u"First Name"_s;
    QTest::newRow("no space") << u"FirstName"_s << u"First Name"_s;
    QTest::newRow("padded") << u"  Last   Name "_s << u"Last Name"_s;
    QTest::newRow("alias surname") << u"Surname"_s << u"Last Name"_s;
    QTest::newRow("alias e-mail") << u"E-Mail Address"_s << u"Email"_s;
    QTest::newRow("alias mobile") << u"Mobile"_s << u"Phone"_s;
    QTest::newRow("alias roles") << u"roles"_s << u"Role"_s;
    QTest::newRow("alias tags") << u"Tags"_s << u"Tag"_s;
    QTest::newRow("bom") << u"\uFEFFUsername"_s << u"Username"_s;
    QTest::newRow("unknown") << u"Favourite colour"_s << QString();
    QTest::newRow("empty") << u""_s << QString();
}

void tst_ColumnMapping::autoMatch()
{
    QFETCH(QString, header);
    QFETCH(QString, column);
    const ImportTemplate t(ImportMode::Import);
    const ColumnMapping m = ColumnMapping::autoMatch(t, {u"x"_s, header});
    const int target = m.templateColumnFor(1);
    QCOMPARE(target >= 0 ? t.column(target).name : QString(), column);
    if (target >= 0)
        QCOMPARE(m.fileColumnFor(target), 1);
}

void tst_ColumnMapping::firstMatchWins()
{
    const ImportTemplate t(ImportMode::Import);
    const ColumnMapping m = ColumnMapping::autoMatch(t, {u"Email"_s, u"e_mail"_s});
    QCOMPARE(m.templateColumnFor(0), t.indexOf(u"Email"));
    QCOMPARE(m.templateColumnFor(1), -1);
}

void tst_ColumnMapping::remap()
{
    const ImportTemplate t(ImportMode::Import);
    ColumnMapping m =
        ColumnMapping::autoMatch(t, {u"First Name"_s, u"Given"_s, u"Email"_s, u"Notes"_s});
    const int first = t.indexOf(u"First Name");
    QCOMPARE(m.fileColumnFor(first), 0);
    m.map(1, first); // the user prefers the "Given" column
    QCOMPARE(m.fileColumnFor(first), 1);
    QCOMPARE(m.templateColumnFor(0), -1);
    m.map(3, t.indexOf(u"Phone"));
    QCOMPARE(m.fileColumnFor(t.indexOf(u"Phone")), 3);
    m.map(3, -1); // ignore it again
    QCOMPARE(m.fileColumnFor(t.indexOf(u"Phone")), -1);
    QCOMPARE(m.mappedTemplateColumns(), (QList<int>{first, t.indexOf(u"Email")}));
}

void tst_ColumnMapping::missingRequiredImport()
{
    const ImportTemplate t(ImportMode::Import);
    ColumnMapping m = ColumnMapping::autoMatch(t, {u"Email"_s, u"Username"_s});
    QCOMPARE(m.missingRequired(t), (QList<int>{0, 1}));
    QVERIFY(!m.isComplete(t));
    QVERIFY(m.missingText(t).contains(u"First Name"));
    QVERIFY(m.missingText(t).contains(u"Last Name"));
    m = ColumnMapping::autoMatch(t, t.headers());
    QVERIFY(m.isComplete(t));
    QVERIFY(m.missingText(t).isEmpty());
}

void tst_ColumnMapping::missingRequiredUpdate()
{
    const ImportTemplate t(ImportMode::Update);
    ColumnMapping m = ColumnMapping::autoMatch(t, {u"xp_op"_s, u"xp"_s});
    QCOMPARE(m.missingRequired(t), QList<int>{t.indexOf(u"Email")});
    QVERIFY(!m.missingText(t).isEmpty());
    m = ColumnMapping::autoMatch(t, {u"Username"_s, u"coins"_s});
    QVERIFY(m.isComplete(t));
}

void tst_ColumnMapping::outOfRangeIsIgnored()
{
    ColumnMapping m(2, 3);
    m.map(5, 1);
    m.map(0, 9);
    QCOMPARE(m.templateColumnFor(0), -1);
    QCOMPARE(m.fileColumnFor(1), -1);
    QCOMPARE(m.templateColumnFor(-1), -1);
}

QTEST_GUILESS_MAIN(tst_ColumnMapping)
#include "tst_columnmapping.moc"
