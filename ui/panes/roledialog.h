#pragma once

#include "domain/role.h"
#include "stores/rolepermissioncatalog.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;

namespace Ui {
class RoleDialog;
}

namespace ra {

class DiscardGuard;
class QuestionProvider;

// Creates or edits one role: name, colour (named classes or a custom colour), description,
// hierarchy position, billable and every documented server and channel permission. Emits
// roleAccepted() with the edited copy when the user confirms; the caller sends it. Open with
// open(); deletes itself on close. GUI thread.
class RoleDialog : public QDialog
{
    Q_OBJECT

public:
    RoleDialog(const Role &role, bool creating, QuestionProvider &questions,
               QWidget *parent = nullptr);
    ~RoleDialog() override;

    Role role() const;
    bool isCreating() const { return m_creating; }
    // Selects the colour class, adding it to the list when it is not a named one.
    void setColourClass(const QString &colourClass);
    // The permission check box for a request key (for tests and accessibility tools).
    QCheckBox *permissionBox(const QString &key) const;

signals:
    void roleAccepted(const ra::Role &role);

public slots:
    void accept() override;
    // Asks before dropping changes (Esc, Cancel, the close button).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildPermissions();
    void retranslate();
    void updateOk();
    void pickCustomColour();

    std::unique_ptr<::Ui::RoleDialog> m_ui;
    Role m_role;
    bool m_creating;
    QList<std::pair<RolePermissionCatalog::Permission, QCheckBox *>> m_boxes;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ra
