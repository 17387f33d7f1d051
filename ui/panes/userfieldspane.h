#pragma once

#include "domain/userfield.h"
#include "panes/entitypane.h"

class QLabel;

namespace ra {

class CurrentServer;
class UserFieldFilterModel;
class UserFieldStore;
class UserFieldTableModel;

// The User Fields pane: the community's custom user fields (name, key, type, required, default,
// options, created) under a heading naming the community, New/Edit/Delete through
// UserFieldDialog, each change an undoable command on undoStack(). Delete names the field and
// says the members' values go with it; undo re-creates the field with the same definition (the
// values are not restored). Works only through UserFieldStore; borrows the current server for
// the community's name; owns its widgets, models and undo stack. GUI thread.
class UserFieldsPane : public EntityPane
{
    Q_OBJECT

public:
    UserFieldsPane(UserFieldStore &store, CurrentServer &current, QuestionProvider &questions,
                   QWidget *parent = nullptr);
    ~UserFieldsPane() override;

    UserFieldTableModel *model() const { return m_model; }
    UserFieldFilterModel *proxy() const { return m_proxy; }
    QString headingText() const;

    void newItem() override;
    void editCurrent() override;
    void deleteCurrent() override;

protected:
    Texts texts() const override;
    void retranslateExtra() override;

private:
    UserFieldStore &m_store;
    CurrentServer &m_current;
    UserFieldTableModel *m_model;
    UserFieldFilterModel *m_proxy;
    QLabel *m_heading = nullptr;
};

} // namespace ra
