#include "panes/userfieldspane.h"

#include "domain/userfieldrules.h"
#include "item/userfieldtablemodel.h"
#include "panes/createentitycommand.h"
#include "panes/deleteentitycommand.h"
#include "panes/editentitycommand.h"
#include "panes/userfielddialog.h"
#include "questionprovider.h"
#include "stores/currentserver.h"
#include "stores/userfieldstore.h"

#include <QLabel>

namespace ra {

UserFieldsPane::UserFieldsPane(UserFieldStore &store, CurrentServer &current,
                               QuestionProvider &questions, QWidget *parent)
    : EntityPane(store, questions, parent)
    , m_store(store)
    , m_current(current)
    , m_model(new UserFieldTableModel(&store, this))
    , m_proxy(new UserFieldFilterModel(this))
{
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("userFieldsHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_heading->setFont(font);
    connect(&current, &CurrentServer::namesChanged, this, &UserFieldsPane::retranslateExtra);
    connect(&current, &CurrentServer::changed, this, &UserFieldsPane::retranslateExtra);
    initPane(m_model, m_proxy, QStringLiteral("userFieldTable"), QStringLiteral("userFieldSearch"),
             int(UserFieldTableModel::Column::Name), int(UserFieldTableModel::Column::Options));
    setHeader(m_heading);
    retranslateExtra();
}

UserFieldsPane::~UserFieldsPane() = default;

QString UserFieldsPane::headingText() const
{
    const QString community = m_current.communityName();
    return community.isEmpty() ? tr("User fields") : tr("User fields of %1").arg(community);
}

EntityPane::Texts UserFieldsPane::texts() const
{
    Texts t;
    t.search = tr("Search user fields (Ctrl+F)");
    t.searchName = tr("Search user fields");
    t.newName = tr("New user field");
    t.editName = tr("Edit user field");
    t.deleteName = tr("Delete user field");
    t.refreshName = tr("Refresh user fields");
    t.viewName = tr("User fields");
    t.loading = tr("Loading user fields…");
    t.notLoaded = tr("The user fields could not be loaded.");
    t.empty = tr("This community has no custom user fields yet. Press Ctrl+N to create one.");
    t.loadError = tr("Could not load the user fields: %1");
    t.refreshError =
        tr("Could not refresh the user fields: %1 The table shows the last loaded list.");
    return t;
}

void UserFieldsPane::retranslateExtra()
{
    m_heading->setText(headingText());
}

void UserFieldsPane::newItem()
{
    UserField field;
    field.type = QStringLiteral("text");
    auto *dialog = new UserFieldDialog(field, true, questions(), this);
    connect(dialog, &UserFieldDialog::fieldAccepted, this, [this](const UserField &f) {
        pushCommand(new CreateEntityCommand<UserFieldStore>(
            m_store, f, tr("Create user field \"%1\"").arg(f.name)));
    });
    dialog->open();
}

void UserFieldsPane::editCurrent()
{
    const std::optional<UserField> current = m_store.item(currentId());
    if (!current)
        return;
    auto *dialog = new UserFieldDialog(*current, false, questions(), this);
    connect(dialog, &UserFieldDialog::fieldAccepted, this,
            [this, before = *current](const UserField &f) {
                pushCommand(new EditEntityCommand<UserFieldStore>(
                    m_store, before, f, tr("Edit user field \"%1\"").arg(before.name)));
            });
    dialog->open();
}

void UserFieldsPane::deleteCurrent()
{
    const std::optional<UserField> current = m_store.item(currentId());
    if (!current)
        return;
    QuestionProvider::Question q;
    q.title = tr("Delete User Field");
    q.text = tr("Delete the user field \"%1\" of %2?")
                 .arg(UserFieldRules::label(*current), m_current.communityName());
    q.informativeText = tr("Every member's value of \"%1\" is lost with it, and its history. "
                           "Undo re-creates the field with the same key, type and options, "
                           "but not the members' values.")
                            .arg(current->name);
    q.confirmText = tr("Delete");
    q.destructive = true;
    questions().confirm(this, q, this, [this, field = *current](bool confirmed) {
        if (confirmed)
            pushCommand(new DeleteEntityCommand<UserFieldStore>(
                m_store, field, tr("Delete user field \"%1\"").arg(field.name)));
    });
}

} // namespace ra
