#include "preferencesdialog.h"

#include "discardguard.h"
#include "settings/appsettings.h"
#include "ui_preferencesdialog.h"

#include <QDir>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QPushButton>

namespace ra {

PreferencesDialog::PreferencesDialog(AppSettings &settings, QuestionProvider &questions,
                                     QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_discard = new DiscardGuard(*this, questions);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("preferencesDialog"));
    m_ui->setupUi(this);
    m_ui->timeoutSpin->setRange(AppSettings::MinRequestTimeoutMs / 1000,
                                AppSettings::MaxRequestTimeoutMs / 1000);
    m_ui->concurrencySpin->setRange(AppSettings::MinPerHostConcurrency,
                                    AppSettings::MaxPerHostConcurrency);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    retranslateUi();
    load();
    m_discard->trackInputs();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::languageName(const QString &language)
{
    // Each language by its own name, the way its speakers look for it, whatever the language
    // the window is in. Qt's CLDR names are "Melayu" and "中文（中国）", not what a Malay or
    // Chinese speaker picks from a list, so the shipped languages are named here.
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("ms"), QStringLiteral("Bahasa Melayu")},
    };
    const auto known = names.constFind(language);
    if (known != names.constEnd())
        return *known;
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? language : name;
}

QStringList PreferencesDialog::availableLanguages()
{
    QStringList languages{QString()};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("returning-admin_*.qm")});
    for (const QString &file : files) {
        const QString lang = file.mid(16, file.size() - 16 - 3); // strip prefix and ".qm"
        if (!lang.isEmpty() && !languages.contains(lang))
            languages.append(lang);
    }
    if (!languages.contains(QStringLiteral("en")))
        languages.insert(1, QStringLiteral("en"));
    return languages;
}

void PreferencesDialog::fillLanguages()
{
    const QString current = m_ui->languageCombo->currentData().toString();
    m_ui->languageCombo->clear();
    for (const QString &lang : availableLanguages()) {
        if (lang.isEmpty()) {
            m_ui->languageCombo->addItem(tr("System default"), QString());
        } else {
            m_ui->languageCombo->addItem(languageName(lang), lang);
        }
    }
    const int index = m_ui->languageCombo->findData(current);
    m_ui->languageCombo->setCurrentIndex(qMax(0, index));
}

void PreferencesDialog::load()
{
    m_ui->timeoutSpin->setValue(m_settings.requestTimeoutMs() / 1000);
    m_ui->concurrencySpin->setValue(m_settings.perHostConcurrency());
    const int index = m_ui->languageCombo->findData(m_settings.language());
    m_ui->languageCombo->setCurrentIndex(qMax(0, index));
    m_ui->themeCombo->setCurrentIndex(qMax(0, m_ui->themeCombo->findData(m_settings.theme())));
}

void PreferencesDialog::fillThemes()
{
    const int current = qMax(0, m_ui->themeCombo->currentIndex());
    m_ui->themeCombo->clear();
    m_ui->themeCombo->addItem(tr("System (follow the desktop)"), QString());
    m_ui->themeCombo->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->themeCombo->addItem(tr("Dark"), QStringLiteral("dark"));
    m_ui->themeCombo->setCurrentIndex(current);
}

void PreferencesDialog::restoreDefaults()
{
    m_ui->timeoutSpin->setValue(AppSettings::DefaultRequestTimeoutMs / 1000);
    m_ui->concurrencySpin->setValue(AppSettings::DefaultPerHostConcurrency);
    m_ui->languageCombo->setCurrentIndex(0);
    m_ui->themeCombo->setCurrentIndex(0);
}

void PreferencesDialog::accept()
{
    m_settings.setRequestTimeoutMs(m_ui->timeoutSpin->value() * 1000);
    m_settings.setPerHostConcurrency(m_ui->concurrencySpin->value());
    m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings.setTheme(m_ui->themeCombo->currentData().toString());
    QDialog::accept();
}

void PreferencesDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    setAccessibleName(windowTitle());
    fillLanguages();
    fillThemes();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save preferences"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)
        ->setAccessibleName(tr("Restore defaults"));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::reject()
{
    m_discard->close([this] { QDialog::reject(); });
}

} // namespace ra
