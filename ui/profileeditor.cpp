#include "profileeditor.h"

#include "iconfactory.h"
#include "themecontroller.h"
#include "ui_profileeditor.h"

#include <QAction>
#include <QEvent>

namespace ra {

namespace {
const QString kName = QStringLiteral("name");
const QString kCommunity = QStringLiteral("communityId");
} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileEditor>())
{
    m_ui->setupUi(this);
    for (const QString &field : fields())
        ThemeController::setTone(errorLabel(field), ThemeController::Tone::Error);
    for (SecretKind kind : kinds())
        ThemeController::setTone(keyStatusLabel(kind), ThemeController::Tone::Dim);
    ThemeController::setTone(m_ui->keysHint, ThemeController::Tone::Dim);
    ThemeController::setTone(m_ui->builtInNote, ThemeController::Tone::Dim);

    addVisibilityToggle(m_ui->systemKeyEdit, QStringLiteral("systemKeyShowAction"));
    addVisibilityToggle(m_ui->integrationKeyEdit, QStringLiteral("integrationKeyShowAction"));
    addVisibilityToggle(m_ui->applicationKeyEdit, QStringLiteral("applicationKeyShowAction"));

    for (const QString &field : fields()) {
        connect(fieldEdit(field), &QLineEdit::textEdited, this, [this, field] {
            touch(field);
            updateEnvironment();
            emit edited();
        });
    }
    for (SecretKind kind : kinds()) {
        connect(keyEdit(kind), &QLineEdit::textEdited, this, [this] { emit edited(); });
    }
    connect(m_ui->productionCheck, &QCheckBox::toggled, this, [this] {
        updateEnvironment();
        if (!m_loading)
            emit edited();
    });
    retranslateUi();
}

ProfileEditor::~ProfileEditor() = default;

QList<SecretKind> ProfileEditor::kinds()
{
    return {SecretKind::SystemApiKey, SecretKind::IntegrationKey, SecretKind::ApplicationKey};
}

QStringList ProfileEditor::fields() const
{
    QStringList list{kName, kCommunity};
    for (ApiFamily family : ConnectionProfile::families())
        list.append(ConnectionProfile::urlField(family));
    return list;
}

QLineEdit *ProfileEditor::urlEdit(ApiFamily family) const
{
    switch (family) {
    case ApiFamily::System:
        return m_ui->systemUrlEdit;
    case ApiFamily::Integration:
        return m_ui->integrationUrlEdit;
    case ApiFamily::Application:
        return m_ui->applicationUrlEdit;
    case ApiFamily::Gateway:
        return m_ui->gatewayUrlEdit;
    case ApiFamily::SecureAuth:
        break;
    }
    return m_ui->secureAuthUrlEdit;
}

QLineEdit *ProfileEditor::keyEdit(SecretKind kind) const
{
    switch (kind) {
    case SecretKind::SystemApiKey:
        return m_ui->systemKeyEdit;
    case SecretKind::IntegrationKey:
        return m_ui->integrationKeyEdit;
    case SecretKind::ApplicationKey:
    case SecretKind::SessionToken: // not edited here: the account dialog keeps it
        break;
    }
    return m_ui->applicationKeyEdit;
}

QLabel *ProfileEditor::keyStatusLabel(SecretKind kind) const
{
    switch (kind) {
    case SecretKind::SystemApiKey:
        return m_ui->systemKeyStatus;
    case SecretKind::IntegrationKey:
        return m_ui->integrationKeyStatus;
    case SecretKind::ApplicationKey:
    case SecretKind::SessionToken: // not edited here: the account dialog keeps it
        break;
    }
    return m_ui->applicationKeyStatus;
}

QLineEdit *ProfileEditor::fieldEdit(const QString &field) const
{
    if (field == kName)
        return m_ui->nameEdit;
    if (field == kCommunity)
        return m_ui->communityIdEdit;
    for (ApiFamily family : ConnectionProfile::families()) {
        if (field == ConnectionProfile::urlField(family))
            return urlEdit(family);
    }
    return nullptr;
}

QLabel *ProfileEditor::errorLabel(const QString &field) const
{
    QLineEdit *edit = fieldEdit(field);
    if (!edit)
        return nullptr;
    // Each field's message label is named after it: nameEdit -> nameError.
    QString name = edit->objectName();
    name.chop(4);
    return findChild<QLabel *>(name + QStringLiteral("Error"));
}

void ProfileEditor::addVisibilityToggle(QLineEdit *edit, const QString &name)
{
    auto *action =
        edit->addAction(IconFactory::icon(IconFactory::Glyph::Eye), QLineEdit::TrailingPosition);
    action->setObjectName(name);
    action->setCheckable(true);
    const auto describe = [action] {
        const bool shown = action->isChecked();
        action->setIcon(
            IconFactory::icon(shown ? IconFactory::Glyph::EyeOff : IconFactory::Glyph::Eye));
        action->setText(shown ? tr("Hide key") : tr("Show key"));
        action->setToolTip(action->text());
    };
    connect(action, &QAction::toggled, edit, [edit, describe](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        describe();
    });
    describe();
}

void ProfileEditor::setProfile(const ConnectionProfile &profile)
{
    m_loading = true;
    m_loaded = profile;
    m_loadedKeys.clear();
    m_touched.clear();
    m_issues.clear();
    m_revealAll = false;
    m_ui->nameEdit->setText(profile.name);
    m_ui->communityIdEdit->setText(profile.communityId);
    m_ui->productionCheck->setChecked(profile.production);
    for (ApiFamily family : ConnectionProfile::families())
        urlEdit(family)->setText(profile.baseUrl(family).toString());
    for (SecretKind kind : kinds()) {
        keyEdit(kind)->clear();
        setKeyStatus(kind, QString());
        for (QAction *action : keyEdit(kind)->actions())
            action->setChecked(false);
    }
    setReadOnly(profile.builtIn);
    updateIssueLabels();
    updateEnvironment();
    m_loading = false;
}

ConnectionProfile ProfileEditor::profile() const
{
    ConnectionProfile p = m_loaded;
    p.name = m_ui->nameEdit->text();
    p.communityId = m_ui->communityIdEdit->text().trimmed();
    p.production = m_ui->productionCheck->isChecked();
    for (ApiFamily family : ConnectionProfile::families())
        p.setBaseUrl(family, QUrl(urlEdit(family)->text().trimmed(), QUrl::StrictMode));
    return p;
}

bool ProfileEditor::isModified() const
{
    if (m_loaded.builtIn)
        return false;
    return profile() != m_loaded || !modifiedKeys().isEmpty();
}

void ProfileEditor::setLoadedKey(SecretKind kind, const QString &secret)
{
    m_loadedKeys.insert(kind, secret);
    keyEdit(kind)->setText(secret);
}

void ProfileEditor::setEditedKey(SecretKind kind, const QString &secret)
{
    keyEdit(kind)->setText(secret);
    emit edited();
}

QString ProfileEditor::key(SecretKind kind) const
{
    return keyEdit(kind)->text();
}

QList<SecretKind> ProfileEditor::modifiedKeys() const
{
    QList<SecretKind> list;
    for (SecretKind kind : kinds()) {
        if (keyEdit(kind)->text() != m_loadedKeys.value(kind))
            list.append(kind);
    }
    return list;
}

void ProfileEditor::markSaved()
{
    m_loaded = profile();
    m_loaded.name = m_loaded.name.trimmed();
    for (SecretKind kind : kinds())
        m_loadedKeys.insert(kind, keyEdit(kind)->text());
}

void ProfileEditor::setKeyStatus(SecretKind kind, const QString &text)
{
    keyStatusLabel(kind)->setText(text);
    keyStatusLabel(kind)->setVisible(!text.isEmpty());
}

QString ProfileEditor::keyStatus(SecretKind kind) const
{
    return keyStatusLabel(kind)->text();
}

void ProfileEditor::setIssues(const QList<Issue> &issues)
{
    m_issues = issues;
    updateIssueLabels();
}

void ProfileEditor::revealAllIssues()
{
    m_revealAll = true;
    updateIssueLabels();
}

QString ProfileEditor::visibleIssue(const QString &field) const
{
    QLabel *label = errorLabel(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ProfileEditor::focusField(const QString &field)
{
    if (QLineEdit *edit = fieldEdit(field))
        edit->setFocus(Qt::OtherFocusReason);
}

void ProfileEditor::touch(const QString &field)
{
    m_touched.insert(field);
}

void ProfileEditor::updateIssueLabels()
{
    for (const QString &field : fields()) {
        QString message;
        for (const Issue &issue : std::as_const(m_issues)) {
            if (issue.field == field) {
                message = issue.message;
                break;
            }
        }
        const bool show = !message.isEmpty() && (m_revealAll || m_touched.contains(field));
        QLabel *label = errorLabel(field);
        label->setText(message);
        label->setToolTip(message); // in case a narrow window cuts it
        label->setVisible(show);
        fieldEdit(field)->setAccessibleDescription(show ? message : QString());
    }
}

void ProfileEditor::updateEnvironment()
{
    const ConnectionProfile p = profile();
    m_ui->environmentValue->setText(p.environment());
}

void ProfileEditor::setReadOnly(bool readOnly)
{
    // Read-only fields take the window colour so they do not look editable.
    QPalette pal = palette();
    if (readOnly)
        pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    for (const QString &field : fields()) {
        fieldEdit(field)->setReadOnly(readOnly);
        fieldEdit(field)->setPalette(pal);
    }
    m_ui->productionCheck->setEnabled(!readOnly);
    for (SecretKind kind : kinds()) {
        keyEdit(kind)->setReadOnly(readOnly);
        keyEdit(kind)->setPalette(pal);
    }
    m_ui->builtInNote->setVisible(readOnly);
}

void ProfileEditor::retranslateUi()
{
    m_ui->retranslateUi(this);
    // The built-in profile's name is the app's own text (read-only), so it follows the language.
    if (m_loaded.builtIn) {
        const bool loading = m_loading;
        m_loading = true;
        m_loaded.name = ConnectionProfile::localSandbox().name;
        m_ui->nameEdit->setText(m_loaded.name);
        m_loading = loading;
    }
    for (SecretKind kind : kinds()) {
        for (QAction *action : keyEdit(kind)->actions()) {
            action->setText(action->isChecked() ? tr("Hide key") : tr("Show key"));
            action->setToolTip(action->text());
        }
    }
    if (!m_keychainAvailable)
        m_ui->keysHint->setText(tr("No keychain is running on this desktop: keys can be kept for "
                                   "this run only, never in the settings file."));
    updateEnvironment();
    updateIssueLabels();
}

void ProfileEditor::setKeychainAvailable(bool available)
{
    if (available == m_keychainAvailable)
        return;
    m_keychainAvailable = available;
    retranslateUi();
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // A new theme: the read-only fields take the new window colour.
    if (event->type() == QEvent::PaletteChange && !fields().isEmpty())
        setReadOnly(fieldEdit(fields().constFirst())->isReadOnly());
    QWidget::changeEvent(event);
}

} // namespace ra
