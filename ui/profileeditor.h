#pragma once

#include "settings/connectionprofile.h"
#include "settings/secretstore.h"

#include <QMap>
#include <QSet>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;

namespace Ui {
class ProfileEditor;
}

namespace ra {

// The form of one connection profile (profileeditor.ui): name, community,
// production flag, one base URL per API family and the three keys as
// password fields with show/hide toggles. Shows validation messages inline
// under their fields: for fields the user has touched, or for all after
// revealAllIssues() (a save attempt). No storage logic: ConnectionsPane loads
// and saves. GUI thread; owned by its parent.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    using Issue = ConnectionProfile::Issue;

    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // Loads a profile; clears keys, touched fields and messages.
    void setProfile(const ConnectionProfile &profile);
    // The profile as currently edited (id and built-in flag from the loaded one).
    ConnectionProfile profile() const;
    QString profileId() const { return m_loaded.id; }
    bool isModified() const;

    // Sets a key as loaded from the store (not a modification).
    void setLoadedKey(SecretKind kind, const QString &secret);
    // Sets a key as a user edit would (e.g. copied keys of a duplicate).
    void setEditedKey(SecretKind kind, const QString &secret);
    QString key(SecretKind kind) const;
    QList<SecretKind> modifiedKeys() const;
    void markSaved(); // what is shown becomes the loaded state
    void setKeyStatus(SecretKind kind, const QString &text);
    // Whether keys can be saved in a keychain on this desktop; the hint above
    // the keys says where they go.
    void setKeychainAvailable(bool available);
    QString keyStatus(SecretKind kind) const;

    void setIssues(const QList<Issue> &issues);
    void revealAllIssues();
    QString visibleIssue(const QString &field) const; // empty when none is shown
    void focusField(const QString &field);

    static QList<SecretKind> kinds();

    // The form lives in a QScrollArea; a height-for-width widget there is sized
    // as if no vertical scroll bar were shown and slides under it.
    bool hasHeightForWidth() const override { return false; }

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *urlEdit(ApiFamily family) const;
    QLineEdit *keyEdit(SecretKind kind) const;
    QLabel *keyStatusLabel(SecretKind kind) const;
    QLineEdit *fieldEdit(const QString &field) const;
    QLabel *errorLabel(const QString &field) const;
    QStringList fields() const;
    void touch(const QString &field);
    void updateIssueLabels();
    void updateEnvironment();
    void setReadOnly(bool readOnly);
    void retranslateUi();
    void addVisibilityToggle(QLineEdit *edit, const QString &name);

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    ConnectionProfile m_loaded;
    QMap<SecretKind, QString> m_loadedKeys;
    QSet<QString> m_touched;
    QList<Issue> m_issues;
    bool m_revealAll = false;
    bool m_loading = false;
    bool m_keychainAvailable = true;
};

} // namespace ra
