#include "import/csvpreviewmodel.h"
#include "import/csvproblemfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

// CsvProblemFilterModel under QAbstractItemModelTester: all rows, then only
// the rows with problems, and the filter following a fix made in the grid.
class tst_CsvProblemFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void problemsOnly();
};

void tst_CsvProblemFilterModel::problemsOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.csv"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray b = "First Name,Last Name,Username,Email\n";
        for (int i = 0; i < 500; ++i) {
            const QByteArray n = QByteArray::number(i);
            b += "A,B,u" + n + ',' + (i % 100 == 3 ? QByteArray() : "m" + n + "@x.org") + '\n';
        }
        f.write(b);
    }
    ImportDocument document;
    CsvPreviewModel model(&document);
    CsvProblemFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&document, &ImportDocument::loaded);
    QVERIFY(document.open(path));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QCOMPARE(filter.rowCount(), 500);
    QVERIFY(!filter.problemsOnly());
    filter.setProblemsOnly(true);
    QVERIFY(filter.problemsOnly());
    QCOMPARE(filter.rowCount(), 5);
    QCOMPARE(filter.index(0, 2).data().toString(), u"u3"_s);
    QCOMPARE(filter.index(4, 2).data().toString(), u"u403"_s);
    QCOMPARE(filter.headerData(1, Qt::Vertical).toLongLong(), 105); // file row of u103
    // Fixing a row in the filtered grid drops it from the filter.
    QVERIFY(filter.setData(filter.index(0, 3), u"fixed@x.org"_s));
    QTRY_COMPARE_WITH_TIMEOUT(filter.rowCount(), 4, 10000);
    filter.setProblemsOnly(false);
    QCOMPARE(filter.rowCount(), 500);
}

QTEST_GUILESS_MAIN(tst_CsvProblemFilterModel)
#include "tst_csvproblemfiltermodel.moc"
