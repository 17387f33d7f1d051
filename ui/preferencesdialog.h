#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace ra {

class DiscardGuard;
class QuestionProvider;

class AppSettings;

// Tools > Preferences: request timeout, parallel requests per host, the
// language and the theme (System, Light, Dark), read from and written to AppSettings on OK (whose
// change signals let the composition root apply them). Open with open(); deletes itself on close.
// Does not own the settings; GUI thread.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(AppSettings &settings, QuestionProvider &questions,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The languages offered: "" (system default) plus one per compiled
    // catalogue under :/i18n (returning-admin_<lang>.qm).
    static QStringList availableLanguages();
    // How the language list names a language ("de" -> "Deutsch"), in that language itself.
    static QString languageName(const QString &language);

    void accept() override;
    // Asks before dropping changes (Esc, Cancel, the close button).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void restoreDefaults();
    void retranslateUi();
    void fillLanguages();
    void fillThemes();

    AppSettings &m_settings;
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ra
