#pragma once

#include "assign/assignscope.h"
#include "assign/assigntarget.h"
#include "assign/userlist.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ra {

class MessageBar;

// The small mapping step of a CSV file dropped on a tile: which column holds the members
// (usernames, e-mails or ids). It reads the file on a worker thread (UserList::parse, which
// guesses the column), shows the columns, the first rows of the chosen one and the lines that
// cannot be used, and reads again when another column is picked. Continue emits listReady();
// a file with no usable column says so and cannot continue. GUI thread.
class CsvColumnDialog : public QDialog
{
    Q_OBJECT

public:
    // Files over this size are refused with a message (a member list is far smaller).
    static constexpr qint64 maxBytes = 64 * 1024 * 1024;

    CsvColumnDialog(const AssignTarget &target, const AssignScope &scope, const QString &path,
                    QWidget *parent = nullptr);
    ~CsvColumnDialog() override;

    QComboBox *columnPicker() const { return m_columns; }
    QTreeWidget *rowsView() const { return m_rows; }
    QPushButton *continueButton() const { return m_continue; }
    bool isReading() const { return m_watcher.isRunning(); }
    const UserList &list() const { return m_list; }

signals:
    void listReady(const ra::AssignTarget &target, const ra::UserList &list);

private:
    void read(const QString &column);
    void onRead();

    AssignTarget m_target;
    QString m_path;
    UserList m_list;
    QFutureWatcher<UserList> m_watcher;
    QLabel *m_status;
    QComboBox *m_columns;
    QTreeWidget *m_rows;
    MessageBar *m_message;
    QPushButton *m_continue;
};

} // namespace ra
