// Custom user fields as the API documents them (UserFieldRules): each type's values, the
// definition rules, and the import validator checking a column named after a field against the
// field's type, with a reason naming the field.
#include "domain/userfieldrules.h"
#include "import/cellproblem.h"
#include "import/columnmapping.h"
#include "import/importtemplate.h"
#include "import/rowvalidator.h"

#include <QTest>

using namespace ra;

namespace {
UserField field(const QString &key, const QString &name, const QString &type)
{
    UserField f;
    f.field = key;
    f.name = name;
    f.type = type;
    return f;
}
} // namespace

class tst_UserFieldValues : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void definitions_data();
    void definitions();
    void importChecksCustomColumns();
};

void tst_UserFieldValues::values_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("number") << "number"
                            << "12" << true;
    QTest::newRow("numerical decimal") << "numerical"
                                       << "-3.5" << true;
    QTest::newRow("number words") << "numerical"
                                  << "a lot" << false;
    QTest::newRow("number comma") << "number"
                                  << "3,5" << false;
    QTest::newRow("date") << "date"
                          << "2025-06-22" << true;
    QTest::newRow("date time") << "date"
                               << "2025-06-22T11:28:50.301Z" << true;
    QTest::newRow("date impossible") << "date"
                                     << "2025-02-30" << false;
    QTest::newRow("date other order") << "date"
                                      << "22/06/2025" << false;
    QTest::newRow("boolean") << "boolean"
                             << "Yes" << true;
    QTest::newRow("boolean other") << "boolean"
                                   << "maybe" << false;
    QTest::newRow("select") << "select"
                            << "Gold" << true;
    QTest::newRow("select other") << "select"
                                  << "Copper" << false;
    QTest::newRow("single line") << "single-line-text"
                                 << "one\ntwo" << false;
    QTest::newRow("multi line") << "multi-line-text"
                                << "one\ntwo" << true;
    QTest::newRow("text long") << "text" << QString(2001, u'x') << false;
}

void tst_UserFieldValues::values()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    UserField f = field(QStringLiteral("tier"), QStringLiteral("Tier"), type);
    f.options = {QStringLiteral("Silver"), QStringLiteral("Gold")};
    const QString problem = UserFieldRules::checkValue(f, value);
    QCOMPARE(problem.isEmpty(), ok);
    if (!ok)
        QVERIFY2(problem.startsWith(QStringLiteral("Tier (tier)")), qPrintable(problem));
    // An empty value suits a field that is not required, and not one that is.
    QVERIFY(UserFieldRules::checkValue(f, QString()).isEmpty());
    f.required = true;
    QVERIFY(UserFieldRules::checkValue(f, QString()).contains(QStringLiteral("Tier")));
}

void tst_UserFieldValues::definitions_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("defaultValue");
    QTest::addColumn<QString>("problemHas"); // empty: valid
    QTest::newRow("valid") << "level"
                           << "numerical" << QStringList() << "3"
                           << "";
    QTest::newRow("no key") << ""
                            << "text" << QStringList() << ""
                            << "key";
    QTest::newRow("long key") << QString(51, u'k') << "text" << QStringList() << ""
                              << "50";
    QTest::newRow("unknown type") << "level"
                                  << "colour" << QStringList() << ""
                                  << "colour";
    QTest::newRow("select without options") << "level"
                                            << "select" << QStringList() << ""
                                            << "option";
    QTest::newRow("repeated option")
        << "level"
        << "select" << QStringList{QStringLiteral("A"), QStringLiteral("a")} << ""
        << "twice";
    QTest::newRow("options on text") << "level"
                                     << "text" << QStringList{QStringLiteral("A")} << ""
                                     << "only a choice";
    QTest::newRow("bad default") << "level"
                                 << "date" << QStringList() << "soon"
                                 << "soon";
    QTest::newRow("default not a choice")
        << "level"
        << "select" << QStringList{QStringLiteral("A"), QStringLiteral("B")} << "C"
        << "choices";
}

void tst_UserFieldValues::definitions()
{
    QFETCH(QString, key);
    QFETCH(QString, type);
    QFETCH(QStringList, options);
    QFETCH(QString, defaultValue);
    QFETCH(QString, problemHas);
    UserField f = field(key, QStringLiteral("Level"), type);
    f.options = options;
    f.defaultValue = defaultValue;
    const QString problem = UserFieldRules::checkDefinition(f);
    if (problemHas.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    QVERIFY2(problem.contains(problemHas), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("Level")), qPrintable(problem)); // names the field
}

void tst_UserFieldValues::importChecksCustomColumns()
{
    const ImportTemplate t(ImportMode::Update);
    const QStringList header = {QStringLiteral("Email"), QStringLiteral("deposit-amount"),
                                QStringLiteral("Birthday"), QStringLiteral("notes")};
    RowValidator v(t, ColumnMapping::autoMatch(t, header));
    v.setCustomFields(header, {field(QStringLiteral("deposit-amount"),
                                     QStringLiteral("Deposit Amount"), QStringLiteral("numerical")),
                               field(QStringLiteral("birthday"), QStringLiteral("Birthday"),
                                     QStringLiteral("date"))});
    QList<CellProblem> problems;
    QVERIFY(v.validate(2,
                       {QStringLiteral("a@example.com"), QStringLiteral("120.5"),
                        QStringLiteral("1990-04-01"), QStringLiteral("anything")},
                       &problems));
    QVERIFY(problems.isEmpty());
    QVERIFY(!v.validate(3,
                        {QStringLiteral("b@example.com"), QStringLiteral("lots"),
                         QStringLiteral("01/04/1990"), QStringLiteral("anything")},
                        &problems));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).column, 1);
    QCOMPARE(problems.at(0).kind, CellProblem::Kind::BadCustomValue);
    const QString number = problems.at(0).reason(QStringLiteral("lots"), header.at(1));
    QVERIFY2(number.contains(QStringLiteral("not a number")) &&
                 number.contains(QStringLiteral("deposit-amount")),
             qPrintable(number));
    QCOMPARE(problems.at(1).column, 2);
    const QString date = problems.at(1).reason(QStringLiteral("01/04/1990"), header.at(2));
    QVERIFY2(date.contains(QStringLiteral("not a date")) &&
                 date.contains(QStringLiteral("Birthday")),
             qPrintable(date));
    QCOMPARE(CellProblem::kindId(CellProblem::Kind::BadCustomValue),
             QStringLiteral("bad-custom-value"));
}

QTEST_GUILESS_MAIN(tst_UserFieldValues)
#include "tst_userfieldvalues.moc"
