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
    m_shown.clear();
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
        m_shown.remove(kind);
        m_editor.setKeyStatus(kind, tr("Saving…"));
        m_profiles.saveSecret(id, kind, secret);
    }
}

void ProfileKeysController::showReadResult(const QString &id, SecretKind kind,
                                           const SecretStore::Result &result)
{
    if (id != m_editor.profileId() || m_editor.modifiedKeys().contains(kind))
        return;
    if (result.status == SecretStore::Status::Ok)
        m_editor.setLoadedKey(kind, result.secret);
    if (result.status == SecretStore::Status::Unavailable && !m_noticeShown) {
        // Say it once, before the user types keys that cannot be saved.
        m_noticeShown = true;
        m_problem = result.status;
        m_keychainError = result.errorText;
        retranslate();
    }
    show(kind, {result.status, result.errorText});
}

QString ProfileKeysController::statusText(SecretKind kind, const Shown &shown) const
{
    const QString id = m_editor.profileId();
    const bool builtIn = m_profiles.profile(id).builtIn;
    if (shown.saveFailed)
        return tr("Not saved: %1").arg(shown.error);
    switch (shown.status) {
    case SecretStore::Status::Ok:
        return builtIn ? tr("Provided by the running sandbox")
               : shown.sessionOnly || m_profiles.isSessionSecret(id, kind)
                   ? tr("Kept for this run only")
                   : tr("Stored in the system keychain");
    case SecretStore::Status::NotFound:
        return builtIn ? tr("Set when the sandbox starts") : tr("Not set");
    case SecretStore::Status::Unavailable:
        return tr("System keychain not available");
    case SecretStore::Status::Denied:
        return tr("The keychain refused access: %1").arg(shown.error);
    case SecretStore::Status::Failed:
        break;
    }
    return tr("Could not read the key: %1").arg(shown.error);
}

void ProfileKeysController::show(SecretKind kind, const Shown &shown)
{
    m_shown.insert(kind, shown);
    m_editor.setKeyStatus(kind, statusText(kind, shown));
}

void ProfileKeysController::onSaved(const QString &profileId, SecretKind kind, bool sessionOnly)
{
    m_pending.remove({profileId, kind});
    if (profileId != m_editor.profileId())
        return;
    // What a read would now find: the key, or none after an empty one was saved.
    show(kind,
         {m_editor.key(kind).isEmpty() ? SecretStore::Status::NotFound : SecretStore::Status::Ok,
          QString(), false, sessionOnly});
}

void ProfileKeysController::onSaveFailed(const QString &profileId, SecretKind kind,
                                         const QString &error)
{
    if (profileId == m_editor.profileId())
        show(kind, {SecretStore::Status::Failed, error, true, false});
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
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        if (!m_editor.modifiedKeys().contains(it.key()))
            m_editor.setKeyStatus(it.key(), statusText(it.key(), it.value()));
    }
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
