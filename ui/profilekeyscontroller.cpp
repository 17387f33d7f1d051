#include "profilekeyscontroller.h"

#include "messagebar.h"
#include "profileeditor.h"
#include "settings/profilestore.h"

#include <QAction>

namespace ra {

ProfileKeysController::ProfileKeysController(ProfileStore &profiles, ProfileEditor &editor,
                                             MessageBar &bar, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_editor(editor)
    , m_bar(bar)
    , m_keepForSession(MessageBar::offer(new QAction(this)))
{
    m_keepForSession->setObjectName(QStringLiteral("keepForSessionButton"));
    connect(m_keepForSession, &QAction::triggered, this,
            &ProfileKeysController::keepPendingForSession);
    connect(&m_profiles, &ProfileStore::secretSaved, this, &ProfileKeysController::onSaved);
    connect(&m_profiles, &ProfileStore::secretSaveFailed, this,
            &ProfileKeysController::onSaveFailed);
    connect(&m_profiles, &ProfileStore::keychainUnavailable, this,
            [this](const QString &error) { onUnusable(SecretStore::Status::Unavailable, error); });
    connect(&m_profiles, &ProfileStore::keychainRefused, this,
            [this](const QString &error) { onUnusable(SecretStore::Status::Denied, error); });
    connect(&m_profiles, &ProfileStore::keychainAvailabilityChanged, &m_editor,
            &ProfileEditor::setKeychainAvailable);
    m_editor.setKeychainAvailable(m_profiles.keychainAvailable());
    retranslate();
}

void ProfileKeysController::load(const QString &id)
{
    for (SecretKind kind : ProfileEditor::kinds()) {
        m_editor.setKeyStatus(kind, tr("Reading…"));
        m_profiles.readSecret(id, kind, this, [this, id, kind](const SecretStore::Result &r) {
            showReadResult(id, kind, r);
        });
    }
}

void ProfileKeysController::copyInto(const QString &sourceId, const QString &draftId)
{
    for (SecretKind kind : ProfileEditor::kinds()) {
        m_profiles.readSecret(sourceId, kind, this,
                              [this, draftId, kind](const SecretStore::Result &r) {
                                  if (r.ok() && m_editor.profileId() == draftId)
                                      m_editor.setEditedKey(kind, r.secret);
                              });
    }
}

void ProfileKeysController::save(const QString &id, const QList<SecretKind> &kinds)
{
    for (SecretKind kind : kinds) {
        const QString secret = m_editor.key(kind);
        m_pending.insert({id, kind}, secret);
        m_editor.setKeyStatus(kind, tr("Saving…"));
        m_profiles.saveSecret(id, kind, secret);
    }
}

void ProfileKeysController::showReadResult(const QString &id, SecretKind kind,
                                           const SecretStore::Result &result)
{
    if (id != m_editor.profileId() || m_editor.modifiedKeys().contains(kind))
        return;
    const bool builtIn = m_profiles.profile(id).builtIn;
    QString status;
    switch (result.status) {
    case SecretStore::Status::Ok:
        m_editor.setLoadedKey(kind, result.secret);
        status = builtIn                                ? tr("Provided by the running sandbox")
                 : m_profiles.isSessionSecret(id, kind) ? tr("Kept for this run only")
                                                        : tr("Stored in the system keychain");
        break;
    case SecretStore::Status::NotFound:
        status = builtIn ? tr("Set when the sandbox starts") : tr("Not set");
        break;
    case SecretStore::Status::Unavailable:
        status = tr("System keychain not available");
        if (!m_noticeShown) {
            // Say it once, before the user types keys that cannot be saved.
            m_noticeShown = true;
            m_problem = result.status;
            m_keychainError = result.errorText;
            retranslate();
        }
        break;
    case SecretStore::Status::Denied:
        status = tr("The keychain refused access: %1").arg(result.errorText);
        break;
    case SecretStore::Status::Failed:
        status = tr("Could not read the key: %1").arg(result.errorText);
        break;
    }
    m_editor.setKeyStatus(kind, status);
}

void ProfileKeysController::onSaved(const QString &profileId, SecretKind kind, bool sessionOnly)
{
    m_pending.remove({profileId, kind});
    if (profileId != m_editor.profileId())
        return;
    if (m_editor.key(kind).isEmpty())
        m_editor.setKeyStatus(kind, tr("Not set"));
    else
        m_editor.setKeyStatus(kind, sessionOnly ? tr("Kept for this run only")
                                                : tr("Stored in the system keychain"));
}

void ProfileKeysController::onSaveFailed(const QString &profileId, SecretKind kind,
                                         const QString &error)
{
    if (profileId == m_editor.profileId())
        m_editor.setKeyStatus(kind, tr("Not saved: %1").arg(error));
}

void ProfileKeysController::onUnusable(SecretStore::Status problem, const QString &error)
{
    m_noticeShown = true;
    m_problem = problem;
    m_keychainError = error;
    m_bar.clearActions();
    m_bar.addActionButton(m_keepForSession);
    retranslate();
}

void ProfileKeysController::keepPendingForSession()
{
    const auto pending = m_pending;
    m_pending.clear();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        m_profiles.keepSecretForSession(it.key().first, it.key().second, it.value());
    m_keychainError.clear();
    m_bar.hide();
    m_bar.clearActions();
}

void ProfileKeysController::retranslate()
{
    m_keepForSession->setText(tr("Keep for this run only"));
    m_keepForSession->setToolTip(
        tr("Keep the keys in memory until Returning Admin quits; they are not saved"));
    if (m_keychainError.isEmpty())
        return;
    if (m_problem == SecretStore::Status::Denied) {
        m_bar.showMessage(MessageBar::Kind::Warning,
                          tr("The system keychain refused to store the API keys (%1). Unlock "
                             "it and save again, or keep the keys for this run only.")
                              .arg(m_keychainError));
    } else {
        m_bar.showMessage(MessageBar::Kind::Warning,
                          tr("The system keychain is not available, so API keys cannot be "
                             "saved permanently. %1 You will need to enter them again next "
                             "time.")
                              .arg(m_keychainError));
    }
}

} // namespace ra
