#pragma once

#include "assign/assignscope.h"
#include "assign/assigntarget.h"
#include "assign/userlist.h"
#include "assign/userresolver.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ra {

// What will happen before anything is sent to more than one member: how many will get the role or
// badge, how many already have it (roles: known from the server; badges: not knowable, and it
// says so), how many could not be matched and which, how many matched more than one member and
// which, and the list's bad lines by line number, each list behind a Show button. Back, or
// "Award to N" / "Give to N" / "Remove from N". GUI thread.
class AssignPreviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssignPreviewPage(QWidget *parent = nullptr);

    void setPreview(const AssignTarget &target, bool give, const AssignScope &scope,
                    const UserList &list, const UserResolver::Preview &preview);

    QString headline() const;
    QString countsText() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *backButton() const { return m_back; }
    QTreeWidget *detailList() const { return m_details; }

signals:
    void confirmed();
    void back();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Shown { None, NotMatched, Ambiguous, BadLines };
    void show(Shown what);
    void retranslate();

    AssignTarget m_target;
    bool m_give = true;
    AssignScope m_scope;
    UserList m_list;
    UserResolver::Preview m_preview;
    Shown m_shown = Shown::None;

    QLabel *m_headline;
    QLabel *m_where;
    QLabel *m_counts;
    QPushButton *m_showNotMatched;
    QPushButton *m_showAmbiguous;
    QPushButton *m_showBad;
    QTreeWidget *m_details;
    QPushButton *m_back;
    QPushButton *m_confirm;
};

} // namespace ra
