#pragma once

#include "item/userfilterspec.h"

#include <QMenu>

namespace ra {

class AppSettings;
class ProfileStore;

// The Saved filters menu of the Users pane: the active profile's saved server filters (kept
// through AppSettings, one list per profile) to apply with a click, "Save Current Filter…" and
// a Delete submenu. The list is read again each time the menu opens, so a profile switch shows
// that profile's filters. A saved filter that no longer parses is reported by failed() naming
// it, not silently dropped. Does not own the settings or profiles; GUI thread.
class SavedFilterMenu : public QMenu
{
    Q_OBJECT

public:
    SavedFilterMenu(AppSettings &settings, ProfileStore &profiles, QWidget *parent = nullptr);

    QStringList names() const;
    // Saves (or replaces) `name` for the active profile.
    void saveFilter(const QString &name, const UserFilterSpec &spec);
    void removeFilter(const QString &name);
    // Emits chosen() for `name`, or failed() when it is missing or broken.
    void choose(const QString &name);

signals:
    void chosen(const ra::UserFilterSpec &spec, const QString &name);
    void saveRequested();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    AppSettings &m_settings;
    ProfileStore &m_profiles;
};

} // namespace ra
