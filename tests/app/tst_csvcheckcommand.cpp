#include "commaline.h"
#include "csvcheckcommand.h"
#include "sandboxfixture.h"

#include "api/apiclientconfig.h"
#include "import/csvreader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {
// A string literal's bytes, NULs inside it included, without the terminator.
template<qsizetype N> QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}
} // namespace
using namespace Qt::StringLiterals;

// `returning-admin csv-check`: exit 0 for a clean file, 1 with problems
// (each printed with row, column and reason), 2 for a file that cannot be
// read as CSV and for usage errors; --json, --print-rows (the rows exactly as
// read), --update, encoding/delimiter overrides, and --profile checking Role
// names against the sandbox over HTTP.
class tst_CsvCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void problemsAreListed();
    void json();
    void jsonFatal();
    void printRows();
    void updateMode();
    void overrides();
    void profileChecksRoles();
    void notATextFile_data();
    void notATextFile();
    void utf16WithoutBom_data();
    void utf16WithoutBom();
    void sixtyMegabyteLineOfCommas();
    void oversizedRecord();

private:
    int run(const QStringList &args);
    QString write(const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_files = 0;
    QByteArray m_out;
    QByteArray m_err;
    SandboxFixture m_sandbox;
};

namespace {
const QByteArray kHeader = "First Name,Last Name,Username,Email\r\n";
}

void tst_CsvCheckCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

int tst_CsvCheckCommand::run(const QStringList &args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const int code = runCsvCheckCommand(args, &out, &err);
    m_out = out.data();
    m_err = err.data();
    return code;
}

QString tst_CsvCheckCommand::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("c%1.csv").arg(++m_files));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

void tst_CsvCheckCommand::exitCodes_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::newRow("clean") << kHeader + "Ada,Lovelace,ada,ada@x.org\r\n" << QStringList() << 0;
    QTest::newRow("header only") << kHeader << QStringList() << 0;
    QTest::newRow("bad email") << kHeader + "Ada,Lovelace,ada,nope\r\n" << QStringList() << 1;
    QTest::newRow("ragged") << kHeader + "Ada,Lovelace,ada\r\n" << QStringList() << 1;
    QTest::newRow("missing column")
        << QByteArray("First Name,Email\nA,a@x.org\n") << QStringList() << 1;
    QTest::newRow("unclosed quote") << kHeader + "Ada,\"Lovelace,ada,a@x.org\r\n"
                                    << QStringList() << 2;
    QTest::newRow("empty file") << QByteArray() << QStringList() << 2;
    QTest::newRow("unknown option") << kHeader << QStringList{u"--frobnicate"_s} << 2;
    QTest::newRow("bad encoding") << kHeader << QStringList{u"--encoding"_s, u"ebcdic"_s} << 2;
    QTest::newRow("key without profile") << kHeader << QStringList{u"--key"_s, u"k"_s} << 2;
    QTest::newRow("profile without resolver")
        << kHeader << QStringList{u"--profile"_s, u"work"_s} << 2;
}

void tst_CsvCheckCommand::exitCodes()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    setCsvCheckProfileResolver({});
    QCOMPARE(run(QStringList{write(file)} + extra), code);
    if (code == 2)
        QVERIFY(!m_out.isEmpty() || !m_err.isEmpty());
    QCOMPARE(run({m_dir.filePath(u"missing.csv"_s)}), 2);
    QVERIFY(m_out.contains("Cannot open"));
    QCOMPARE(run({}), 2);
}

void tst_CsvCheckCommand::problemsAreListed()
{
    const QString path = write(kHeader + "Ada,Lovelace,ada,ada@x.org\r\n"
                                         ",Lovelace,bob,ADA@x.org\r\n"
                                         "Cy,\"Multi\nLine\",cy,cy@x\r\n");
    QCOMPARE(run({path}), 1);
    const QString text = QString::fromUtf8(m_out);
    QVERIFY2(text.contains(u"Row 3, column 1 (First Name): First Name is required."),
             m_out.constData());
    QVERIFY(text.contains(
        u"Row 3, column 4 (Email): E-mail \"ADA@x.org\" already appears earlier in the file."));
    QVERIFY(text.contains(u"Row 4, column 4 (Email): \"cy@x\" is not an e-mail address."));
    QVERIFY(text.contains(u"data rows: 3, rows with problems: 2, problems: 3."));
    QVERIFY(text.contains(u"not checked"));
}

void tst_CsvCheckCommand::json()
{
    const QString path = write(kHeader + "Ada,Lovelace,ada,ada@x.org\r\nB,C,d,bad\r\n");
    QCOMPARE(run({path, u"--json"_s}), 1);
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(m_out, &e).object();
    QVERIFY2(e.error == QJsonParseError::NoError, m_out.constData());
    QCOMPARE(o.value(u"rows").toInt(), 2);
    QCOMPARE(o.value(u"problemRows").toInt(), 1);
    QCOMPARE(o.value(u"encoding").toString(), u"utf-8"_s);
    QCOMPARE(o.value(u"mode").toString(), u"import"_s);
    QCOMPARE(o.value(u"rolesChecked").toBool(), false);
    const QJsonArray problems = o.value(u"problems").toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject p = problems.at(0).toObject();
    QCOMPARE(p.value(u"row").toInt(), 3);
    QCOMPARE(p.value(u"column").toInt(), 4);
    QCOMPARE(p.value(u"header").toString(), u"Email"_s);
    QCOMPARE(p.value(u"kind").toString(), u"invalid-email"_s);
    // A clean file has an empty problem list.
    QCOMPARE(run({write(kHeader + "A,B,c,d@e.fg\n"), u"--json"_s}), 0);
    QVERIFY(QJsonDocument::fromJson(m_out).object().value(u"problems").toArray().isEmpty());
}

void tst_CsvCheckCommand::jsonFatal()
{
    QCOMPARE(run({write(kHeader + "A,B,c,d@e.fg\n\"open,x\n"), u"--json"_s}), 2);
    const QJsonObject o = QJsonDocument::fromJson(m_out).object();
    const QJsonObject error = o.value(u"error").toObject();
    QCOMPARE(error.value(u"kind").toString(), u"unclosed-quote"_s);
    QCOMPARE(error.value(u"row").toInt(), 3);
    QCOMPARE(error.value(u"column").toInt(), 1);
}

void tst_CsvCheckCommand::printRows()
{
    const QByteArray file = "\xEF\xBB\xBF" + kHeader +
                            "\"Ada \"\"A\"\"\",\"Love\r\nlace\",ada,ada@x.org\r\n\r\n"
                            "5\" tall,x,y,z@x.org";
    QCOMPARE(run({write(file), u"--print-rows"_s}), 0);
    QJsonParseError e;
    const QJsonArray rows = QJsonDocument::fromJson(m_out, &e).array();
    QVERIFY2(e.error == QJsonParseError::NoError, m_out.constData());
    const QJsonArray expected{
        QJsonArray{u"First Name"_s, u"Last Name"_s, u"Username"_s, u"Email"_s},
        QJsonArray{u"Ada \"A\""_s, u"Love\r\nlace"_s, u"ada"_s, u"ada@x.org"_s},
        QJsonArray{u"5\" tall"_s, u"x"_s, u"y"_s, u"z@x.org"_s}};
    QCOMPARE(rows, expected);
    QVERIFY(m_err.contains("data rows: 2,")); // the report went to stderr
    // Even a file that fails half-way prints valid JSON of what was read.
    QCOMPARE(run({write(kHeader + "a,b,c,d@e.fg\n\"x"), u"--print-rows"_s}), 2);
    QCOMPARE(QJsonDocument::fromJson(m_out).array().size(), 2);
}

void tst_CsvCheckCommand::updateMode()
{
    const QString path = write("Email,xp_op,xp\na@x.org,add,5\nb@x.org,times,2\nc@x.org,,x\n");
    QCOMPARE(run({path, u"--update"_s, u"--json"_s}), 1);
    const QJsonObject o = QJsonDocument::fromJson(m_out).object();
    QCOMPARE(o.value(u"mode").toString(), u"update"_s);
    const QJsonArray problems = o.value(u"problems").toArray();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).toObject().value(u"kind").toString(), u"invalid-operation"_s);
    QCOMPARE(problems.at(1).toObject().value(u"kind").toString(), u"not-a-number"_s);
    // The same file as an import misses the required columns.
    QCOMPARE(run({path}), 1);
    QVERIFY(m_out.contains("Map the required column"));
}

void tst_CsvCheckCommand::overrides()
{
    const QString path =
        write("First Name;Last Name;Username;Email\r\nJos\xe9;B;c;d@e.fg\r\n"); // Windows-1252
    QCOMPARE(run({path, u"--print-rows"_s}), 0);
    QCOMPARE(QJsonDocument::fromJson(m_out).array().at(1).toArray().at(0).toString(), u"José"_s);
    QCOMPARE(run({path, u"--encoding"_s, u"utf-8"_s}), 1); // now it is invalid UTF-8
    QVERIFY(m_out.contains("UTF-8"));
    QCOMPARE(run({path, u"--delimiter"_s, u","_s, u"--encoding"_s, u"latin1"_s}), 1);
    QVERIFY(m_out.contains("Map the required column"));
}

void tst_CsvCheckCommand::profileChecksRoles()
{
    QVERIFY(m_sandbox.start(50));
    const ApiClientConfig sandbox = m_sandbox.config();
    setCsvCheckProfileResolver(
        [sandbox](const QString &name, ApiClientConfig *c, QString *, QString *error) {
            if (name != u"sandbox") {
                *error = u"no profile "_s + name;
                return false;
            }
            c->baseUrls = sandbox.baseUrls;
            c->communityId = sandbox.communityId;
            return true;
        });
    const QByteArray header = "First Name,Last Name,Username,Email,Role\n";
    const QString path = write(header + "A,B,c,d@e.fg,Definitely Not A Role\nA,B,e,f@e.fg,\n");
    // The System key from its variable, as in every subcommand.
    const QStringList profile{u"--profile"_s, u"sandbox"_s};
    qputenv("RA_SYSTEM_KEY", sandbox.systemKey.toUtf8());
    const int code = run(QStringList{path, u"--json"_s} + profile);
    qunsetenv("RA_SYSTEM_KEY");
    QCOMPARE(code, 1);
    const QJsonObject o = QJsonDocument::fromJson(m_out).object();
    QCOMPARE(o.value(u"rolesChecked").toBool(), true);
    const QJsonArray problems = o.value(u"problems").toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).toObject().value(u"kind").toString(), u"unknown-role"_s);
    // Without the profile the same file is clean: names are not checked.
    QCOMPARE(run({path}), 0);
    // A wrong key is an error talking to the server, not a CSV verdict.
    QCOMPARE(run({path, u"--profile"_s, u"sandbox"_s, u"--key"_s, u"wrong"_s}), 2);
    QVERIFY(m_err.contains("roles"));
    QVERIFY(m_err.contains("can be read by other users"));
    QCOMPARE(run({path, u"--profile"_s, u"other"_s}), 2);
    setCsvCheckProfileResolver({});
}

void tst_CsvCheckCommand::notATextFile_data()
{
    QTest::addColumn<QByteArray>("file");
    // The first bytes of a 1x1 PNG, as saved by an image editor.
    QTest::newRow("png") << QByteArray::fromHex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806"
        "0000001f15c4890000000d4944415478da63f8cfc0f01f0005"
        "0001ff8d2b9c2f0000000049454e44ae426082");
    // A workbook saved as .xlsx instead of .csv: a ZIP archive.
    QTest::newRow("xlsx") << bytesOf("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00") +
                                 "[Content_Types].xml" + QByteArray(200, '\x7f');
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20261202);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("random bytes") << random;
    QTest::newRow("csv with a NUL") << kHeader + QByteArray("Ada,Love\0lace,ada,ada@x.org\r\n", 30);
}

// Binary files are refused before reading (exit 2), instead of being read as
// Windows-1252 with a problem on every "row".
void tst_CsvCheckCommand::notATextFile()
{
    QFETCH(QByteArray, file);
    const QString path = write(file);
    QCOMPARE(run({path}), 2);
    QVERIFY2(m_out.contains(": cannot be read as CSV: the file is not a text file"),
             m_out.constData());
    QVERIFY2(m_out.contains("data rows: 0, rows with problems: 0, problems: 0."),
             m_out.constData());
    QCOMPARE(run({path, u"--json"_s}), 2);
    const QJsonObject o = QJsonDocument::fromJson(m_out).object();
    QCOMPARE(o.value(u"error").toObject().value(u"kind").toString(), u"not-text"_s);
    QVERIFY(o.value(u"problems").toArray().isEmpty());
}

void tst_CsvCheckCommand::utf16WithoutBom_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("le") << u"utf-16le"_s;
    QTest::newRow("be") << u"utf-16be"_s;
}

void tst_CsvCheckCommand::utf16WithoutBom()
{
    QFETCH(QString, encoding);
    const QString text = QString::fromUtf8(kHeader) + u"Zoë,Łukasz,名前,zoe@x.org\r\n"_s;
    QByteArray bytes;
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        const bool le = encoding == u"utf-16le";
        bytes.append(le ? lo : hi).append(le ? hi : lo);
    }
    QCOMPARE(run({write(bytes), u"--print-rows"_s}), 0);
    const QJsonArray rows = QJsonDocument::fromJson(m_out).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toArray(), (QJsonArray{u"Zoë"_s, u"Łukasz"_s, u"名前"_s, u"zoe@x.org"_s}));
    QVERIFY(
        m_err.contains(encoding == u"utf-16le" ? "UTF-16 (little endian)" : "UTF-16 (big endian)"));
}

// The file: a line of 60,000,000 commas. csv-check stops at the cell
// limit, names it, the row and the line, and exits 2 (its memory and time
// are in bench_csv).
void tst_CsvCheckCommand::sixtyMegabyteLineOfCommas()
{
    const QString path = m_dir.filePath(u"commas.csv"_s);
    QVERIFY(writeCommaLine(path, kHeader + "Ada,Lovelace,ada,ada@x.org\r\n",
                           "\r\nBob,B,bob,bob@x.org\r\n"));
    QCOMPARE(run({path}), 2);
    const QString text = QString::fromUtf8(m_out);
    const QString limit = QLocale().toString(CsvReader::maxFieldsPerRecord);
    QVERIFY2(text.contains(u"Row 3 (line 3): the row has more than "_s + limit + u" cells"),
             m_out.constData());
    QVERIFY(text.contains(u"data rows: 1,"));
}

// A record over the byte limit is named as such at the row and line where it
// starts, also when an open quote made it long (not "unclosed quote").
void tst_CsvCheckCommand::oversizedRecord()
{
    QByteArray file =
        kHeader + "Ada,Lovelace,ada,ada@x.org\r\nAl,\"Multi\r\nLine\",al,al@x.org\r\n";
    file += "Bo,\"" + QByteArray(CsvReader::maxRecordBytes, 'b') + "\",bo,bo@x.org\r\n";
    file += "Cy,C,cy,cy@x.org\r\n";
    QCOMPARE(run({write(file), u"--json"_s}), 2);
    const QJsonObject error = QJsonDocument::fromJson(m_out).object().value(u"error").toObject();
    QCOMPARE(error.value(u"kind").toString(), u"record-too-long"_s);
    QCOMPARE(error.value(u"row").toInt(), 4);
    QCOMPARE(error.value(u"line").toInt(), 5);
    QVERIFY(error.value(u"message")
                .toString()
                .contains(QLocale().toString(qint64(CsvReader::maxRecordBytes)) + u" bytes"));
    // An unclosed quote near the start of a long file: too long, where the
    // quote opens.
    QByteArray unclosed = kHeader + "Ada,\"Lovelace,ada,ada@x.org\r\n";
    while (unclosed.size() <= 2 * CsvReader::maxRecordBytes)
        unclosed += "Bob,B,bob,bob@x.org\r\n";
    QCOMPARE(run({write(unclosed)}), 2);
    QVERIFY2(m_out.contains("Row 2, column 2 (line 2): the row is longer than"), m_out.constData());
    QVERIFY(m_out.contains("closing quote missing"));
}

QTEST_GUILESS_MAIN(tst_CsvCheckCommand)
#include "tst_csvcheckcommand.moc"
