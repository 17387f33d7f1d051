#include "charts/gamificationchart.h"
#include "item/gamificationseriesmodel.h"
#include "testservices.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace ra;
using Column = GamificationSeriesModel::Column;

// The chart widget offscreen: what it plots, hover values, zoom and its three exports.
class tst_GamificationChart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void plotsTheModel();
    void hoverShowsTheNearestDay();
    void wheelZoomsAndResetShowsAll();
    void exportsPngPdfAndCsv();
    void exportThroughFileDialog();

private:
    QWidget *plotWidget() const;

    std::unique_ptr<GamificationSeriesModel> m_model;
    std::unique_ptr<GamificationChart> m_chart;
};

void tst_GamificationChart::init()
{
    m_model = std::make_unique<GamificationSeriesModel>();
    QList<GamificationDay> days;
    for (int i = 0; i < 10; ++i) {
        GamificationDay d;
        d.date = QDate(2026, 5, 1).addDays(i).toString(Qt::ISODate);
        d.xp = 10 * i;
        d.coins = i;
        days.append(d);
    }
    m_model->setHistory(days);
    m_chart = std::make_unique<GamificationChart>();
    m_chart->setModel(m_model.get(), {Column::Xp, Column::Coins});
    m_chart->setTitle(QStringLiteral("XP and coins"));
    m_chart->resize(700, 360);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void tst_GamificationChart::cleanup()
{
    m_chart.reset();
    m_model.reset();
}

QWidget *tst_GamificationChart::plotWidget() const
{
    const QList<QWidget *> children = m_chart->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (qstrcmp(w->metaObject()->className(), "QCustomPlot") == 0)
            return w;
    }
    return nullptr;
}

void tst_GamificationChart::plotsTheModel()
{
    QCOMPARE(m_chart->graphCount(), 2);
    QCOMPARE(m_chart->dates().size(), 10);
    QCOMPARE(m_chart->dates().first(), QDate(2026, 5, 1));
    const QList<double> xp = m_chart->graphValues(0);
    const QList<double> coins = m_chart->graphValues(1);
    QCOMPARE(xp.size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(xp.at(i), double(m_model->valueAt(i, Column::Xp)));
        QCOMPARE(coins.at(i), double(m_model->valueAt(i, Column::Coins)));
    }
    // The chart follows the model.
    GamificationDay d;
    d.date = QStringLiteral("2026-05-01");
    d.xp = 7;
    m_model->setHistory({d});
    QCOMPARE(m_chart->graphValues(0), QList<double>{7});
    test::saveScreenshot(*m_chart, QStringLiteral("gamificationchart"));
}

void tst_GamificationChart::hoverShowsTheNearestDay()
{
    QWidget *plot = plotWidget();
    QVERIFY(plot);
    const QPoint p = m_chart->pointOf(4);
    QTest::mouseMove(plot, p + QPoint(3, -2));
    QTRY_VERIFY(!m_chart->hoverText().isEmpty());
    QCOMPARE(m_chart->hoverText(), m_chart->valueText(4));
    QVERIFY(
        m_chart->hoverText().contains(QLocale().toString(QDate(2026, 5, 5), QLocale::LongFormat)));
    // Each value carries its unit: XP and coins are not the same thing.
    QVERIFY2(m_chart->hoverText().contains(QStringLiteral("40 XP")),
             qPrintable(m_chart->hoverText()));
    QVERIFY2(m_chart->hoverText().contains(QStringLiteral("4 coin")),
             qPrintable(m_chart->hoverText()));
    m_chart->hoverAt(m_chart->pointOf(9));
    QCOMPARE(m_chart->hoverText(), m_chart->valueText(9));
}

void tst_GamificationChart::wheelZoomsAndResetShowsAll()
{
    QWidget *plot = plotWidget();
    QVERIFY(plot);
    QVERIFY(!m_chart->isZoomed());
    const QPair<double, double> before = m_chart->visibleDays();
    const QPointF at = m_chart->pointOf(5);
    QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    QVERIFY(m_chart->isZoomed());
    const QPair<double, double> after = m_chart->visibleDays();
    QVERIFY(after.second - after.first < before.second - before.first);
    m_chart->resetZoomAction()->trigger();
    QVERIFY(!m_chart->isZoomed());
    m_chart->zoom(0.5);
    QVERIFY(m_chart->isZoomed());
    QTest::mouseDClick(plot, Qt::LeftButton, Qt::NoModifier, m_chart->pointOf(5));
    QVERIFY(!m_chart->isZoomed());
}

void tst_GamificationChart::exportsPngPdfAndCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY2(m_chart->savePng(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 600);

    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY2(m_chart->savePdf(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(4) == "%PDF");

    const QString csv = dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY2(m_chart->saveCsv(csv, &error), qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("date,xp,coins"));
    QCOMPARE(lines.at(5).trimmed(), QByteArray("2026-05-05,40,4"));
    QCOMPARE(lines.size(), 12); // header, 10 days, the empty piece after the last newline

    // A path that cannot be written is an error naming the file.
    QVERIFY(!m_chart->saveCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
    QVERIFY2(error.contains(QStringLiteral("x.csv")), qPrintable(error));
}

void tst_GamificationChart::exportThroughFileDialog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picked.csv"));
    QSignalSpy exported(m_chart.get(), &GamificationChart::exported);
    m_chart->saveCsvAction()->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_chart->findChild<QFileDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("date,xp,coins"));

    // A file that cannot be written is reported, not lost silently.
    QSignalSpy failed(m_chart.get(), &GamificationChart::exportFailed);
    m_chart->savePngAction()->trigger();
    QTRY_VERIFY((dialog = m_chart->findChild<QFileDialog *>()) != nullptr);
    dialog->selectFile(dir.filePath(QStringLiteral("no/such/dir/chart.png")));
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("chart.png")));
}

QTEST_MAIN(tst_GamificationChart)
#include "tst_gamificationchart.moc"
