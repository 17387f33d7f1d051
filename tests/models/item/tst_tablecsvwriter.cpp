#include "item/tablecsvwriter.h"

#include <QBuffer>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

using namespace ra;

// TableCsvWriter: quoting, the formula guard, chosen columns and a proxy's rows.
class tst_TableCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void writesVisibleColumnsOfProxy();
};

void tst_TableCsvWriter::field_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Ada") << QStringLiteral("Ada");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula =") << QStringLiteral("=SUM(A1)") << QStringLiteral("\"'=SUM(A1)\"");
    QTest::newRow("formula +") << QStringLiteral("+1") << QStringLiteral("\"'+1\"");
    QTest::newRow("formula -") << QStringLiteral("-2") << QStringLiteral("\"'-2\"");
    QTest::newRow("formula @") << QStringLiteral("@cmd") << QStringLiteral("\"'@cmd\"");
    QTest::newRow("formula tab") << QStringLiteral("\tx") << QStringLiteral("\"'\tx\"");
    QTest::newRow("inner =") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void tst_TableCsvWriter::field()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(TableCsvWriter::field(cell), expected);
}

void tst_TableCsvWriter::writesVisibleColumnsOfProxy()
{
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("Hidden"), QStringLiteral("Note")});
    const QList<QStringList> rows = {
        {QStringLiteral("ann"), QStringLiteral("x"), QStringLiteral("=HYPERLINK(\"http://evil\")")},
        {QStringLiteral("bob"), QStringLiteral("y"), QStringLiteral("plain")},
        {QStringLiteral("anna"), QStringLiteral("z"), QStringLiteral("a,b")}};
    for (const QStringList &r : rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : r)
            items.append(new QStandardItem(cell));
        model.appendRow(items);
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterFixedString(QStringLiteral("ann"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    TableCsvWriter writer(proxy, {0, 2}, buffer);
    QVERIFY(writer.writeHeader());
    QVERIFY(writer.writeRows(1));
    QVERIFY(!writer.atEnd());
    QVERIFY(writer.writeRows(10));
    QVERIFY(writer.atEnd());
    QCOMPARE(writer.rowsWritten(), 2);
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFName,Note\r\n"
                                       "ann,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"
                                       "anna,\"a,b\"\r\n"));
}

QTEST_GUILESS_MAIN(tst_TableCsvWriter)
#include "tst_tablecsvwriter.moc"
