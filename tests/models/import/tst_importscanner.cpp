#include "import/importscanner.h"

#include <QBuffer>
#include <QTest>

#include <thread>

using namespace ra;
using namespace Qt::StringLiterals;

// ImportScanner validating on a second thread gives exactly what validating
// on the reading thread gives: the same rows, offsets and problems (with the
// rows that duplicates name) in the same order, on a file with problems
// spread over many batches; and a stop from onRow stops both at the same row.
class tst_ImportScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pipelineMatchesSerial_data();
    void pipelineMatchesSerial();
    void stopAtTheSameRow();
    void smallFileStaysOnTheCallingThread();

private:
    struct Seen
    {
        QList<qint64> records;
        QList<qint64> offsets;
        QList<QList<CellProblem>> problems;
        QList<QStringList> problemCells; // the cells the problems name
        bool otherThread = false;
        ImportScanner::Result result;
    };
    Seen scan(const ImportScanner::Options &options, qint64 stopAfter = -1);

    QByteArray m_file;
    QHash<qint64, QStringList> m_edits;
};

void tst_ImportScanner::initTestCase()
{
    // 30,000 rows, about one in four with a problem: bad and duplicate
    // e-mails, duplicate usernames (naming earlier rows, also in earlier
    // batches), missing and over-long names, ragged rows, text after a
    // quote, invalid UTF-8, quoted line breaks; a few rows edited.
    m_file = "First Name,Last Name,Username,Email,Role\r\n";
    for (int i = 0; i < 30000; ++i) {
        const QByteArray n = QByteArray::number(i);
        QByteArray first = "F" + n;
        QByteArray last = i % 11 == 0 ? QByteArray("\"Multi\r\nLine\"") : QByteArray("L");
        QByteArray user = "u" + n;
        QByteArray mail = "m" + n + "@x.org";
        if (i % 13 == 0)
            mail = "broken" + n;
        if (i % 17 == 0 && i > 0)
            mail = "M" + QByteArray::number(i / 3) + "@X.org"; // a duplicate
        if (i % 19 == 0 && i > 0)
            user = "U" + QByteArray::number(i - 5000 > 0 ? i - 5000 : 1);
        if (i % 23 == 0)
            first.clear();
        if (i % 29 == 0)
            first = QByteArray(60, 'n');
        if (i % 31 == 0)
            last = "\"Quoted\"after";
        if (i % 37 == 0)
            last = "Bad\xff";
        QByteArray line = first + ',' + last + ',' + user + ',' + mail + ",Member";
        if (i % 41 == 0)
            line += ",extra";
        if (i % 43 == 0)
            line = first + ',' + last;
        m_file += line + "\r\n";
    }
    for (qint64 row : {5, 4095, 4096, 12000, 29999})
        m_edits.insert(row, {u"E"_s, u"Dit"_s, u"u1"_s, u"edited@x.org"_s, QString()});
}

tst_ImportScanner::Seen tst_ImportScanner::scan(const ImportScanner::Options &options,
                                                qint64 stopAfter)
{
    Seen seen;
    QBuffer buffer(&m_file);
    buffer.open(QIODevice::ReadOnly);
    const std::thread::id caller = std::this_thread::get_id();
    ImportScanner scanner;
    scanner.onRow = [&](const RowBatch::Row &row, const QList<CellProblem> &problems) {
        seen.otherThread = seen.otherThread || std::this_thread::get_id() != caller;
        seen.records.append(row.recordNumber());
        seen.offsets.append(row.recordOffset());
        seen.problems.append(problems);
        QStringList cells;
        for (const CellProblem &p : problems)
            cells.append(p.column >= 0 && p.column < row.fieldCount() ? row.fieldText(p.column)
                                                                      : QString());
        seen.problemCells.append(cells);
        return stopAfter < 0 || seen.records.size() < stopAfter;
    };
    seen.result = scanner.run(&buffer, options);
    return seen;
}

void tst_ImportScanner::pipelineMatchesSerial_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<bool>("keepFirstRows");
    QTest::addColumn<bool>("roles");
    QTest::newRow("default batches") << 4096 << true << false;
    QTest::newRow("small batches") << 7 << true << true;
    QTest::newRow("csv-check's table") << 100 << false << false;
}

void tst_ImportScanner::pipelineMatchesSerial()
{
    QFETCH(int, batchRows);
    QFETCH(bool, keepFirstRows);
    QFETCH(bool, roles);
    ImportScanner::Options o;
    o.batchRows = batchRows;
    o.keepFirstRows = keepFirstRows;
    o.checkRoles = roles;
    o.serverRoles = {u"Admin"_s};
    o.edits = &m_edits;
    o.chunkSize = 64 * 1024;
    o.pipeline = false;
    const Seen serial = scan(o);
    o.pipeline = true;
    const Seen pipelined = scan(o);

    QVERIFY(!serial.otherThread);
    QVERIFY(pipelined.otherThread); // the pipeline did run
    QCOMPARE(serial.records.size(), 30000);
    QVERIFY(serial.result.problemRows > 7000);
    QCOMPARE(pipelined.records, serial.records);
    QCOMPARE(pipelined.offsets, serial.offsets);
    for (qsizetype i = 0; i < serial.problems.size(); ++i) {
        QVERIFY2(pipelined.problems.at(i) == serial.problems.at(i),
                 qPrintable(u"row %1"_s.arg(serial.records.at(i))));
    }
    QCOMPARE(pipelined.problemCells, serial.problemCells);
    QCOMPARE(pipelined.result.rows, serial.result.rows);
    QCOMPARE(pipelined.result.problemRows, serial.result.problemRows);
    QCOMPARE(pipelined.result.problems, serial.result.problems);
    QVERIFY(pipelined.result.fatal.isNull());
    // Duplicates name their first row when rows are kept, across batches.
    bool namedEarlierBatch = false;
    for (qsizetype i = 0; i < serial.problems.size(); ++i) {
        for (const CellProblem &p : serial.problems.at(i)) {
            if (p.kind == CellProblem::Kind::DuplicateUsername && p.related > 0 &&
                serial.records.at(i) - p.related > batchRows)
                namedEarlierBatch = true;
        }
    }
    QCOMPARE(namedEarlierBatch, keepFirstRows);
}

void tst_ImportScanner::stopAtTheSameRow()
{
    ImportScanner::Options o;
    o.batchRows = 50;
    o.pipeline = false;
    const Seen serial = scan(o, 1234);
    o.pipeline = true;
    const Seen pipelined = scan(o, 1234);
    QVERIFY(pipelined.otherThread);
    QCOMPARE(serial.records.size(), 1234);
    QCOMPARE(pipelined.records, serial.records);
    QVERIFY(pipelined.result.stopped);
    QCOMPARE(pipelined.result.rows, 1234);
    QCOMPARE(pipelined.result.problems, serial.result.problems);
}

// A file that fills no batch is validated on the calling thread: no thread
// is started for it.
void tst_ImportScanner::smallFileStaysOnTheCallingThread()
{
    const QByteArray whole = m_file;
    m_file.truncate(m_file.indexOf("\r\nF500,") + 2);
    ImportScanner::Options o;
    const Seen seen = scan(o);
    m_file = whole;
    QCOMPARE(seen.records.size(), 500);
    QVERIFY(!seen.otherThread);
}

QTEST_GUILESS_MAIN(tst_ImportScanner)
#include "tst_importscanner.moc"
