#include "import/rowvalidator.h"

#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ra::ImportMode)

// RowValidator: each rule on its own (data-driven: a template-order row and
// the problems expected, as "column:kind" strings), duplicates across rows,
// server names only when given, and the byte-level helpers.
class tst_RowValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void duplicatesAcrossRows();
    void duplicatesSurviveGrowth();
    void duplicatesWithoutFirstRows();
    void duplicatesFoldOnlyAsciiCapitals();
    void duplicatesAfterReserve();
    void serverNames_data();
    void serverNames();
    void unmappedColumnsAreNotChecked();
    void email_data();
    void email();
    void characterCountIsUtf8Aware();
    void reasonsAreText();

private:
    static QStringList check(RowValidator &v, qint64 row, const QStringList &cells);
};

QStringList tst_RowValidator::check(RowValidator &v, qint64 row, const QStringList &cells)
{
    QList<CellProblem> problems;
    v.validate(row, cells, &problems);
    QStringList out;
    for (const CellProblem &p : problems)
        out.append(QString::number(p.column) + u':' + CellProblem::kindId(p.kind));
    return out;
}

void tst_RowValidator::rules_data()
{
    QTest::addColumn<ImportMode>("mode");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QStringList>("expected");
    const ImportMode imp = ImportMode::Import;
    const ImportMode upd = ImportMode::Update;
    auto row = [](const QString &first, const QString &last, const QString &user,
                  const QString &mail) {
        return QStringList{first,     last,      user,      mail,     QString(),
                           QString(), QString(), QString(), QString()};
    };
    const QString fifty(50, u'é');
    const QString fiftyOne(51, u'a');
    QTest::newRow("clean") << imp << row(u"Ada"_s, u"Lovelace"_s, u"ada"_s, u"ada@x.org"_s)
                           << QStringList();
    QTest::newRow("missing first")
        << imp << row({}, u"L"_s, u"u"_s, u"a@x.org"_s) << QStringList{u"0:missing"_s};
    QTest::newRow("blank is missing")
        << imp << row(u"  "_s, u"L"_s, u"u"_s, u"a@x.org"_s) << QStringList{u"0:missing"_s};
    QTest::newRow("all missing") << imp << row({}, {}, {}, {})
                                 << QStringList{u"0:missing"_s, u"1:missing"_s, u"2:missing"_s,
                                                u"3:missing"_s};
    QTest::newRow("bad email") << imp << row(u"A"_s, u"B"_s, u"u"_s, u"not-an-email"_s)
                               << QStringList{u"3:invalid-email"_s};
    QTest::newRow("50 characters is fine")
        << imp << row(fifty, u"B"_s, u"u"_s, u"a@x.org"_s) << QStringList();
    QTest::newRow("51 is too long")
        << imp << row(u"A"_s, fiftyOne, u"u"_s, u"a@x.org"_s) << QStringList{u"1:too-long"_s};
    QTest::newRow("username too long")
        << imp << row(u"A"_s, u"B"_s, fiftyOne, u"a@x.org"_s) << QStringList{u"2:too-long"_s};
    QStringList tooShort = row(u"A"_s, u"B"_s, u"u"_s, u"a@x.org"_s);
    tooShort.resize(3);
    QTest::newRow("short row: email missing") << imp << tooShort << QStringList{u"3:missing"_s};
    // Update: xp_op is template column 9 (file column 9 here), xp 10,
    // coins_op 11, coins 12.
    auto upRow = [](const QString &mail, const QString &op, const QString &xp) {
        return QStringList{QString(), QString(), QString(), mail, QString(), QString(), QString(),
                           QString(), QString(), op,        xp,   QString(), QString()};
    };
    QTest::newRow("update clean") << upd << upRow(u"a@x.org"_s, u"add"_s, u"5"_s) << QStringList();
    QTest::newRow("update nothing required") << upd << upRow({}, {}, {}) << QStringList();
    QTest::newRow("bad op") << upd << upRow(u"a@x.org"_s, u"Add"_s, u"5"_s)
                            << QStringList{u"9:invalid-operation"_s};
    QTest::newRow("op subtract") << upd << upRow(u"a@x.org"_s, u"subtract"_s, u"-5"_s)
                                 << QStringList();
    QTest::newRow("op overwrite") << upd << upRow(u"a@x.org"_s, u"overwrite"_s, u"0"_s)
                                  << QStringList();
    QTest::newRow("not a number") << upd << upRow(u"a@x.org"_s, u"add"_s, u"5.5"_s)
                                  << QStringList{u"10:not-a-number"_s};
}

void tst_RowValidator::rules()
{
    QFETCH(ImportMode, mode);
    QFETCH(QStringList, cells);
    QFETCH(QStringList, expected);
    const ImportTemplate t(mode);
    RowValidator v(t, ColumnMapping::autoMatch(t, t.headers()));
    QCOMPARE(check(v, 2, cells), expected);
}

void tst_RowValidator::duplicatesAcrossRows()
{
    const ImportTemplate t(ImportMode::Import);
    RowValidator v(t, ColumnMapping::autoMatch(t, t.headers()));
    const QStringList a{u"A"_s, u"B"_s, u"ada"_s, u"ada@x.org"_s};
    const QStringList sameMail{u"A"_s, u"B"_s, u"other"_s, u"ADA@x.org"_s};
    const QStringList sameUser{u"A"_s, u"B"_s, u"Ada"_s, u"b@x.org"_s};
    QCOMPARE(check(v, 2, a), QStringList());
    QList<CellProblem> problems;
    v.validate(3, sameMail, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).kind, CellProblem::Kind::DuplicateEmail);
    QCOMPARE(problems.at(0).related, 2);
    QVERIFY(problems.at(0).reason(u"ADA@x.org"_s).contains(u"row 2"));
    problems.clear();
    v.validate(4, sameUser, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).kind, CellProblem::Kind::DuplicateUsername);
    QCOMPARE(problems.at(0).related, 2);
    v.reset();
    QCOMPARE(check(v, 5, a), QStringList());
}

void tst_RowValidator::duplicatesSurviveGrowth()
{
    const ImportTemplate t(ImportMode::Import);
    RowValidator v(t, ColumnMapping::autoMatch(t, t.headers()));
    for (int i = 0; i < 20000; ++i) {
        const QString n = QString::number(i);
        QCOMPARE(check(v, i + 2, {u"A"_s, u"B"_s, u"u"_s + n, u"m"_s + n + u"@x.org"_s}),
                 QStringList());
    }
    QCOMPARE(check(v, 20002, {u"A"_s, u"B"_s, u"u1234"_s, u"m1@x.org"_s}),
             (QStringList{u"2:duplicate-username"_s, u"3:duplicate-email"_s}));
}

void tst_RowValidator::duplicatesWithoutFirstRows()
{
    const ImportTemplate t(ImportMode::Import);
    RowValidator v(t, ColumnMapping::autoMatch(t, t.headers()));
    v.setKeepFirstRows(false); // csv-check's constant-memory mode
    QCOMPARE(check(v, 2, {u"A"_s, u"B"_s, u"ada"_s, u"ada@x.org"_s}), QStringList());
    QList<CellProblem> problems;
    v.validate(3, QStringList{u"A"_s, u"B"_s, u"bob"_s, u"ada@X.org"_s}, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).kind, CellProblem::Kind::DuplicateEmail);
    QCOMPARE(problems.at(0).related, 0);
    QVERIFY(problems.at(0).reason(u"ada@X.org"_s).contains(u"earlier in the file"));
}

// The hash folds eight bytes at a time: every ASCII capital at every place in
// a word is folded, and the bytes next to A..Z in the code table (@ [ ` {)
// and non-ASCII letters are not.
void tst_RowValidator::duplicatesFoldOnlyAsciiCapitals()
{
    const ImportTemplate t(ImportMode::Import);
    RowValidator v(t, ColumnMapping::autoMatch(t, t.headers()));
    const QString lower = u"abcdefghijklmnopqrstuvwxyz_0123456789"_s;
    QCOMPARE(check(v, 2, {u"A"_s, u"B"_s, lower, u"a@x.org"_s}), QStringList());
    QCOMPARE(check(v, 3, {u"A"_s, u"B"_s, lower.toUpper(), u"b@x.org"_s}),
             QStringList{u"2:duplicate-username"_s});
    const QStringList distinct{u"user@1"_s, u"user`1"_s,    u"user[1"_s,   u"user{1"_s,
                               u"userz1"_s, u"caf\u00e9"_s, u"caf\u00c9"_s};
    for (qsizetype i = 0; i < distinct.size(); ++i) {
        QCOMPARE(check(v, 4 + i, {u"A"_s, u"B"_s, distinct.at(i), u"c%1@x.org"_s.arg(i)}),
                 QStringList());
    }
}

// Tables sized up front (what ImportScanner does from the file size) find the
// same duplicates, also when more rows come than were reserved for.
void tst_RowValidator::duplicatesAfterReserve()
{
    const ImportTemplate t(ImportMode::Import);
    RowValidator v(t, ColumnMapping::autoMatch(t, t.headers()));
    v.reserve(1000);
    for (int i = 0; i < 3000; ++i) {
        const QString n = QString::number(i);
        QCOMPARE(check(v, i + 2, {u"A"_s, u"B"_s, u"u"_s + n, u"m"_s + n + u"@x.org"_s}),
                 QStringList());
    }
    v.reserve(100000);
    QCOMPARE(check(v, 3002, {u"A"_s, u"B"_s, u"U2999"_s, u"M17@X.ORG"_s}),
             (QStringList{u"2:duplicate-username"_s, u"3:duplicate-email"_s}));
}

void tst_RowValidator::serverNames_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("known") << u"Member"_s << u"VIP"_s << QStringList();
    QTest::newRow("two known") << u"Member, Moderator"_s << u"VIP,Gold"_s << QStringList();
    QTest::newRow("case matters") << u"member"_s << u"VIP"_s << QStringList{u"7:unknown-role"_s};
    QTest::newRow("one unknown of two")
        << u"Member,Nope"_s << u""_s << QStringList{u"7:unknown-role"_s};
    QTest::newRow("unknown tag") << u""_s << u"Platinum"_s << QStringList{u"8:unknown-tag"_s};
    QTest::newRow("empty names skipped") << u"Member,,"_s << u" , VIP"_s << QStringList();
}

void tst_RowValidator::serverNames()
{
    QFETCH(QString, role);
    QFETCH(QString, tag);
    QFETCH(QStringList, expected);
    const ImportTemplate t(ImportMode::Import);
    RowValidator v(t, ColumnMapping::autoMatch(t, t.headers()));
    const QStringList cells{u"A"_s, u"B"_s, u"u"_s, u"a@x.org"_s, {}, {}, {}, role, tag};
    QCOMPARE(check(v, 2, cells), QStringList()); // names unchecked without server lists
    v.reset();
    v.setServerRoles({u"Member"_s, u"Moderator"_s});
    v.setServerTags({u"VIP"_s, u"Gold"_s});
    QCOMPARE(check(v, 2, cells), expected);
}

void tst_RowValidator::unmappedColumnsAreNotChecked()
{
    const ImportTemplate t(ImportMode::Import);
    // The file has Email first and an extra column; Username is not there.
    const QStringList header{u"E-mail"_s, u"Notes"_s, u"First Name"_s, u"Last Name"_s};
    const ColumnMapping m = ColumnMapping::autoMatch(t, header);
    RowValidator v(t, m);
    QCOMPARE(check(v, 2, {u"bad"_s, u"anything"_s, u"A"_s, u""_s}),
             (QStringList{u"3:missing"_s, u"0:invalid-email"_s}));
}

void tst_RowValidator::email_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray("a@b.co") << true;
    QTest::newRow("plus and dots") << QByteArray("first.last+tag@sub.example.org") << true;
    QTest::newRow("unicode") << QByteArray("jos\xc3\xa9@ex.com") << true;
    QTest::newRow("no at") << QByteArray("ab.co") << false;
    QTest::newRow("two ats") << QByteArray("a@b@c.co") << false;
    QTest::newRow("no local") << QByteArray("@b.co") << false;
    QTest::newRow("no dot") << QByteArray("a@bco") << false;
    QTest::newRow("dot last") << QByteArray("a@bco.") << false;
    QTest::newRow("dot first") << QByteArray("a@.co") << false;
    QTest::newRow("space") << QByteArray("a b@c.co") << false;
    QTest::newRow("comma") << QByteArray("a,b@c.co") << false;
}

void tst_RowValidator::email()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(RowValidator::isValidEmail(text), valid);
}

void tst_RowValidator::characterCountIsUtf8Aware()
{
    QCOMPARE(RowValidator::characterCount("abc"), 3);
    QCOMPARE(RowValidator::characterCount("\xc3\xa9\xe6\x9d\xb1\xf0\x9f\x98\x80"), 3);
    QCOMPARE(RowValidator::trimmed("  a b \t").toByteArray(), QByteArray("a b"));
}

void tst_RowValidator::reasonsAreText()
{
    for (int k = 0; k <= int(CellProblem::Kind::TextAfterQuote); ++k) {
        const CellProblem p{1, CellProblem::Kind(k), 3};
        QVERIFY(!p.reason(u"x"_s, u"Email"_s).isEmpty());
        QVERIFY(!CellProblem::kindId(p.kind).isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_RowValidator)
#include "tst_rowvalidator.moc"
