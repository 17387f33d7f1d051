#pragma once

#include "settings/connectionprofile.h"

#include <QListWidget>

namespace ra {

// The list of connection profiles in the Connections pane: two lines per
// profile (name; environment · built-in · active), an environment-coloured
// icon, the active profile in bold, and a text filter. Selection changes made
// through selectProfile() emit no signals. GUI thread; owned by its parent.
class ProfileListWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit ProfileListWidget(QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &activeId);
    void setFilterText(const QString &text);
    // Selects the profile's row, or nothing for an empty/unknown id; silent.
    void selectProfile(const QString &id);
    static QString profileId(const QListWidgetItem *item);
    QListWidgetItem *itemFor(const QString &id) const;

private:
    void applyFilter();

    QString m_filter;
};

} // namespace ra
