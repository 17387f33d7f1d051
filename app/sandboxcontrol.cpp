#include "sandboxcontrol.h"

#include "embeddedsandbox.h"
#include "mainwindow.h"
#include "questionprovider.h"
#include "server/sandboxserver.h"
#include "settings/profilestore.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcSandboxControl, "ra.app.sandbox")

namespace ra {

SandboxControl::SandboxControl(MainWindow &window, ProfileStore &profiles,
                               QuestionProvider &questions, const QString &dataDir, int users,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profiles(profiles)
    , m_questions(questions)
    , m_sandbox(new EmbeddedSandbox(dataDir, users, this))
{
    connect(m_sandbox, &EmbeddedSandbox::started, this, &SandboxControl::onStarted);
    connect(m_sandbox, &EmbeddedSandbox::failed, this, &SandboxControl::onFailed);
    connect(&m_window, &MainWindow::sandboxResetRequested, this, &SandboxControl::askToReset);
}

void SandboxControl::start(bool fresh)
{
    if (m_running || m_sandbox->isStarting())
        return;
    m_running = true;
    m_window.setSandboxResetAvailable(true, false);
    m_sandbox->start(fresh);
    if (!m_sandbox->isStarting())
        return; // failed() is on its way
    if (m_sandbox->reopened())
        m_window.statusBar()->showMessage(tr("Opening the local sandbox's demo community…"));
    else
        m_window.statusBar()->showMessage(
            tr("Starting the local sandbox with %n demo member(s)…", nullptr, m_sandbox->users()));
}

void SandboxControl::onStarted()
{
    sandbox::SandboxServer *server = m_sandbox->server();
    const sandbox::DemoInfo demo = server->demo();
    const QHash<ApiFamily, QUrl> urls = server->baseUrls();
    QMap<ApiFamily, QUrl> endpoints;
    for (auto it = urls.cbegin(); it != urls.cend(); ++it)
        endpoints.insert(it.key(), it.value());
    // The profile change re-binds the client, and every pane reloads.
    m_profiles.setSandboxEndpoints(endpoints, demo.communityId,
                                   {{SecretKind::SystemApiKey, demo.systemKey},
                                    {SecretKind::IntegrationKey, demo.integrationKey},
                                    {SecretKind::ApplicationKey, demo.integrationKey}});
    m_window.setSandboxResetAvailable(true, true);
    qCInfo(lcSandboxControl) << "local sandbox listening on port" << server->port();
    // The community is named beside it (the location label): the port is what is new here, and
    // a short message is not cut off when the palette is docked at 1280 px.
    m_window.statusBar()->showMessage(
        tr("Local sandbox ready on 127.0.0.1:%1.").arg(server->port()), 10000);
    if (m_sandbox->isTemporary())
        tellTemporary();
    emit ready();
}

void SandboxControl::tellTemporary()
{
    if (m_toldTemporary)
        return;
    m_toldTemporary = true;
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Local sandbox"),
                        tr("The demo community is in use by another Returning Admin window."),
                        QMessageBox::Ok, &m_window);
    box->setInformativeText(
        tr("This window works on a temporary demo community instead. What you change here is "
           "lost when you quit; the kept demo community (%1) is not touched.")
            .arg(m_sandbox->databasePath()));
    box->setObjectName(QStringLiteral("temporarySandboxNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SandboxControl::onFailed(const QString &error)
{
    qCWarning(lcSandboxControl) << "local sandbox failed:" << error;
    m_running = false;
    m_window.setSandboxResetAvailable(true, false);
    m_window.statusBar()->clearMessage();
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Local sandbox"),
                        tr("The local sandbox could not start."), QMessageBox::Ok, &m_window);
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SandboxControl::askToReset()
{
    if (!m_sandbox->isListening())
        return;
    QuestionProvider::Question q;
    q.title = tr("Reset Demo Community");
    q.text = m_sandbox->isTemporary()
                 ? tr("Reset this window's temporary demo community?")
                 : tr("Reset the demo community kept in %1?").arg(m_sandbox->databasePath());
    q.informativeText =
        tr("Everything in the local sandbox is deleted: the members you imported or created, "
           "the badges, roles and channels you added or changed, and the API log. A new demo "
           "community with %n member(s) takes its place. This cannot be undone.",
           nullptr, m_sandbox->users());
    q.confirmText = tr("Reset");
    q.destructive = true;
    m_questions.confirm(&m_window, q, this, [this](bool confirmed) {
        if (!confirmed || !m_sandbox->isListening())
            return;
        qCInfo(lcSandboxControl) << "resetting the demo community";
        m_window.setSandboxResetAvailable(true, false);
        m_window.statusBar()->showMessage(
            tr("Resetting the local sandbox to a new demo community…"));
        m_sandbox->reset();
    });
}

} // namespace ra
