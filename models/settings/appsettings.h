#pragma once

#include "settings/connectionprofile.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace ra {

// The one typed view of the application's persistent settings (QSettings,
// organization "Returning", application "Returning Admin"). Holds non-secret
// data only: API keys go through a SecretStore, never through here.
// Owned by the composition root; GUI thread.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultRequestTimeoutMs = 30000;
    static constexpr int MinRequestTimeoutMs = 1000;
    static constexpr int MaxRequestTimeoutMs = 600000;
    static constexpr int DefaultPerHostConcurrency = 6;
    static constexpr int MinPerHostConcurrency = 1;
    static constexpr int MaxPerHostConcurrency = 16;

    // The user's settings (native format, "Returning" / "Returning Admin").
    explicit AppSettings(QObject *parent = nullptr);
    // An INI file at `iniPath`: for tests and portable set-ups.
    explicit AppSettings(const QString &iniPath, QObject *parent = nullptr);
    ~AppSettings() override;

    QString fileName() const;
    void sync();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray navigationState() const; // the navigation/pane splitter
    void setNavigationState(const QByteArray &state);
    bool navigationVisible() const;
    void setNavigationVisible(bool visible);

    QString lastProfileId() const;
    void setLastProfileId(const QString &id);
    QString lastNavigationEntry() const;
    void setLastNavigationEntry(const QString &id);

    QString language() const; // BCP 47 name such as "de"; empty = system language
    void setLanguage(const QString &language);
    // "light" or "dark"; empty = follow the system's palette (anything else reads as empty).
    QString theme() const;
    void setTheme(const QString &theme);
    int requestTimeoutMs() const;
    void setRequestTimeoutMs(int ms);
    int perHostConcurrency() const;
    void setPerHostConcurrency(int requests);

    // Non-secret fields of the user's profiles; built-in profiles are skipped.
    QList<ConnectionProfile> profiles() const;
    void setProfiles(const QList<ConnectionProfile> &profiles);

    // Saved Users-pane filters of one profile: name -> filter text (UserFilterSpec::toSaved()).
    QMap<QString, QString> savedUserFilters(const QString &profileId) const;
    void setSavedUserFilters(const QString &profileId, const QMap<QString, QString> &filters);
    // The users table's header (visible columns, order, sort) as QHeaderView::saveState().
    QByteArray usersHeaderState() const;
    void setUsersHeaderState(const QByteArray &state);
    // Whether the Users filter bar shows its editors past the e-mail box (folded by default).
    bool usersMoreFilters() const;
    void setUsersMoreFilters(bool shown);

signals:
    void languageChanged(const QString &language);
    void themeChanged(const QString &theme);
    void requestTimeoutChanged(int ms);
    void perHostConcurrencyChanged(int requests);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ra
