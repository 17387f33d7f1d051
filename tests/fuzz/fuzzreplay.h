#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <cstddef>
#include <cstdint>

// The libFuzzer entry point of the test executable (fuzz/*fuzz.cpp), linked
// without libFuzzer so every normal test run replays the seed corpus and
// every regression fixture the fuzzer ever found, plus a fixed-seed batch of
// mutations of them.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace ra::fuzzreplay {

// The files of fuzzDir/corpus and fuzzDir/regressions, by name.
inline QStringList inputs(const QString &fuzzDir)
{
    QStringList files;
    for (const char *sub : {"corpus", "regressions"}) {
        QDir dir(fuzzDir + u'/' + QString::fromLatin1(sub));
        const auto entries = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &fi : entries)
            files.append(fi.absoluteFilePath());
    }
    return files;
}

// Runs the entry point on bytes; its return value (0 when it ran).
inline int runOne(const QByteArray &bytes)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                  size_t(bytes.size()));
}

// The contents of the files that can be read.
inline QList<QByteArray> readAll(const QStringList &paths)
{
    QList<QByteArray> seeds;
    for (const QString &path : paths) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            seeds.append(f.readAll());
    }
    return seeds;
}

// Runs count fixed-seed random mutations of seeds (not empty) through the
// entry point; how many of them returned 0.
inline int runMutations(const QList<QByteArray> &seeds, int count)
{
    QRandomGenerator random(20261127);
    int runs = 0;
    for (int i = 0; i < count; ++i) {
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
        runs += runOne(b) == 0;
    }
    return runs;
}

} // namespace ra::fuzzreplay
