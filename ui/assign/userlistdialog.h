#pragma once

#include "assign/assignscope.h"
#include "assign/assigntarget.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ra {

// "Give to…": a text box for member ids, usernames or e-mails, one a line (pasted from anywhere),
// naming what is handed out, in which community and on which server. Continue emits
// listEntered() with the text; the preview that follows says what will happen. GUI thread.
class UserListDialog : public QDialog
{
    Q_OBJECT

public:
    UserListDialog(const AssignTarget &target, const AssignScope &scope, QWidget *parent = nullptr);

    QPlainTextEdit *textBox() const { return m_text; }
    QPushButton *continueButton() const { return m_continue; }

signals:
    void listEntered(const ra::AssignTarget &target, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AssignTarget m_target;
    AssignScope m_scope;
    QLabel *m_what;
    QLabel *m_where;
    QPlainTextEdit *m_text;
    QPushButton *m_continue;
};

} // namespace ra
