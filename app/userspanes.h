#pragma once

class QObject;

namespace ra {

class ApiClient;
class AppSettings;
class CommunityUserTableModel;
class MainWindow;
class ProfileStore;
class QuestionProvider;
class UserAccountStore;
class UserDetailPanel;
class UserDetailStore;
class UserFieldStore;
class UserTableModel;
class UsersPane;

// What the Users pane runs on, so the composition root can reset it when the client is
// re-targeted (a profile switch). The models and stores are owned by the `owner` passed to
// installUsersPane(); the pane and the detail panel by the main window.
struct UsersComposition
{
    UserTableModel *users = nullptr;
    CommunityUserTableModel *community = nullptr;
    UserDetailStore *details = nullptr;
    UserAccountStore *accounts = nullptr;
    UsersPane *pane = nullptr;
    UserDetailPanel *detailPanel = nullptr;

    // Drops what the old profile listed and loads again where the pane is in use; call after
    // ApiClient::setConfig().
    void reloadAll() const;
    // The community's custom fields, typed in the detail panel, offered by name in the filter
    // bar and in the create-member dialog (the User Fields pane's store).
    void setUserFields(UserFieldStore *fields) const;
    // Drops every list and the detail panel's member without loading again (a profile switch,
    // or a profile that is not connected yet).
    void clearAll() const;
};

// Composition root of issue 7's pane: builds the users models and the detail and account
// stores (parented to `owner`), the detail panel and the Users pane, wires selection to the
// detail panel, Ctrl+N to the create-user dialog and account changes to a refresh, and adds the
// pane to `window`.
UsersComposition installUsersPane(MainWindow &window, ApiClient &client, AppSettings &settings,
                                  ProfileStore &profiles, QuestionProvider &questions,
                                  QObject *owner);

} // namespace ra
