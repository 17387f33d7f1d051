#pragma once

#include "commandline.h"
#include "messagepanes.h"
#include "overviewpanes.h"
#include "structurepanes.h"
#include "userspanes.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace ra {

class ApiClient;
class AppSettings;
class ClientBinder;
class AccountPanes;
class AssignPanes;
class HistoryPanes;
class ImportPanes;
class LanguageSwitcher;
class RequestLog;
class RequestLogWriter;
class MainWindow;
class MessageBoxQuestionProvider;
class NetworkActivity;
class ProfileStore;
class SandboxControl;
class SecretStore;
class ThemeController;
class CommandPaletteController;

// The composition root of the GUI: builds every service (settings, secret
// store, profile store, network activity, the embedded sandbox when asked for
// or when the built-in "Local sandbox" profile is active, see SandboxControl)
// and hands them to the main window. Nothing else constructs services. Owns everything it builds;
// lives on the GUI thread for the whole run.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(const CommandLine &commandLine, QObject *parent = nullptr);
    ~Application() override;

    // Builds the services and shows the main window. Returns false (after
    // telling the user why) when the app cannot start.
    bool start();
    // The main window once start() built it (tests walk it).
    MainWindow *window() const { return m_window.get(); }

private:
    void createApiClient();
    void applyProfileOption();
    void onActiveProfileChanged(const QString &id);
    void startSandbox();

    CommandLine m_commandLine;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<NetworkActivity> m_activity;
    std::unique_ptr<MessageBoxQuestionProvider> m_questions;
    QNetworkAccessManager *m_network = nullptr;     // child
    RequestLog *m_requestLog = nullptr;             // child
    RequestLogWriter *m_requestLogWriter = nullptr; // child, with --log-requests
    ApiClient *m_client = nullptr;                  // child
    ClientBinder *m_binder = nullptr;               // child
    StructureStores m_structure;                    // the stores are children
    OverviewComposition m_overview;                 // the overview is a child
    UsersComposition m_users;                       // models and stores are children
    ImportPanes *m_imports = nullptr;               // child
    AssignPanes *m_assign = nullptr;                // child
    MessagesComposition m_messages;                 // stores and models are children
    HistoryPanes *m_history = nullptr;              // child
    AccountPanes *m_accounts = nullptr;             // child
    SandboxControl *m_sandbox = nullptr;            // child, once the sandbox is wanted
    ThemeController *m_theme = nullptr;             // child
    CommandPaletteController *m_palette = nullptr;  // the window's child
    LanguageSwitcher *m_language = nullptr;         // child
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ra
