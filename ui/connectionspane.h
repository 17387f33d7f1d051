#pragma once

#include "panecommands.h"
#include "settings/connectionprofile.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidgetItem;
class QPushButton;

namespace ra {

class MessageBar;
class ProfileEditor;
class ProfileKeysController;
class ProfileListWidget;
class ProfileStore;
class QuestionProvider;

// The connection-profile manager: the list of profiles (built-in and
// production marked, the active one in bold), the ProfileEditor form, and
// New / Duplicate / Delete / Make active / Save / Revert. Keys are saved
// through the ProfileStore; when the keychain is unavailable a message bar
// says so and offers "Keep for this run only". Confirmations go through the
// QuestionProvider. Edit > Find focuses the list filter.
// Does not own the store or the provider; GUI thread.
class ConnectionsPane : public QWidget, public PaneCommands
{
    Q_OBJECT

public:
    ConnectionsPane(ProfileStore &profiles, QuestionProvider &questions, QWidget *parent = nullptr);
    ~ConnectionsPane() override;

    // The profile in the editor: a stored one, or an unsaved draft.
    QString currentProfileId() const;
    bool isDraft() const { return m_draft; }
    bool hasUnsavedChanges() const;
    void selectProfile(const QString &id);

    bool canFind() const override { return true; }
    void find() override;

    void newProfile();
    void duplicateProfile();
    void deleteProfile();
    void makeActive();
    void save();
    void revert();

signals:
    // "Account…" on the active profile: register, verify or log in (the composition root
    // shows the account dialog).
    void accountRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildList();
    void onCurrentItemChanged(QListWidgetItem *current);
    void load(const QString &id);
    void loadDraft(const ConnectionProfile &draft);
    // Runs `proceed` at once, or after the user agreed to drop unsaved edits.
    void confirmDiscard(std::function<void()> proceed);
    void updateHeader();
    void updateButtons();
    void retranslateUi();

    ProfileStore &m_profiles;
    QuestionProvider &m_questions;
    QLineEdit *m_filter;
    ProfileListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    MessageBar *m_messageBar;
    QLabel *m_title;
    QLabel *m_subtitle;
    ProfileEditor *m_editor;
    QPushButton *m_makeActive;
    QPushButton *m_account = nullptr; // the account login of the active profile
    QPushButton *m_revert;
    QPushButton *m_save;
    QAction *m_newAction;
    QAction *m_saveAction;
    QAction *m_deleteAction;
    ProfileKeysController *m_keys;
    bool m_draft = false;
    ConnectionProfile m_draftOrigin;
};

} // namespace ra
