#include "panes/badgedialog.h"

#include "discardguard.h"
#include "panes/imagedropwidget.h"
#include "stores/badgestore.h"
#include "stores/imagecache.h"
#include "themecontroller.h"
#include "ui_badgedialog.h"

#include <QPushButton>

#include <algorithm>

namespace ra {

namespace {
constexpr qint64 maxQuantity = 1000000000; // the spin boxes' maximum (.ui)

int spinValue(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, maxQuantity));
}
} // namespace

BadgeDialog::BadgeDialog(const Badge &badge, bool creating, BadgeStore &store, ImageCache *images,
                         QuestionProvider &questions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::BadgeDialog>())
    , m_store(store)
    , m_images(images)
    , m_badge(badge)
    , m_creating(creating)
{
    m_discard = new DiscardGuard(*this, questions);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->setupUi(this);
    m_light = new ImageDropWidget(this);
    m_light->setObjectName(QStringLiteral("lightImageDrop"));
    m_ui->lightImageHost->addWidget(m_light);
    m_dark = new ImageDropWidget(this);
    m_dark->setObjectName(QStringLiteral("darkImageDrop"));
    m_dark->setDarkBackground(true);
    m_ui->darkImageHost->addWidget(m_dark);

    m_ui->titleEdit->setText(badge.title);
    m_ui->descriptionEdit->setPlainText(badge.description);
    m_ui->actionCombo->addItem(QStringLiteral("custom"));
    if (!badge.action.isEmpty() && m_ui->actionCombo->findText(badge.action) < 0)
        m_ui->actionCombo->addItem(badge.action);
    m_ui->actionCombo->setCurrentText(badge.action.isEmpty() ? QStringLiteral("custom")
                                                             : badge.action);
    m_ui->quantitySpin->setValue(spinValue(badge.quantity));
    m_ui->awardXpCheck->setChecked(badge.award);
    m_ui->xpSpin->setValue(spinValue(badge.awardXpQuantity));
    m_ui->awardCurrencyCheck->setChecked(badge.awardCurrency);
    m_ui->currencySpin->setValue(spinValue(badge.awardCurrencyQuantity));
    m_ui->attachCheck->setChecked(badge.attachRequired);
    m_ui->darkLightCheck->setChecked(badge.enabledDarkAndLight);
    m_light->setCurrent(badge.enabledDarkAndLight && !badge.lightImage.isEmpty() ? badge.lightImage
                                                                                 : badge.image);
    m_dark->setCurrent(badge.enabledDarkAndLight ? badge.darkImage : QString());
    if (m_images) {
        connect(m_images, &ImageCache::imageLoaded, this, &BadgeDialog::showCurrentImages);
        showCurrentImages();
    }

    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &BadgeDialog::updateState);
    connect(m_ui->actionCombo, &QComboBox::currentTextChanged, this, &BadgeDialog::updateState);
    connect(m_ui->awardXpCheck, &QCheckBox::toggled, this, &BadgeDialog::updateState);
    connect(m_ui->awardCurrencyCheck, &QCheckBox::toggled, this, &BadgeDialog::updateState);
    connect(m_ui->darkLightCheck, &QCheckBox::toggled, this, &BadgeDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BadgeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BadgeDialog::reject);
    retranslate();
    updateState();
    m_discard->trackInputs();
    m_discard->setModifiedCheck([this, light = m_light->url(), dark = m_dark->url()] {
        return m_light->hasPendingUpload() || m_dark->hasPendingUpload() ||
               m_light->url() != light || m_dark->url() != dark;
    });
}

BadgeDialog::~BadgeDialog() = default;

void BadgeDialog::retranslate()
{
    setWindowTitle(m_creating ? tr("New Badge") : tr("Edit Badge \"%1\"").arg(m_badge.title));
    m_light->setAccessibleName(tr("Badge image (light theme)"));
    m_dark->setAccessibleName(tr("Badge image (dark theme)"));
    m_ui->currencySpin->setSuffix(tr(" coins"));
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setText(m_creating ? tr("Create") : tr("Save"));
}

void BadgeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void BadgeDialog::showCurrentImages()
{
    if (!m_images)
        return;
    for (ImageDropWidget *w : {m_light, m_dark}) {
        if (!w->url().isEmpty() && !w->hasPendingUpload())
            w->setCurrentImage(m_images->image(w->url()));
    }
}

void BadgeDialog::updateState()
{
    const bool separate = m_ui->darkLightCheck->isChecked();
    m_ui->lightImageLabel->setText(separate ? tr("Image for the light theme:") : tr("Image:"));
    m_ui->darkImageLabel->setVisible(separate);
    m_dark->setVisible(separate);
    m_ui->xpSpin->setEnabled(m_ui->awardXpCheck->isChecked());
    m_ui->currencySpin->setEnabled(m_ui->awardCurrencyCheck->isChecked());
    const bool complete = !m_ui->titleEdit->text().trimmed().isEmpty() &&
                          !m_ui->actionCombo->currentText().trimmed().isEmpty();
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(complete && !m_uploading);
}

Badge BadgeDialog::badge() const
{
    Badge out = m_badge;
    out.title = m_ui->titleEdit->text().trimmed();
    out.description = m_ui->descriptionEdit->toPlainText().trimmed();
    out.action = m_ui->actionCombo->currentText().trimmed();
    out.quantity = m_ui->quantitySpin->value();
    out.award = m_ui->awardXpCheck->isChecked();
    out.awardXpQuantity = out.award ? m_ui->xpSpin->value() : 0;
    out.awardCurrency = m_ui->awardCurrencyCheck->isChecked();
    out.awardCurrencyQuantity = out.awardCurrency ? m_ui->currencySpin->value() : 0;
    out.attachRequired = m_ui->attachCheck->isChecked();
    out.enabledDarkAndLight = m_ui->darkLightCheck->isChecked();
    out.image = m_light->url();
    out.lightImage = out.enabledDarkAndLight ? m_light->url() : QString();
    out.darkImage = out.enabledDarkAndLight ? m_dark->url() : QString();
    return out;
}

void BadgeDialog::accept()
{
    if (m_uploading || m_ui->titleEdit->text().trimmed().isEmpty())
        return;
    m_ui->errorLabel->clear();
    uploadNext();
}

void BadgeDialog::uploadNext()
{
    ImageDropWidget *next = m_light->hasPendingUpload() ? m_light : nullptr;
    if (!next && m_ui->darkLightCheck->isChecked() && m_dark->hasPendingUpload())
        next = m_dark;
    if (!next) {
        m_uploading = false;
        emit badgeAccepted(badge());
        QDialog::accept();
        return;
    }
    m_uploading = true;
    updateState();
    ThemeController::setTone(m_ui->errorLabel, ThemeController::Tone::Normal);
    m_ui->errorLabel->setText(tr("Uploading \"%1\"…").arg(next->pendingFileName()));
    const QByteArray bytes = next->pendingBytes();
    const QString name = next->pendingFileName();
    m_store.uploadImage(bytes, name, next->pendingMimeType(), this,
                        [this, next, bytes, name](const QString &url, const ApiError &error) {
                            if (error.isError()) {
                                m_uploading = false;
                                ThemeController::setTone(m_ui->errorLabel,
                                                         ThemeController::Tone::Error);
                                m_ui->errorLabel->setText(
                                    tr("Could not upload \"%1\": %2").arg(name, error.userText()));
                                updateState();
                                return;
                            }
                            // Show the new image at once, without downloading it back.
                            if (m_images)
                                m_images->insert(url, bytes);
                            next->setUploaded(url);
                            uploadNext();
                        });
}

void BadgeDialog::reject()
{
    m_discard->close([this] { QDialog::reject(); });
}

} // namespace ra
