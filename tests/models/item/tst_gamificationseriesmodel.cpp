#include "item/gamificationseriesmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace ra;
using Column = GamificationSeriesModel::Column;

// The chart data table: merging of the two API halves, values, header keys and CSV.
class tst_GamificationSeriesModel : public QObject
{
    Q_OBJECT

private slots:
    void mergesHistoryAndStatsByDate();
    void replacingOneHalfKeepsTheOther();
    void writesCsv();
    void clearEmpties();
    void valuesCarryTheirUnit();

private:
    static GamificationDay day(const QString &date, qint64 a, qint64 b, bool history);
};

GamificationDay tst_GamificationSeriesModel::day(const QString &date, qint64 a, qint64 b,
                                                 bool history)
{
    GamificationDay d;
    d.date = date;
    if (history) {
        d.xp = a;
        d.coins = b;
    } else {
        d.messages = a;
        d.replies = b;
        d.reactions = a + b;
        d.socials = 1;
    }
    return d;
}

void tst_GamificationSeriesModel::mergesHistoryAndStatsByDate()
{
    GamificationSeriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(Column::Count));
    // Out of order on purpose: rows come out oldest first.
    model.setHistory({day(QStringLiteral("2026-03-03"), 30, 3, true),
                      day(QStringLiteral("2026-03-01"), 10, 1, true)});
    QCOMPARE(model.rowCount(), 2);
    model.setStats({day(QStringLiteral("2026-03-02"), 5, 6, false),
                    day(QStringLiteral("2026-03-01"), 7, 8, false)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.dateAt(0), QDate(2026, 3, 1));
    QCOMPARE(model.dateAt(2), QDate(2026, 3, 3));
    QCOMPARE(model.valueAt(0, Column::Xp), 10);
    QCOMPARE(model.valueAt(0, Column::Messages), 7);
    QCOMPARE(model.valueAt(0, Column::Reactions), 15);
    QCOMPARE(model.valueAt(1, Column::Xp), 0); // only stats reported that day
    QCOMPARE(model.valueAt(1, Column::Replies), 6);
    QCOMPARE(model.series(Column::Coins), (QList<qint64>{1, 0, 3}));
    QCOMPARE(
        model.data(model.index(2, int(Column::Xp)), int(GamificationSeriesModel::DataRole::Value))
            .toLongLong(),
        30);
    QCOMPARE(
        model.data(model.index(0, int(Column::Date)), int(GamificationSeriesModel::DataRole::Value))
            .toDate(),
        QDate(2026, 3, 1));
    QCOMPARE(model.data(model.index(0, int(Column::Xp))).toString(), QStringLiteral("10"));
    QCOMPARE(model.headerData(int(Column::Socials), Qt::Horizontal).toString(),
             QStringLiteral("Socials"));
    QCOMPARE(model
                 .headerData(int(Column::Xp), Qt::Horizontal,
                             int(GamificationSeriesModel::DataRole::Key))
                 .toString(),
             QStringLiteral("xp"));
    QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
}

void tst_GamificationSeriesModel::replacingOneHalfKeepsTheOther()
{
    GamificationSeriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory({day(QStringLiteral("2026-03-01"), 10, 1, true)});
    model.setStats({day(QStringLiteral("2026-03-01"), 7, 8, false)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setHistory({day(QStringLiteral("2026-03-01"), 99, 9, true),
                      day(QStringLiteral("2026-03-02"), 1, 2, true)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.valueAt(0, Column::Xp), 99);
    QCOMPARE(model.valueAt(0, Column::Messages), 7);
    // A day with a malformed date is ignored, not shown as an empty row.
    model.setStats({day(QStringLiteral("not a date"), 1, 1, false)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.valueAt(0, Column::Messages), 0);
}

void tst_GamificationSeriesModel::writesCsv()
{
    GamificationSeriesModel model;
    model.setHistory({day(QStringLiteral("2026-03-01"), 10, 1, true),
                      day(QStringLiteral("2026-03-02"), 20, 2, true)});
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(model.writeCsv(&buffer, {Column::Xp, Column::Coins}, &error));
    QCOMPARE(buffer.data(), QByteArray("date,xp,coins\r\n2026-03-01,10,1\r\n2026-03-02,20,2\r\n"));

    QBuffer closed;
    QVERIFY(!model.writeCsv(&closed, {Column::Xp}, &error));
    QVERIFY(!error.isEmpty());
}

void tst_GamificationSeriesModel::clearEmpties()
{
    GamificationSeriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory({day(QStringLiteral("2026-03-01"), 10, 1, true)});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setStats({day(QStringLiteral("2026-03-01"), 1, 1, false)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.valueAt(0, Column::Xp), 0);
}

void tst_GamificationSeriesModel::valuesCarryTheirUnit()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(GamificationSeriesModel::valueText(Column::Xp, 1200), QStringLiteral("1,200 XP"));
    // Without the catalogue the plural form reads "coin(s)"; the unit is there either way.
    QVERIFY(GamificationSeriesModel::valueText(Column::Coins, 3).startsWith(u"3 coin"));
    QVERIFY(GamificationSeriesModel::valueText(Column::Messages, 12).startsWith(u"12 message"));
    QVERIFY(GamificationSeriesModel::valueText(Column::Replies, 2).startsWith(u"2 repl"));
    QVERIFY(GamificationSeriesModel::valueText(Column::Reactions, 1).startsWith(u"1 reaction"));
    QVERIFY(GamificationSeriesModel::valueText(Column::Socials, 0).startsWith(u"0 social"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(tst_GamificationSeriesModel)
#include "tst_gamificationseriesmodel.moc"
