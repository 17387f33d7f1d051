#include "application.h"

#include "accountpanes.h"
#include "api/apiclient.h"
#include "api/networkactivity.h"
#include "api/requestlog.h"
#include "api/requestlogwriter.h"
#include "assignpanes.h"
#include "clientbinder.h"
#include "commandpalette/commandpalettecontroller.h"
#include "historypanes.h"
#include "importpanes.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "messageboxquestionprovider.h"
#include "overview/communityoverview.h"
#include "overview/overviewpane.h"
#include "overviewpanes.h"
#include "palettesources.h"
#include "sandboxcontrol.h"
#include "settings/appsettings.h"
#include "settings/keychainsecretstore.h"
#include "settings/profilestore.h"
#include "stores/currentserver.h"
#include "themecontroller.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcApp, "ra.app")

namespace ra {

Application::Application(const CommandLine &commandLine, QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
{
}

Application::~Application()
{
    // The window goes first: it refers to every service. Then the QObject
    // children (client, stores, binder), while the services they point at
    // (settings, profiles, network activity) still exist.
    m_window.reset();
    // Newest first: the client (and its requests still in flight) goes before the network
    // manager whose replies it holds.
    while (!children().isEmpty())
        delete children().constLast();
}

bool Application::start()
{
    m_settings = std::make_unique<AppSettings>();
    m_language = new LanguageSwitcher(*m_settings, QStringLiteral(":/i18n"), QString(), this);
    // Before any window exists, so nothing is drawn twice; then live on every change.
    m_theme = new ThemeController(this);
    m_theme->apply(ThemeController::modeOf(m_settings->theme()));
    connect(m_settings.get(), &AppSettings::themeChanged, m_theme,
            [this](const QString &theme) { m_theme->apply(ThemeController::modeOf(theme)); });

    m_secrets = std::make_unique<KeychainSecretStore>();
    m_profiles = std::make_unique<ProfileStore>(*m_settings, *m_secrets);
    m_activity = std::make_unique<NetworkActivity>();
    createApiClient();
    m_questions = std::make_unique<MessageBoxQuestionProvider>();
    m_window = std::make_unique<MainWindow>(*m_settings, *m_profiles, *m_activity, *m_questions);

    connect(m_profiles.get(), &ProfileStore::activeProfileChanged, this,
            &Application::onActiveProfileChanged);
    m_binder = new ClientBinder(*m_client, *m_profiles, *m_settings, this);
    // First, so that it is the first entry and the pane of a first start.
    m_overview = installOverviewPane(*m_window, *m_client, this);
    m_structure = installStructurePanes(*m_window, *m_client, *m_profiles, *m_questions, this);
    m_users = installUsersPane(*m_window, *m_client, *m_settings, *m_profiles, *m_questions, this);
    m_users.setUserFields(m_structure.userFields);
    m_imports = new ImportPanes(*m_window, *m_client, m_requestLog, *m_questions, this);
    m_assign = new AssignPanes(*m_window, *m_client, m_structure, m_users, *m_questions, this);
    m_messages =
        installMessagesPane(*m_window, *m_client, m_structure, *m_profiles, *m_questions, this, {});
    m_palette = new CommandPaletteController(*m_window);
    installPaletteSources(m_palette->catalog(), *m_window, m_users);
    m_history = new HistoryPanes(*m_window, *m_client, m_users.detailPanel, this);
    m_accounts = new AccountPanes(*m_window, *m_client, *m_profiles, *m_questions, *m_users.details,
                                  *m_users.detailPanel, this);
    connect(m_binder, &ClientBinder::bound, m_accounts, &AccountPanes::onBound);
    // A new profile or key re-targets the client, which cancels what was in
    // flight: every store fetches again from the new place.
    connect(m_binder, &ClientBinder::keysReadable, m_window.get(),
            [this](const QString &id, const QString &reason) {
                m_window->setKeyProblem(m_profiles->profile(id).name, reason);
            });
    CurrentServer *current = m_structure.current;
    auto showLocation = [this, current] {
        m_window->setLocation(current->communityName(), current->isCommunityNamed(),
                              current->name());
        m_overview.pane->setCommunity(current->communityName(), current->isCommunityNamed());
    };
    connect(current, &CurrentServer::namesChanged, m_window.get(), showLocation);
    m_imports->setCommunityName([current] { return current->communityName(); });
    // Nothing of the previous profile may stay on screen while the new one connects.
    connect(m_profiles.get(), &ProfileStore::activeProfileChanged, this, [this] {
        m_structure.clearAll();
        m_users.clearAll();
        m_messages.clearAll();
        m_imports->clear();
        m_overview.overview->clear();
        m_history->clear();
    });
    connect(m_binder, &ClientBinder::bound, this, [this, current] {
        // The built-in profile is bound once before its sandbox listens, without addresses:
        // the panes wait for the next bind instead of sending requests that can only fail.
        const bool connected = m_client->config().baseUrl(ApiFamily::System).isValid();
        current->setCommunity(connected ? m_client->config().communityId : QString());
        m_structure.reloadAll();
        if (connected) {
            m_users.reloadAll();
            m_messages.reloadAll(m_profiles->activeId());
            m_overview.overview->reload();
        } else {
            m_users.clearAll();
            m_messages.clearAll();
            m_overview.overview->clear();
        }
        m_imports->onBound();
        m_assign->onBound();
        m_history->onBound(connected);
        m_messages.onBound();
    });

    if (m_commandLine.sandbox) {
        startSandbox();
        m_profiles->setActive(ConnectionProfile::localSandboxId());
    } else {
        applyProfileOption();
        onActiveProfileChanged(m_profiles->activeId());
    }
    m_binder->rebind();
    m_window->show();
    return true;
}

void Application::createApiClient()
{
    m_network = new QNetworkAccessManager(this);
    m_requestLog = new RequestLog(this);
    m_client = new ApiClient(m_network, this);
    m_client->setActivity(m_activity.get());
    m_client->setRequestLog(m_requestLog);
    if (!m_commandLine.logRequestsFile.isEmpty()) {
        m_requestLogWriter = new RequestLogWriter(m_requestLog, this);
        QString error;
        if (!m_requestLogWriter->open(m_commandLine.logRequestsFile, &error))
            qCWarning(lcApp) << "cannot write the request log:" << error;
    }
}

void Application::applyProfileOption()
{
    if (m_commandLine.profile.isEmpty())
        return;
    const QList<ConnectionProfile> profiles = m_profiles->profiles();
    for (const ConnectionProfile &p : profiles) {
        if (p.name.compare(m_commandLine.profile, Qt::CaseInsensitive) == 0) {
            m_profiles->setActive(p.id);
            return;
        }
    }
    qCWarning(lcApp) << "no connection profile named" << m_commandLine.profile;
    m_window->statusBar()->showMessage(
        tr("There is no connection profile named \"%1\"; using \"%2\".")
            .arg(m_commandLine.profile, m_profiles->active().name),
        15000);
}

void Application::onActiveProfileChanged(const QString &id)
{
    // The built-in profile is only useful with its server: start it on demand.
    if (id == ConnectionProfile::localSandboxId())
        startSandbox();
}

void Application::startSandbox()
{
    if (!m_sandbox) {
        m_sandbox = new SandboxControl(*m_window, *m_profiles, *m_questions, QString(),
                                       m_commandLine.sandboxUsers, this);
    }
    m_sandbox->start(m_commandLine.sandboxFresh);
}

} // namespace ra
