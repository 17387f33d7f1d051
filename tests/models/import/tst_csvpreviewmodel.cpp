#include "import/csvpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

// CsvPreviewModel under QAbstractItemModelTester while the document goes
// through preview, full load, an edit and a dialect change: display text,
// the bad cells' colour and tooltip, the file row numbers, the mapped
// headers, and editing through setData().
class tst_CsvPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void followsTheDocument();
    void marksBadCells();
    void editsThroughSetData();
    void headersShowTheMapping();

private:
    QString write(const QByteArray &bytes);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString tst_CsvPreviewModel::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("p%1.csv").arg(++m_files));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

namespace {

QByteArray rows(int count, int badEvery)
{
    QByteArray b = "First Name,Last Name,Username,Email\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        b += "A" + n + ",B,u" + n + ',' +
             (badEvery && i % badEvery == 0 ? QByteArray("bad") : "m" + n + "@x.org") + '\n';
    }
    return b;
}

} // namespace

void tst_CsvPreviewModel::followsTheDocument()
{
    ImportDocument document;
    CsvPreviewModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy loaded(&document, &ImportDocument::loaded);
    int rowsAtPreview = -1;
    connect(&document, &ImportDocument::previewReady, this,
            [&] { rowsAtPreview = model.rowCount(); });
    QVERIFY(document.open(write(rows(1000, 0))));
    QTRY_COMPARE(rowsAtPreview, ImportDocument::previewRows);
    QCOMPARE(model.columnCount(), 5); // four file columns and the Problem column
    QCOMPARE(model.problemColumn(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.index(999, 2).data().toString(), u"u999"_s);
    QCOMPARE(model.headerData(999, Qt::Vertical).toLongLong(), 1001);
    QCOMPARE(model.index(5, 0).data(int(CsvPreviewModel::DataRole::FileRow)).toLongLong(), 7);
    CsvDialect d = document.dialect();
    d.delimiter = ';';
    document.setDialect(d);
    QCOMPARE(model.columnCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.index(0, 2).isValid(), false);
}

void tst_CsvPreviewModel::marksBadCells()
{
    ImportDocument document;
    CsvPreviewModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&document, &ImportDocument::loaded);
    QVERIFY(document.open(write(rows(300, 50))));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    const QModelIndex bad = model.index(250, 3);
    const QModelIndex good = model.index(250, 2);
    QVERIFY(bad.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(!good.data(Qt::BackgroundRole).isValid());
    QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(u"\"bad\""));
    QVERIFY(!good.data(Qt::ToolTipRole).isValid());
    QVERIFY(bad.data(int(CsvPreviewModel::DataRole::HasProblem)).toBool());
    QVERIFY(good.data(int(CsvPreviewModel::DataRole::RowHasProblem)).toBool());
    QVERIFY(!model.index(251, 2).data(int(CsvPreviewModel::DataRole::RowHasProblem)).toBool());
}

void tst_CsvPreviewModel::editsThroughSetData()
{
    ImportDocument document;
    CsvPreviewModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&document, &ImportDocument::loaded);
    QVERIFY(document.open(write(rows(120, 100))));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    const QModelIndex bad = model.index(100, 3);
    QVERIFY(model.flags(bad) & Qt::ItemIsEditable);
    QVERIFY(bad.data(int(CsvPreviewModel::DataRole::HasProblem)).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(bad, u"fixed@x.org"_s));
    QCOMPARE(bad.data().toString(), u"fixed@x.org"_s);
    QVERIFY(!changed.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!bad.data(int(CsvPreviewModel::DataRole::HasProblem)).toBool(), 10000);
    QVERIFY(!model.setData(bad, u"x"_s, Qt::DisplayRole));
}

void tst_CsvPreviewModel::headersShowTheMapping()
{
    ImportDocument document;
    CsvPreviewModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&document, &ImportDocument::loaded);
    QVERIFY(document.open(write("first_name,Notes\nA,x\n")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"first_name → First Name"_s);
    QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(u"ignored"));
    QVERIFY(!model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CsvPreviewModel)
#include "tst_csvpreviewmodel.moc"
