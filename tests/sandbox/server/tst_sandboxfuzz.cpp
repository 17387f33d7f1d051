#include "fuzzreplay.h"

#include <QTest>

#include <cstddef>
#include <cstdint>

// The sandbox's three fuzz targets (fuzz/framingfuzz.cpp, jsonfuzz.cpp,
// multipartfuzz.cpp), built without libFuzzer: each target's corpus and
// regression fixtures, and a fixed-seed batch of mutations of them, go
// through its entry point (see tests/fuzz/fuzzreplay.h). A crash, a
// sanitizer report or a broken invariant (abort) fails the test.
namespace ra::sandbox::fuzz {
int framing(const uint8_t *data, size_t size);
int jsonBody(const uint8_t *data, size_t size);
int multipart(const uint8_t *data, size_t size);
} // namespace ra::sandbox::fuzz

namespace {

using Target = int (*)(const uint8_t *, size_t);
Target g_target = nullptr;

Target targetNamed(const QString &name)
{
    if (name == u"framing")
        return &ra::sandbox::fuzz::framing;
    if (name == u"json")
        return &ra::sandbox::fuzz::jsonBody;
    return &ra::sandbox::fuzz::multipart;
}

const QStringList &targetNames()
{
    static const QStringList names{QStringLiteral("framing"), QStringLiteral("json"),
                                   QStringLiteral("multipart")};
    return names;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return g_target(data, size);
}

class tst_SandboxFuzz : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
    void mutations_data();
    void mutations();
};

void tst_SandboxFuzz::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &target : targetNames()) {
        const QStringList files = ra::fuzzreplay::inputs(QStringLiteral(RA_FUZZ_DIR "/") + target);
        QVERIFY(files.size() >= 4);
        for (const QString &f : files)
            QTest::newRow(qPrintable(target + u'/' + QFileInfo(f).fileName())) << target << f;
    }
}

void tst_SandboxFuzz::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    g_target = targetNamed(target);
    QCOMPARE(ra::fuzzreplay::runOne(f.readAll()), 0);
}

void tst_SandboxFuzz::mutations_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &target : targetNames())
        QTest::newRow(qPrintable(target)) << target;
}

void tst_SandboxFuzz::mutations()
{
    QFETCH(QString, target);
    const QList<QByteArray> seeds =
        ra::fuzzreplay::readAll(ra::fuzzreplay::inputs(QStringLiteral(RA_FUZZ_DIR "/") + target));
    QVERIFY(!seeds.isEmpty());
    g_target = targetNamed(target);
    QCOMPARE(ra::fuzzreplay::runMutations(seeds, 1500), 1500);
}

QTEST_GUILESS_MAIN(tst_SandboxFuzz)
#include "tst_sandboxfuzz.moc"
