#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <cstddef>
#include <cstdint>

// The libFuzzer entry point (fuzz/csvfuzz.cpp), linked here without
// libFuzzer so every normal test run replays the seed corpus and every
// regression fixture the fuzzer ever found, plus a fixed-seed batch of
// mutations of them. A crash or sanitizer report fails the test.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class tst_CsvFuzz : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
    void mutations();

private:
    static QStringList inputs();
};

QStringList tst_CsvFuzz::inputs()
{
    QStringList files;
    for (const char *sub : {"corpus", "regressions"}) {
        QDir dir(QStringLiteral(RA_FUZZ_DIR "/") + QString::fromLatin1(sub));
        const auto entries = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &fi : entries)
            files.append(fi.absoluteFilePath());
    }
    return files;
}

void tst_CsvFuzz::replay_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = inputs();
    QVERIFY(files.size() >= 5);
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void tst_CsvFuzz::replay()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                    size_t(bytes.size())),
             0);
}

void tst_CsvFuzz::mutations()
{
    QList<QByteArray> seeds;
    for (const QString &path : inputs()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            seeds.append(f.readAll());
    }
    QVERIFY(!seeds.isEmpty());
    QRandomGenerator random(20261127);
    int runs = 0;
    for (int i = 0; i < 1500; ++i) {
        QByteArray b = seeds.at(random.bounded(int(seeds.size())));
        const int edits = 1 + random.bounded(6);
        for (int e = 0; e < edits && !b.isEmpty(); ++e) {
            const int at = random.bounded(int(b.size()));
            switch (random.bounded(4)) {
            case 0:
                b[at] = char(random.bounded(256));
                break;
            case 1:
                b.remove(at, 1 + random.bounded(8));
                break;
            case 2:
                b.insert(at, b.mid(random.bounded(int(b.size())), 1 + random.bounded(16)));
                break;
            default:
                b.truncate(at);
                break;
            }
        }
        runs += LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(b.constData()),
                                       size_t(b.size())) == 0;
    }
    QCOMPARE(runs, 1500);
}

QTEST_GUILESS_MAIN(tst_CsvFuzz)
#include "tst_csvfuzz.moc"
