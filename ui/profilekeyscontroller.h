#pragma once

#include "settings/secretstore.h"

#include <QMap>
#include <QObject>
#include <QPair>

class QAction;

namespace ra {

class MessageBar;
class ProfileEditor;
class ProfileStore;

// The key half of the Connections pane: reads a profile's keys into the
// editor with a status line per key ("Stored in the system keychain", "Not
// set"...), saves edited keys through the ProfileStore, and when the keychain
// is unavailable says so in the message bar and offers "Keep for this run
// only" for the keys that could not be saved. Does not own the store, the
// editor or the bar; GUI thread.
class ProfileKeysController : public QObject
{
    Q_OBJECT

public:
    ProfileKeysController(ProfileStore &profiles, ProfileEditor &editor, MessageBar &bar,
                          QObject *parent = nullptr);

    // Reads the keys of stored profile `id` into the editor (if it still shows it).
    void load(const QString &id);
    // Copies the keys of `sourceId` into the editor as edits while it shows `draftId`.
    void copyInto(const QString &sourceId, const QString &draftId);
    // Saves the editor's current text of `kinds` as the keys of profile `id`.
    void save(const QString &id, const QList<SecretKind> &kinds);
    void retranslate();

private:
    void showReadResult(const QString &id, SecretKind kind, const SecretStore::Result &result);
    void onSaved(const QString &profileId, SecretKind kind, bool sessionOnly);
    void onSaveFailed(const QString &profileId, SecretKind kind, const QString &error);
    // The keychain cannot take keys (Unavailable or Denied): say why and
    // offer to keep the pending keys for this run only.
    void onUnusable(SecretStore::Status problem, const QString &error);
    void keepPendingForSession();
    // A key's status line for what was last heard of it, in the current language.
    struct Shown
    {
        SecretStore::Status status = SecretStore::Status::NotFound;
        QString error;
        bool saveFailed = false;
        bool sessionOnly = false; // saved for this run only
    };
    QString statusText(SecretKind kind, const Shown &shown) const;
    void show(SecretKind kind, const Shown &shown);

    ProfileStore &m_profiles;
    ProfileEditor &m_editor;
    MessageBar &m_bar;
    QAction *m_keepForSession;
    QString m_keychainError;
    SecretStore::Status m_problem = SecretStore::Status::Unavailable;
    bool m_noticeShown = false;
    // Keys whose keychain write failed, kept until the user decides.
    QMap<QPair<QString, SecretKind>, QString> m_pending;
    // What each key of the edited profile last showed, to say it again in another language.
    QMap<SecretKind, Shown> m_shown;
};

} // namespace ra
