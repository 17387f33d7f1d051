#include "settings/appsettings.h"

#include <QSettings>
#include <QUrl>

namespace ra {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kNavigationState = QStringLiteral("window/navigationState");
const QString kNavigationVisible = QStringLiteral("window/navigationVisible");
const QString kLastProfile = QStringLiteral("session/lastProfileId");
const QString kLastNavigation = QStringLiteral("session/lastNavigationEntry");
const QString kLanguage = QStringLiteral("preferences/language");
const QString kTheme = QStringLiteral("preferences/theme");
const QString kTimeout = QStringLiteral("network/requestTimeoutMs");
const QString kConcurrency = QStringLiteral("network/perHostConcurrency");
const QString kProfiles = QStringLiteral("profiles");
const QString kUserFilters = QStringLiteral("users/savedFilters/");
const QString kUsersHeader = QStringLiteral("users/headerState");
const QString kUsersMoreFilters = QStringLiteral("users/moreFilters");

// A profile id as one settings group name ('/' would nest groups).
QString profileGroup(const QString &profileId)
{
    return kUserFilters + QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QStringLiteral("Returning"),
                                             QStringLiteral("Returning Admin")))
{
}

AppSettings::AppSettings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QByteArray AppSettings::navigationState() const
{
    return m_settings->value(kNavigationState).toByteArray();
}

void AppSettings::setNavigationState(const QByteArray &state)
{
    m_settings->setValue(kNavigationState, state);
}

bool AppSettings::navigationVisible() const
{
    return m_settings->value(kNavigationVisible, true).toBool();
}

void AppSettings::setNavigationVisible(bool visible)
{
    m_settings->setValue(kNavigationVisible, visible);
}

QString AppSettings::lastProfileId() const
{
    return m_settings->value(kLastProfile).toString();
}

void AppSettings::setLastProfileId(const QString &id)
{
    m_settings->setValue(kLastProfile, id);
}

QString AppSettings::lastNavigationEntry() const
{
    return m_settings->value(kLastNavigation).toString();
}

void AppSettings::setLastNavigationEntry(const QString &id)
{
    m_settings->setValue(kLastNavigation, id);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings->setValue(kLanguage, language);
    emit languageChanged(language);
}

QString AppSettings::theme() const
{
    const QString theme = m_settings->value(kTheme).toString();
    return theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme : QString();
}

void AppSettings::setTheme(const QString &theme)
{
    if (theme == this->theme())
        return;
    m_settings->setValue(kTheme, theme);
    emit themeChanged(this->theme());
}

int AppSettings::requestTimeoutMs() const
{
    const int ms = m_settings->value(kTimeout, DefaultRequestTimeoutMs).toInt();
    return qBound(MinRequestTimeoutMs, ms, MaxRequestTimeoutMs);
}

void AppSettings::setRequestTimeoutMs(int ms)
{
    ms = qBound(MinRequestTimeoutMs, ms, MaxRequestTimeoutMs);
    if (ms == requestTimeoutMs() && m_settings->contains(kTimeout))
        return;
    m_settings->setValue(kTimeout, ms);
    emit requestTimeoutChanged(ms);
}

int AppSettings::perHostConcurrency() const
{
    const int n = m_settings->value(kConcurrency, DefaultPerHostConcurrency).toInt();
    return qBound(MinPerHostConcurrency, n, MaxPerHostConcurrency);
}

void AppSettings::setPerHostConcurrency(int requests)
{
    requests = qBound(MinPerHostConcurrency, requests, MaxPerHostConcurrency);
    if (requests == perHostConcurrency() && m_settings->contains(kConcurrency))
        return;
    m_settings->setValue(kConcurrency, requests);
    emit perHostConcurrencyChanged(requests);
}

QList<ConnectionProfile> AppSettings::profiles() const
{
    QList<ConnectionProfile> result;
    const int count = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.communityId = m_settings->value(QStringLiteral("communityId")).toString();
        p.production = m_settings->value(QStringLiteral("production"), false).toBool();
        for (ApiFamily family : ConnectionProfile::families()) {
            const QString key = QStringLiteral("url/") + toString(family);
            p.setBaseUrl(family, QUrl(m_settings->value(key).toString()));
        }
        if (!p.id.isEmpty())
            result.append(p);
    }
    m_settings->endArray();
    return result;
}

void AppSettings::setProfiles(const QList<ConnectionProfile> &profiles)
{
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles);
    int index = 0;
    for (const ConnectionProfile &p : profiles) {
        if (p.builtIn)
            continue;
        m_settings->setArrayIndex(index++);
        m_settings->setValue(QStringLiteral("id"), p.id);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("communityId"), p.communityId);
        m_settings->setValue(QStringLiteral("production"), p.production);
        for (ApiFamily family : ConnectionProfile::families()) {
            const QString key = QStringLiteral("url/") + toString(family);
            const QUrl url = p.baseUrl(family);
            if (!url.isEmpty())
                m_settings->setValue(key, url.toString());
        }
    }
    m_settings->endArray();
}

QMap<QString, QString> AppSettings::savedUserFilters(const QString &profileId) const
{
    QMap<QString, QString> filters;
    const int count = m_settings->beginReadArray(profileGroup(profileId));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const QString name = m_settings->value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            filters.insert(name, m_settings->value(QStringLiteral("filter")).toString());
    }
    m_settings->endArray();
    return filters;
}

void AppSettings::setSavedUserFilters(const QString &profileId,
                                      const QMap<QString, QString> &filters)
{
    const QString group = profileGroup(profileId);
    m_settings->remove(group);
    m_settings->beginWriteArray(group);
    int index = 0;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        m_settings->setArrayIndex(index++);
        m_settings->setValue(QStringLiteral("name"), it.key());
        m_settings->setValue(QStringLiteral("filter"), it.value());
    }
    m_settings->endArray();
}

QByteArray AppSettings::usersHeaderState() const
{
    return m_settings->value(kUsersHeader).toByteArray();
}

void AppSettings::setUsersHeaderState(const QByteArray &state)
{
    m_settings->setValue(kUsersHeader, state);
}

bool AppSettings::usersMoreFilters() const
{
    return m_settings->value(kUsersMoreFilters, false).toBool();
}

void AppSettings::setUsersMoreFilters(bool shown)
{
    m_settings->setValue(kUsersMoreFilters, shown);
}

} // namespace ra
