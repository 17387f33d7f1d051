#pragma once

#include "api/apierror.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ra {

class CommunityUserTableModel;
class MessageBar;

// The Community tab of the Users pane: the members the Application API lists (Get community
// users), paged as the table scrolls, with a server-side search box (applied 300 ms after the
// last keystroke). Selecting a member reads it again with Get user and emits
// currentUserChanged(). A failed page shows inline with Retry. Does not own the model; GUI
// thread.
class CommunityUsersView : public QWidget
{
    Q_OBJECT

public:
    explicit CommunityUsersView(CommunityUserTableModel &model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    MessageBar *messageBar() const { return m_message; }
    QString currentUserId() const;
    // Starts loading when nothing is loaded yet.
    void ensureLoaded();
    void refresh();

signals:
    void currentUserChanged(const QString &userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();
    void onLoadFailed(const ApiError &error);

    CommunityUserTableModel &m_model;
    QLineEdit *m_search = nullptr;
    QLabel *m_about = nullptr;
    QLabel *m_status = nullptr;
    MessageBar *m_message = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_retry = nullptr;
};

} // namespace ra
