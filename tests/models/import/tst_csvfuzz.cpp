#include "fuzzreplay.h"

#include <QTest>

// Replays fuzz/csvfuzz.cpp's corpus and regression fixtures, and a fixed-seed
// batch of mutations of them, through its libFuzzer entry point (see
// tests/fuzz/fuzzreplay.h). A crash or sanitizer report fails the test.
class tst_CsvFuzz : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
    void mutations();
};

void tst_CsvFuzz::replay_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = ra::fuzzreplay::inputs(QStringLiteral(RA_FUZZ_DIR));
    QVERIFY(files.size() >= 5);
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void tst_CsvFuzz::replay()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(ra::fuzzreplay::runOne(f.readAll()), 0);
}

void tst_CsvFuzz::mutations()
{
    const QList<QByteArray> seeds =
        ra::fuzzreplay::readAll(ra::fuzzreplay::inputs(QStringLiteral(RA_FUZZ_DIR)));
    QVERIFY(!seeds.isEmpty());
    QCOMPARE(ra::fuzzreplay::runMutations(seeds, 1500), 1500);
}

QTEST_GUILESS_MAIN(tst_CsvFuzz)
#include "tst_csvfuzz.moc"
