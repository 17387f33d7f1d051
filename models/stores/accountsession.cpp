#include "stores/accountsession.h"

#include "api/apiclient.h"
#include "settings/connectionprofile.h"
#include "settings/profilestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ra {

namespace {
// Longest single QTimer wait; a later expiry re-arms when it fires.
constexpr qint64 kMaxTimerMs = 24LL * 3600 * 1000;
} // namespace

AccountSession::AccountSession(ApiClient &client, ProfileStore &profiles, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profiles(profiles)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        if (m_state != State::LoggedIn)
            return;
        if (m_expiresAt.isValid() && m_expiresAt > QDateTime::currentDateTimeUtc())
            return armTimer();
        expire(
            tr("The login of %1 expired at %2. Log in again to manage API keys.")
                .arg(m_email, QLocale().toString(m_expiresAt.toLocalTime(), QLocale::ShortFormat)));
    });
    connect(&m_profiles, &ProfileStore::secretSaveFailed, this,
            [this](const QString &id, SecretKind kind, const QString &) {
                // No keychain (or a refusal): the token is kept for this run only, as the
                // Connections pane does with keys when asked; a login lasts hours anyway.
                if (kind != SecretKind::SessionToken || id != m_profileId ||
                    m_state != State::LoggedIn)
                    return;
                const QString secret = secretOf(m_client.config().sessionToken);
                m_profiles.keepSecretForSession(id, SecretKind::SessionToken, secret);
                m_runOnly = true;
                emit changed();
            });
}

QString AccountSession::tokenOf(const QString &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret.toUtf8()).object();
    const QDateTime expires =
        QDateTime::fromString(o.value(u"expiresAt").toString(), Qt::ISODateWithMs);
    if (expires.isValid() && expires <= QDateTime::currentDateTimeUtc())
        return {};
    return o.value(u"token").toString();
}

QString AccountSession::statusText() const
{
    switch (m_state) {
    case State::LoggedOut:
        return tr("Not logged in");
    case State::Expired:
        return tr("The login of %1 has expired: log in again").arg(m_email);
    case State::LoggedIn:
        break;
    }
    QString text =
        m_expiresAt.isValid()
            ? tr("Logged in as %1 until %2")
                  .arg(m_email, QLocale().toString(m_expiresAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Logged in as %1 (the server gave no expiry)").arg(m_email);
    if (m_runOnly)
        text += QLatin1Char(' ') + tr("(kept for this run only)");
    return text;
}

void AccountSession::load(const QString &profileId)
{
    const quint64 generation = ++m_generation;
    m_profileId = profileId;
    m_state = State::LoggedOut;
    m_email.clear();
    m_expiresAt = {};
    m_runOnly = false;
    m_expiry.stop();
    emit changed();
    m_profiles.readSecret(
        profileId, SecretKind::SessionToken, this,
        [this, generation, profileId](const SecretStore::Result &r) {
            if (generation != m_generation || !r.ok())
                return;
            const QJsonObject o = QJsonDocument::fromJson(r.secret.toUtf8()).object();
            m_email = o.value(u"email").toString();
            m_expiresAt =
                QDateTime::fromString(o.value(u"expiresAt").toString(), Qt::ISODateWithMs);
            m_runOnly = m_profiles.isSessionSecret(profileId, SecretKind::SessionToken);
            if (tokenOf(r.secret).isEmpty()) {
                expire(tr("The login of %1 has expired. Log in again to manage API keys.")
                           .arg(m_email));
                return;
            }
            m_state = State::LoggedIn;
            apply(tokenOf(r.secret));
            armTimer();
            emit changed();
        });
}

void AccountSession::registerAccount(const QString &email, const QString &password,
                                     const QString &username)
{
    const quint64 generation = m_generation;
    m_client.registerAccount(email.trimmed(), password, username.trimmed())
        ->then(
            this,
            [this, generation](const Account &account) {
                if (generation == m_generation)
                    emit registered(account.email);
            },
            [this, generation](const ApiError &error) {
                if (generation == m_generation)
                    emit failed(QStringLiteral("register"), error.userText());
            });
}

void AccountSession::verifyEmail(const QString &email, const QString &code)
{
    const quint64 generation = m_generation;
    const QString address = email.trimmed();
    m_client.verifyEmail(address, code.trimmed())
        ->then(
            this,
            [this, generation, address](const Account &) {
                if (generation == m_generation)
                    emit verified(address);
            },
            [this, generation](const ApiError &error) {
                if (generation == m_generation)
                    emit failed(QStringLiteral("verify"), error.userText());
            });
}

void AccountSession::login(const QString &email, const QString &password)
{
    const quint64 generation = m_generation;
    const QString address = email.trimmed();
    m_client.login(address, password)
        ->then(
            this,
            [this, generation, address](const Account &account) {
                if (generation != m_generation)
                    return;
                if (account.token.isEmpty()) {
                    emit failed(QStringLiteral("login"),
                                tr("The server answered the login without a session token"));
                    return;
                }
                keep(account.email.isEmpty() ? address : account.email, account.token,
                     account.expiresAt);
                emit loggedIn(m_email);
            },
            [this, generation](const ApiError &error) {
                if (generation == m_generation)
                    emit failed(QStringLiteral("login"), error.userText());
            });
}

void AccountSession::logout()
{
    m_expiry.stop();
    m_state = State::LoggedOut;
    m_expiresAt = {};
    apply({});
    if (!m_profileId.isEmpty())
        m_profiles.forgetSecret(m_profileId, SecretKind::SessionToken);
    emit changed();
}

bool AccountSession::checkRejected(const ApiError &error)
{
    const bool noToken = error.kind == ApiError::Kind::Request && m_state != State::LoggedIn;
    const bool refused = error.kind == ApiError::Kind::Http && error.httpStatus == 401;
    if (!noToken && !refused)
        return false;
    // Only the end of a login asks; later failures find the window already saying so.
    if (m_state == State::LoggedIn)
        expire(tr("The server no longer accepts the login of %1. Log in again to manage API "
                  "keys.")
                   .arg(m_email));
    return true;
}

void AccountSession::apply(const QString &token)
{
    ApiClientConfig config = m_client.config();
    if (config.sessionToken == token)
        return;
    config.sessionToken = token;
    m_client.setConfig(config); // same servers: nothing in flight is cancelled
}

void AccountSession::keep(const QString &email, const QString &token, const QDateTime &expiresAt)
{
    m_email = email;
    m_expiresAt = expiresAt.toUTC();
    m_state = State::LoggedIn;
    m_runOnly = false;
    apply(token);
    const QString secret = secretOf(token);
    // The built-in profile's secrets live in the session store only; elsewhere the keychain
    // is tried first (secretSaveFailed falls back to this run only).
    if (m_profiles.profile(m_profileId).builtIn || !m_profiles.keychainAvailable()) {
        m_profiles.keepSecretForSession(m_profileId, SecretKind::SessionToken, secret);
        m_runOnly = !m_profiles.profile(m_profileId).builtIn;
    } else {
        m_profiles.saveSecret(m_profileId, SecretKind::SessionToken, secret);
    }
    armTimer();
    emit changed();
}

QString AccountSession::secretOf(const QString &token) const
{
    const QJsonObject o{{QStringLiteral("token"), token},
                        {QStringLiteral("email"), m_email},
                        {QStringLiteral("expiresAt"), m_expiresAt.toString(Qt::ISODateWithMs)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void AccountSession::expire(const QString &reason)
{
    m_expiry.stop();
    m_state = State::Expired;
    apply({});
    if (!m_profileId.isEmpty())
        m_profiles.forgetSecret(m_profileId, SecretKind::SessionToken);
    emit changed();
    emit loginRequired(reason);
}

void AccountSession::armTimer()
{
    m_expiry.stop();
    if (!m_expiresAt.isValid())
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
    m_expiry.start(int(qBound<qint64>(0, ms, kMaxTimerMs)));
}

} // namespace ra
