#pragma once

#include <QMenu>

class QActionGroup;

namespace ra {

class ProfileStore;

// File > Switch profile: one checkable entry per connection profile (with
// its environment), the active one checked; choosing one activates it.
// Follows the store's signals. Does not own the store; GUI thread.
class ProfileMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ProfileMenu(ProfileStore &profiles, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    ProfileStore &m_profiles;
    QActionGroup *m_group;
};

} // namespace ra
