#include "import/csvreader.h"
#include "import/importtemplate.h"

#include <QBuffer>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

// ImportTemplate: the columns of both modes (names, order, required flags,
// `_op` columns right before their field), the example row, "Save template"
// CSV that the reader reads back, and field quoting.
class tst_ImportTemplate : public QObject
{
    Q_OBJECT

private slots:
    void importColumns();
    void updateColumns();
    void saveTemplateReadsBack_data();
    void saveTemplateReadsBack();
    void quoteField_data();
    void quoteField();
    void describeEveryColumn();
};

void tst_ImportTemplate::importColumns()
{
    const ImportTemplate t(ImportMode::Import);
    QCOMPARE(t.headers(),
             (QStringList{u"First Name"_s, u"Last Name"_s, u"Username"_s, u"Email"_s, u"Phone"_s,
                          u"Country"_s, u"Language"_s, u"Role"_s, u"Tag"_s}));
    QStringList required;
    for (const TemplateColumn &c : t.columns()) {
        if (c.required)
            required.append(c.name);
        QVERIFY(!c.example.isEmpty());
        QVERIFY(c.opOf.isEmpty());
    }
    QCOMPARE(required, (QStringList{u"First Name"_s, u"Last Name"_s, u"Username"_s, u"Email"_s}));
}

void tst_ImportTemplate::updateColumns()
{
    const ImportTemplate t(ImportMode::Update);
    const QStringList h = t.headers();
    QCOMPARE(h.mid(0, 9), ImportTemplate(ImportMode::Import).headers());
    QCOMPARE(h.mid(9), (QStringList{u"xp_op"_s, u"xp"_s, u"coins_op"_s, u"coins"_s}));
    for (int i = 0; i < t.columnCount(); ++i) {
        const TemplateColumn &c = t.column(i);
        QVERIFY(!c.required);
        if (c.kind == TemplateColumn::Kind::Operation) {
            QCOMPARE(t.column(i + 1).name, c.opOf); // the op column comes right before
            QCOMPARE(t.column(i + 1).kind, TemplateColumn::Kind::Number);
        }
    }
    QVERIFY(t.column(t.indexOf(u"Email")).matchKey);
    QVERIFY(t.column(t.indexOf(u"Username")).matchKey);
}

void tst_ImportTemplate::saveTemplateReadsBack_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("import") << int(ImportMode::Import);
    QTest::newRow("update") << int(ImportMode::Update);
}

void tst_ImportTemplate::saveTemplateReadsBack()
{
    QFETCH(int, mode);
    const ImportTemplate t{ImportMode(mode)};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(t.writeCsv(&buffer, &error));
    buffer.close();
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.fields(), t.headers());
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.fields(), t.exampleRow());
    QVERIFY(!reader.readRecord());
    QVERIFY(!reader.hasError());
}

void tst_ImportTemplate::quoteField_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QByteArray("5\" tall") << QByteArray("\"5\"\" tall\"");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("cr") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("edge space") << QByteArray(" a") << QByteArray("\" a\"");
}

void tst_ImportTemplate::quoteField()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(ImportTemplate::quoteField(in), out);
}

void tst_ImportTemplate::describeEveryColumn()
{
    for (ImportMode mode : {ImportMode::Import, ImportMode::Update}) {
        const ImportTemplate t(mode);
        for (const TemplateColumn &c : t.columns())
            QVERIFY(!ImportTemplate::describe(c).isEmpty());
    }
    const ImportTemplate t(ImportMode::Import);
    QVERIFY(ImportTemplate::describe(t.column(0)).contains(u"50"));
}

QTEST_GUILESS_MAIN(tst_ImportTemplate)
#include "tst_importtemplate.moc"
