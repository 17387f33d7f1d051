#include "commaline.h"
#include "import/csvreader.h"
#include "import/importdocument.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

// ImportDocument on real files: the preview arrives at once, the worker
// reads and validates the whole file (rows past the preview come back by
// offset), dialect override re-reads, cell edits revalidate, problem rows
// export with an error column, writeRows makes template CSV chunks, cancel,
// and unreadable files fail with a message.
class tst_ImportDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void previewThenLoaded();
    void rowsPastThePreview();
    void problemsAreFound();
    void setDialectRereads();
    void editFixesACell();
    void exportProblemRows();
    void writeRowsMakesTemplateChunks();
    void remapAndMode();
    void serverRoles();
    void unclosedQuoteFails();
    void missingFileFails();
    void binaryFileFails();
    void sixtyMegabyteLineFails();
    void cancelStopsTheScan();

private:
    QString write(const QByteArray &bytes);
    QString bigFile(int rows, int badEvery);
    static bool waitLoaded(ImportDocument &d);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void tst_ImportDocument::init()
{
    QVERIFY(m_dir.isValid());
}

QString tst_ImportDocument::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QString tst_ImportDocument::bigFile(int rows, int badEvery)
{
    QByteArray b = "First Name;Last Name;Username;Email;Notes\r\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const bool bad = badEvery > 0 && i % badEvery == 0;
        b += "Ada" + n + ";\"Love;lace\";user" + n + ';' +
             (bad ? QByteArray("broken") : QByteArray("u" + n + "@x.org")) +
             ";\"line1\nline2\"\r\n";
    }
    return write(b);
}

bool tst_ImportDocument::waitLoaded(ImportDocument &d)
{
    if (d.state() == ImportDocument::State::Ready)
        return true;
    QSignalSpy loaded(&d, &ImportDocument::loaded);
    return loaded.wait(20000);
}

void tst_ImportDocument::previewThenLoaded()
{
    const QString path = bigFile(5000, 0);
    ImportDocument d;
    QSignalSpy preview(&d, &ImportDocument::previewReady);
    QSignalSpy loaded(&d, &ImportDocument::loaded);
    QSignalSpy progress(&d, &ImportDocument::progressChanged);
    QElapsedTimer t;
    t.start();
    QVERIFY(d.open(path));
    QCOMPARE(d.header().size(), 5);
    QCOMPARE(d.rowCount(), qint64(ImportDocument::previewRows)); // preview rows already there
    QCOMPARE(d.dialect().delimiter, ';');
    QVERIFY(preview.wait(5000));
    QVERIFY(t.elapsed() < 1000);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QCOMPARE(d.state(), ImportDocument::State::Ready);
    QCOMPARE(d.rowCount(), 5000);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(2).toLongLong(), 5000);
    QCOMPARE(d.problemRowCount(), 0);
    QVERIFY(d.mapping().isComplete(d.importTemplate()));
}

void tst_ImportDocument::rowsPastThePreview()
{
    ImportDocument d;
    QVERIFY(d.open(bigFile(3000, 0)));
    QVERIFY(waitLoaded(d));
    for (qint64 row :
         {qint64(0), qint64(199), qint64(200), qint64(2999), qint64(1234), qint64(7)}) {
        const QString n = QString::number(row);
        QCOMPARE(d.row(row), (QStringList{u"Ada"_s + n, u"Love;lace"_s, u"user"_s + n,
                                          u"u"_s + n + u"@x.org"_s, u"line1\nline2"_s}));
    }
    QVERIFY(d.row(3000).isEmpty());
}

void tst_ImportDocument::problemsAreFound()
{
    ImportDocument d;
    QVERIFY(d.open(bigFile(1000, 100)));
    QVERIFY(waitLoaded(d));
    QCOMPARE(d.problemRowCount(), 10);
    QCOMPARE(d.problemCount(), 10);
    QCOMPARE(d.problemRows().front(), 0);
    QCOMPARE(d.problemRows().back(), 900);
    QVERIFY(d.rowHasProblems(500));
    QVERIFY(!d.rowHasProblems(501));
    QCOMPARE(d.problems(500).at(0).kind, CellProblem::Kind::InvalidEmail);
    QVERIFY(d.cellProblemText(500, 3).contains(u"broken"));
    QVERIFY(d.cellProblemText(500, 2).isEmpty());
}

void tst_ImportDocument::setDialectRereads()
{
    ImportDocument d;
    QVERIFY(d.open(bigFile(300, 0)));
    QVERIFY(waitLoaded(d));
    CsvDialect comma = d.dialect();
    comma.delimiter = ',';
    QSignalSpy preview(&d, &ImportDocument::previewReady);
    d.setDialect(comma);
    QCOMPARE(preview.size(), 1); // at once, not after the scan
    QCOMPARE(d.header().size(), 1);
    QVERIFY(waitLoaded(d));
    QCOMPARE(d.dialect().delimiter, ',');
    QVERIFY(!d.mapping().isComplete(d.importTemplate()));
    // Back to the detected dialect, and a legacy encoding keeps ASCII intact.
    CsvDialect legacy = d.detectedDialect();
    legacy.encoding = CsvEncoding::Windows1252;
    d.setDialect(legacy);
    QVERIFY(waitLoaded(d));
    QCOMPARE(d.rowCount(), 300);
    QCOMPARE(d.cell(250, 0), u"Ada250"_s);
}

void tst_ImportDocument::editFixesACell()
{
    ImportDocument d;
    QVERIFY(d.open(bigFile(400, 100)));
    QVERIFY(waitLoaded(d));
    QCOMPARE(d.problemRowCount(), 4);
    QSignalSpy changed(&d, &ImportDocument::cellChanged);
    QSignalSpy problems(&d, &ImportDocument::problemsChanged);
    QVERIFY(d.setCell(300, 3, u"fixed@x.org"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(d.cell(300, 3), u"fixed@x.org"_s);
    QVERIFY(d.isEdited(300));
    QVERIFY(problems.wait(10000));
    QCOMPARE(d.problemRowCount(), 3);
    QVERIFY(!d.rowHasProblems(300));
    // An edit can also introduce a duplicate.
    QVERIFY(d.setCell(5, 3, u"u6@x.org"_s));
    QVERIFY(problems.wait(10000));
    QVERIFY(d.rowHasProblems(6));
    QCOMPARE(d.problems(6).at(0).kind, CellProblem::Kind::DuplicateEmail);
    QCOMPARE(d.problems(6).at(0).related, 7); // file row of data row 5
    QVERIFY(!d.setCell(400, 0, u"x"_s));
    QVERIFY(!d.setCell(0, 9, u"x"_s));
}

void tst_ImportDocument::exportProblemRows()
{
    ImportDocument d;
    QVERIFY(d.open(bigFile(250, 100)));
    QVERIFY(waitLoaded(d));
    QByteArray bytes;
    QBuffer out(&bytes);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(d.exportProblemRows(&out, &error));
    out.close();
    QVERIFY(out.open(QIODevice::ReadOnly));
    CsvReader reader(&out);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.fields().constLast(), u"Error"_s);
    QCOMPARE(reader.fieldCount(), 6);
    int rows = 0;
    while (reader.readRecord()) {
        ++rows;
        QCOMPARE(reader.fieldCount(), 6);
        QVERIFY(reader.fieldText(5).startsWith(u"Email: "));
        QCOMPARE(reader.fieldText(4), u"line1\nline2"_s);
    }
    QCOMPARE(rows, 3);
}

void tst_ImportDocument::writeRowsMakesTemplateChunks()
{
    ImportDocument d;
    QVERIFY(d.open(bigFile(1000, 0)));
    QVERIFY(waitLoaded(d));
    QVERIFY(d.setCell(500, 0, u"  Edited \"name\"  "_s));
    QSignalSpy problems(&d, &ImportDocument::problemsChanged);
    QVERIFY(problems.wait(10000));
    QByteArray bytes;
    QBuffer out(&bytes);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(d.writeRows(&out, 400, 600, &error), qPrintable(error));
    out.close();
    QVERIFY(bytes.startsWith("First Name,Last Name,Username,Email\r\n"));
    QVERIFY(out.open(QIODevice::ReadOnly));
    CsvReader reader(&out);
    QVERIFY(reader.readRecord());
    int row = 400;
    while (reader.readRecord()) {
        const QString n = QString::number(row);
        const QString first = row == 500 ? u"Edited \"name\""_s : u"Ada"_s + n;
        QCOMPARE(reader.fields(),
                 (QStringList{first, u"Love;lace"_s, u"user"_s + n, u"u"_s + n + u"@x.org"_s}));
        ++row;
    }
    QCOMPARE(row, 600);
    QVERIFY(!d.writeRows(&out, 900, 1001, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ImportDocument::remapAndMode()
{
    ImportDocument d;
    QVERIFY(d.open(write("Contact,First Name,Last Name,Username\nnot-mail,A,B,u\n")));
    QVERIFY(waitLoaded(d));
    QVERIFY(!d.mapping().isComplete(d.importTemplate())); // "Contact" is not an alias
    QCOMPARE(d.problemRowCount(), 0);
    ColumnMapping m = d.mapping();
    m.map(0, d.importTemplate().indexOf(u"Email"));
    QSignalSpy problems(&d, &ImportDocument::problemsChanged);
    d.setMapping(m);
    QVERIFY(problems.wait(10000));
    QVERIFY(d.mapping().isComplete(d.importTemplate()));
    QCOMPARE(d.problemRowCount(), 1);
    d.setMode(ImportMode::Update);
    QCOMPARE(d.mode(), ImportMode::Update);
    QVERIFY(problems.wait(10000));
    QCOMPARE(d.importTemplate().mode(), ImportMode::Update);
}

void tst_ImportDocument::serverRoles()
{
    ImportDocument d;
    QVERIFY(d.open(write("First Name,Last Name,Username,Email,Role\nA,B,u,a@x.org,Admin\n"
                         "A,B,v,b@x.org,Member\n")));
    QVERIFY(waitLoaded(d));
    QCOMPARE(d.problemRowCount(), 0);
    QSignalSpy problems(&d, &ImportDocument::problemsChanged);
    d.setServerRoles({u"Member"_s});
    QVERIFY(problems.wait(10000));
    QCOMPARE(d.problemRowCount(), 1);
    QCOMPARE(d.problems(0).at(0).kind, CellProblem::Kind::UnknownRole);
}

void tst_ImportDocument::unclosedQuoteFails()
{
    ImportDocument d;
    QSignalSpy failed(&d, &ImportDocument::failed);
    QVERIFY(d.open(write("First Name,Email\nA,a@x.org\nB,\"b@x.org\nC,c@x.org\n")));
    QVERIFY(failed.wait(10000));
    QCOMPARE(d.state(), ImportDocument::State::Failed);
    QCOMPARE(d.fatalError().kind, CsvError::Kind::UnclosedQuote);
    QVERIFY(failed.at(0).at(0).toString().contains(u"Row 3"));
}

void tst_ImportDocument::missingFileFails()
{
    ImportDocument d;
    QSignalSpy failed(&d, &ImportDocument::failed);
    QVERIFY(!d.open(m_dir.filePath(u"nope.csv"_s)));
    QVERIFY(!d.errorText().isEmpty());
    QVERIFY(failed.wait(5000));
    QVERIFY(!d.open(write("")));
    QVERIFY(d.errorText().contains(u"header"));
}

// The wizard says the same as csv-check: a PNG is not a text file.
void tst_ImportDocument::binaryFileFails()
{
    ImportDocument d;
    QSignalSpy failed(&d, &ImportDocument::failed);
    QVERIFY(
        !d.open(write(QByteArray::fromHex("89504e470d0a1a0a0000000d494844520000000100000001"))));
    QCOMPARE(d.state(), ImportDocument::State::Failed);
    QCOMPARE(d.fatalError().kind, CsvError::Kind::NotText);
    QVERIFY2(d.errorText().contains(u"not a text file"), qPrintable(d.errorText()));
    QVERIFY(failed.wait(5000));
}

// A line of 60,000,000 commas, as the header or as a row within the preview:
// the preview stops at the cell limit and the document fails naming the row
// and line, instead of building 60 million cells.
void tst_ImportDocument::sixtyMegabyteLineFails()
{
    auto file = [this](const QByteArray &before) {
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
        return writeCommaLine(path, before, "\nA,a@x.org\n") ? path : QString();
    };
    ImportDocument header;
    QVERIFY(!header.open(file({})));
    QCOMPARE(header.fatalError().kind, CsvError::Kind::TooManyFields);
    QVERIFY2(header.errorText().startsWith(u"Row 1 (line 1): the row has more than"),
             qPrintable(header.errorText()));

    ImportDocument row;
    QSignalSpy failed(&row, &ImportDocument::failed);
    QVERIFY(row.open(file("First Name,Email\nA,a@x.org\nB,\"b\n\"\n")));
    QCOMPARE(row.rowCount(), 2); // the preview rows before the wide one
    QVERIFY(failed.wait(10000));
    QCOMPARE(row.state(), ImportDocument::State::Failed);
    QCOMPARE(row.fatalError().kind, CsvError::Kind::TooManyFields);
    QVERIFY2(failed.at(0).at(0).toString().startsWith(u"Row 4 (line 5): the row has more than"),
             qPrintable(failed.at(0).at(0).toString()));
}

void tst_ImportDocument::cancelStopsTheScan()
{
    ImportDocument d;
    QSignalSpy cancelled(&d, &ImportDocument::cancelled);
    QSignalSpy loaded(&d, &ImportDocument::loaded);
    QVERIFY(d.open(bigFile(200000, 0)));
    d.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() || !loaded.isEmpty(), 20000);
    // Either the scan noticed the cancel, or it had already finished.
    QVERIFY(cancelled.size() + loaded.size() == 1);
    if (!cancelled.isEmpty()) {
        QCOMPARE(d.state(), ImportDocument::State::Failed);
        QVERIFY(d.errorText().contains(u"cancelled"));
    }
}

QTEST_GUILESS_MAIN(tst_ImportDocument)
#include "tst_importdocument.moc"
