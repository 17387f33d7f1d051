#pragma once

#include "assign/assignscope.h"
#include "assign/assigntarget.h"
#include "assign/userlist.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ra {

class MessageBar;

// The small mapping step of a CSV file dropped on a tile: which column holds the members
// (usernames, e-mails or ids). It reads the file on a worker thread (UserList::parse, which
// guesses the column), shows the first raw rows of the file as a table with the chosen column
// highlighted (as the import wizard's mapping page does), the count and the lines that cannot be
// used, and reads again when another column is picked in the box or by clicking its header.
// Continue emits listReady(); a file with no usable column says so and cannot continue. GUI
// thread.
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
    // The first raw rows, every column; the chosen one highlighted.
    QTableWidget *rowsView() const { return m_rows; }
    // How many raw rows the table shows at most.
    static constexpr int shownRows = 8;

    // What the worker reads: the list, and the file's first raw rows with their line numbers.
    struct Read
    {
        UserList list;
        QList<QStringList> rows;
        QList<int> lines;
    };
    QPushButton *continueButton() const { return m_continue; }
    bool isReading() const { return m_watcher.isRunning(); }
    const UserList &list() const { return m_list; }

signals:
    void listReady(const ra::AssignTarget &target, const ra::UserList &list);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // "12 members in this column." and the lines that cannot be used, of the last read.
    QString statusText() const;
    void read(const QString &column);
    void onRead();
    void showRows(const Read &read);

    AssignTarget m_target;
    AssignScope m_scope;
    QString m_path;
    UserList m_list;
    QFutureWatcher<Read> m_watcher;
    QLabel *m_intro;
    QLabel *m_where;
    QLabel *m_columnLabel;
    QLabel *m_status;
    QComboBox *m_columns;
    QTableWidget *m_rows;
    MessageBar *m_message;
    QPushButton *m_continue = nullptr;
};

} // namespace ra
