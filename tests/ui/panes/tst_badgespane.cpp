#include "api/apiclient.h"
#include "item/badgefiltermodel.h"
#include "item/badgetablemodel.h"
#include "messagebar.h"
#include "panes/badgedialog.h"
#include "panes/badgespane.h"
#include "panes/imagedropwidget.h"
#include "panetesthelpers.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/badgestore.h"
#include "stores/imagecache.h"
#include "testservices.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ra;

// The Badges pane offscreen against the in-process sandbox: create (with an image chosen in the
// file picker and uploaded), edit and delete through the dialog and keyboard, undo of a delete,
// the image checks of the drop area and the inline load error.
class tst_BadgesPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsBadges();
    void createEditDeleteThroughDialog();
    void imageDropChecksFormatAndSize();
    void uploadFailureKeepsDialogOpen();
    void undoDeleteBringsBadgeBack();
    void loadFailureShowsInlineError();
    void escapeOnFilledDialogAsks();

private:
    std::optional<Badge> sandboxBadge(const QString &title);
    QByteArray download(const QString &url);
    QModelIndex rowOfTitle(const QString &title) const;
    void activatePane() { test::activate(m_pane.get(), m_pane->view()); }
    QString writeFile(const QString &name, const QByteArray &bytes);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_files;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ImageCache> m_images;
    std::unique_ptr<BadgeStore> m_store;
    std::unique_ptr<BadgesPane> m_pane;
    test::AnsweringQuestionProvider m_questions;
};

namespace {
QByteArray pngOf(const QColor &colour, int size)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

void tst_BadgesPane::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_BadgesPane::init()
{
    m_sandbox.clearFaults();
    m_questions.asked.clear();
    m_questions.answered = 0;
    m_questions.answer = true;
    m_images = std::make_unique<ImageCache>(&m_network);
    m_store = std::make_unique<BadgeStore>(*m_client);
    m_pane = std::make_unique<BadgesPane>(*m_store, m_images.get(), m_questions);
    m_pane->resize(1100, 450);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->hasLoaded() || m_store->loadError().isError(), 10000);
}

void tst_BadgesPane::cleanup()
{
    m_pane.reset();
    m_store.reset();
    m_images.reset();
}

QString tst_BadgesPane::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

std::optional<Badge> tst_BadgesPane::sandboxBadge(const QString &title)
{
    auto outcome = track(m_client->getBadges());
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    }();
    for (const Badge &b : outcome->value) {
        if (b.title == title)
            return b;
    }
    return std::nullopt;
}

QByteArray tst_BadgesPane::download(const QString &url)
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(url)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok = finished.wait(10000) && reply->error() == QNetworkReply::NoError;
    const QByteArray bytes = ok ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return bytes;
}

QModelIndex tst_BadgesPane::rowOfTitle(const QString &title) const
{
    return test::rowWithText(m_pane->proxy(), int(BadgeTableModel::Column::Name), title);
}

void tst_BadgesPane::showsBadges()
{
    QVERIFY(m_store->hasLoaded());
    QVERIFY(m_pane->model()->rowCount() > 0);
    QCOMPARE(m_pane->model()->rowCount(), int(m_store->badges().size()));
    QVERIFY(m_pane->view()->isVisible());
    QVERIFY(!m_pane->view()->accessibleName().isEmpty());
}

void tst_BadgesPane::createEditDeleteThroughDialog()
{
    const QString title = QStringLiteral("Dialog badge");
    const QByteArray png = pngOf(QColor(0x2e, 0x7d, 0x32), 48);
    const QString path = writeFile(QStringLiteral("green-badge.png"), png);
    QVERIFY(!path.isEmpty());

    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_N, Qt::ControlModifier);
    BadgeDialog *dialog = test::waitForDialog<BadgeDialog>(m_pane.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isCreating());
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")), title);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("Given for a green thumb"));
    dialog->findChild<QCheckBox *>(QStringLiteral("awardXpCheck"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("xpSpin"))->setValue(150);
    dialog->findChild<QCheckBox *>(QStringLiteral("awardCurrencyCheck"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("currencySpin"))->setValue(25);
    dialog->findChild<QCheckBox *>(QStringLiteral("attachCheck"))->setChecked(true);

    // The image through the file picker.
    ImageDropWidget *light = dialog->lightImage();
    QTest::mouseClick(light->findChild<QPushButton *>(QStringLiteral("chooseImageButton")),
                      Qt::LeftButton);
    QFileDialog *picker = nullptr;
    QTRY_VERIFY((picker = light->findChild<QFileDialog *>(QStringLiteral("imageFileDialog"))));
    picker->selectFile(path);
    static_cast<QDialog *>(picker)->accept(); // QFileDialog::accept() is protected
    QTRY_VERIFY(light->hasPendingUpload());
    QCOMPARE(light->pendingBytes(), png);
    QVERIFY(light->statusText().contains(QStringLiteral("48 × 48")));
    QVERIFY(!light->findChild<QLabel *>(QStringLiteral("imagePreview"))->pixmap().isNull());
    test::saveScreenshot(*dialog, QStringLiteral("badge-dialog"));
    // A separate dark-theme image is offered only when asked for.
    QVERIFY(!dialog->darkImage()->isVisible());
    dialog->findChild<QCheckBox *>(QStringLiteral("darkLightCheck"))->setChecked(true);
    QVERIFY(dialog->darkImage()->isVisible());
    test::saveScreenshot(*dialog, QStringLiteral("badge-dialog-dark-light"));
    dialog->findChild<QCheckBox *>(QStringLiteral("darkLightCheck"))->setChecked(false);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(title).isValid(), 10000);
    std::optional<Badge> stored = sandboxBadge(title);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->awardXpQuantity, 150);
    QCOMPARE(stored->awardCurrencyQuantity, 25);
    QVERIFY(stored->award && stored->awardCurrency && stored->attachRequired);
    QVERIFY(stored->image.contains(QStringLiteral("/uploads/")));
    // The uploaded file is what the sandbox serves, and the table shows it.
    QCOMPARE(download(stored->image), png);
    const QModelIndex cell =
        rowOfTitle(title).siblingAtColumn(int(BadgeTableModel::Column::LightImage));
    QTRY_COMPARE(cell.data(int(BadgeTableModel::DataRole::ImageState)).toInt(),
                 int(BadgeTableModel::ImageState::Loaded));
    QVERIFY(!cell.data(Qt::DecorationRole).value<QImage>().isNull());
    QCOMPARE(rowOfTitle(title).siblingAtColumn(int(BadgeTableModel::Column::Xp)).data().toString(),
             QStringLiteral("150 XP"));
    QVERIFY(m_pane->selectId(stored->id));
    test::saveScreenshot(*m_pane, QStringLiteral("badges-pane"));

    // Edit with Enter on the selected row: the current image is shown, the award changes.
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    dialog = test::waitForDialog<BadgeDialog>(m_pane.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->isCreating());
    QCOMPARE(dialog->lightImage()->url(), stored->image);
    QTRY_VERIFY(!dialog->lightImage()
                     ->findChild<QLabel *>(QStringLiteral("imagePreview"))
                     ->pixmap()
                     .isNull());
    dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))
        ->setText(title + QStringLiteral(" 2"));
    dialog->findChild<QCheckBox *>(QStringLiteral("awardXpCheck"))->setChecked(false);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(title + QStringLiteral(" 2")).isValid(), 10000);
    stored = sandboxBadge(title + QStringLiteral(" 2"));
    QVERIFY(stored.has_value());
    QVERIFY(!stored->award);
    QCOMPARE(stored->awardCurrencyQuantity, 25);
    QVERIFY(stored->image.contains(QStringLiteral("/uploads/")));

    // Delete with the Delete key, after a confirmation naming the badge.
    QVERIFY(m_pane->selectId(stored->id));
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_Delete);
    QTRY_COMPARE(m_questions.asked.size(), 1);
    QVERIFY(m_questions.asked.first().text.contains(title + QStringLiteral(" 2")));
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfTitle(title + QStringLiteral(" 2")).isValid(), 10000);
    QVERIFY(!sandboxBadge(title + QStringLiteral(" 2")).has_value());
    QCOMPARE(m_pane->undoStack()->count(), 3);
}

void tst_BadgesPane::imageDropChecksFormatAndSize()
{
    ImageDropWidget drop;
    // Not an image, whatever its name says.
    QVERIFY(!drop.loadFile(writeFile(QStringLiteral("fake.png"), "just some text")));
    QVERIFY(drop.statusText().contains(QStringLiteral("not a PNG")));
    QVERIFY(!drop.hasPendingUpload());
    // Too large: refused before it is read.
    QByteArray big = pngOf(Qt::red, 8);
    big.append(QByteArray(int(ImageDropWidget::maxBytes), '\0'));
    QVERIFY(!drop.loadFile(writeFile(QStringLiteral("big.png"), big)));
    QVERIFY2(drop.statusText().contains(QStringLiteral("at most 10 MB")),
             qPrintable(drop.statusText()));
    // A dropped image file is taken.
    const QString path = writeFile(QStringLiteral("dropped.png"), pngOf(Qt::blue, 16));
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&drop, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(5, 5), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&drop, &dropEvent);
    QVERIFY(drop.hasPendingUpload());
    QCOMPARE(drop.pendingFileName(), QStringLiteral("dropped.png"));
    QCOMPARE(drop.pendingMimeType(), QStringLiteral("image/png"));
    delete mime;
}

void tst_BadgesPane::uploadFailureKeepsDialogOpen()
{
    const QString path = writeFile(QStringLiteral("upload-fails.png"), pngOf(Qt::yellow, 20));
    m_pane->newItem();
    BadgeDialog *dialog = test::waitForDialog<BadgeDialog>(m_pane.get());
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))
        ->setText(QStringLiteral("Upload fails"));
    QVERIFY(dialog->lightImage()->loadFile(path));
    m_sandbox.addFault(QStringLiteral("route=uploadImage;kind=error;status=500;count=10"));
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                   ->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isUploading());
    QVERIFY(!ok->isEnabled());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("Could not upload")), 20000);
    QVERIFY(error->text().contains(QStringLiteral("upload-fails.png")));
    // Nothing was created; the dialog stays open with the file, and Save works once the server
    // does.
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->lightImage()->hasPendingUpload());
    QVERIFY(ok->isEnabled());
    QCOMPARE(m_pane->undoStack()->count(), 0);
    m_sandbox.clearFaults();
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(QStringLiteral("Upload fails")).isValid(), 10000);
    const std::optional<Badge> stored = sandboxBadge(QStringLiteral("Upload fails"));
    QVERIFY(stored.has_value());
    QCOMPARE(download(stored->image), pngOf(Qt::yellow, 20));
}

void tst_BadgesPane::undoDeleteBringsBadgeBack()
{
    const QString title = QStringLiteral("Undo badge");
    Badge badge;
    badge.title = title;
    badge.action = QStringLiteral("custom");
    badge.awardXpQuantity = 10;
    badge.award = true;
    QSignalSpy added(m_store.get(), &BadgeStore::added);
    m_store->create(badge, this);
    QVERIFY(added.wait(10000));
    QVERIFY(m_pane->selectId(added.first().first().value<Badge>().id));
    m_pane->deleteCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfTitle(title).isValid(), 10000);
    QVERIFY(!sandboxBadge(title).has_value());

    m_pane->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(title).isValid(), 10000);
    const std::optional<Badge> back = sandboxBadge(title);
    QVERIFY(back.has_value());
    QCOMPARE(back->awardXpQuantity, 10);
    m_pane->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!rowOfTitle(title).isValid(), 10000);
    QVERIFY(!sandboxBadge(title).has_value());
}

void tst_BadgesPane::loadFailureShowsInlineError()
{
    m_pane.reset();
    m_store = std::make_unique<BadgeStore>(*m_client);
    m_sandbox.addFault(QStringLiteral("route=getBadges;kind=error;status=500;count=4"));
    m_pane = std::make_unique<BadgesPane>(*m_store, m_images.get(), m_questions);
    m_pane->resize(800, 300);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->loadError().isError(), 20000);
    MessageBar *bar = m_pane->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Could not load the badges")),
             qPrintable(bar->text()));
    QVERIFY(!m_pane->view()->isVisible());
    auto *placeholder =
        qobject_cast<QLabel *>(m_pane->findChild<QStackedWidget *>()->currentWidget());
    QVERIFY(placeholder);
    QVERIFY(placeholder->text().contains(QStringLiteral("could not be loaded")));
    test::saveScreenshot(*m_pane, QStringLiteral("badges-load-error"));

    m_sandbox.clearFaults();
    QPushButton *retry = test::retryButton(bar);
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->view()->isVisible(), 10000);
    QVERIFY(!bar->isVisible());
}

void tst_BadgesPane::escapeOnFilledDialogAsks()
{
    // Esc in a filled-in badge dialog used to throw it away without a word.
    const int before = int(m_store->badges().size());
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_N, Qt::ControlModifier);
    QPointer<BadgeDialog> dialog = test::waitForDialog<BadgeDialog>(m_pane.get());
    QVERIFY(dialog);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Half-made badge"));
    auto *award = dialog->findChild<QCheckBox *>(QStringLiteral("awardXpCheck"));
    QTest::mouseClick(award, Qt::LeftButton, {}, QPoint(8, award->height() / 2));
    QVERIFY(award->isChecked());

    m_questions.answer = false; // Keep editing
    QTest::keyClick(title, Qt::Key_Escape);
    QTRY_COMPARE(m_questions.answered, 1);
    QCOMPARE(m_questions.asked.size(), 1);
    QCOMPARE(m_questions.asked.first().text, QStringLiteral("Discard your changes?"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Half-made badge"));

    m_questions.answer = true; // Discard
    QTest::keyClick(title, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_questions.asked.size(), 2);

    // A chosen image alone is a change too.
    m_pane->newItem();
    dialog = test::waitForDialog<BadgeDialog>(m_pane.get());
    QVERIFY(dialog);
    QVERIFY(dialog->lightImage()->loadFile(
        writeFile(QStringLiteral("esc-badge.png"), pngOf(Qt::blue, 16))));
    m_questions.answer = false;
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_COMPARE(m_questions.asked.size(), 3);
    QTRY_COMPARE(m_questions.answered, 3);
    QVERIFY(dialog && dialog->isVisible());
    m_questions.answer = true;
    dialog->close(); // the window's close button
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_questions.asked.size(), 4);
    QCOMPARE(int(m_store->badges().size()), before); // nothing was created
}

QTEST_MAIN(tst_BadgesPane)
#include "tst_badgespane.moc"
