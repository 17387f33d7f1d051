#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ra {

class MessageBar;
class StoreBase;

// A read-only, sortable table over a store's model for a detail tab (a server's roles or
// channels): a status line ("12 roles", "Loading…", or nothing before a subject is chosen) and,
// when the store's load fails, the error inline with Retry. Owns its widgets; borrows the store
// and models (the caller parents them). GUI thread.
class DetailTable : public QWidget
{
    Q_OBJECT

public:
    // `countText(n)` says what n rows are (e.g. tr("%n role(s)")).
    DetailTable(StoreBase &store, QAbstractItemModel *model, QSortFilterProxyModel *proxy,
                std::function<QString(int)> countText, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLabel *status() const { return m_status; }
    MessageBar *messageBar() const { return m_message; }
    // Called when the store was pointed at a subject (and started loading).
    void setActive(bool active);
    void updateStatus();

protected:
    void changeEvent(QEvent *event) override;

private:
    StoreBase &m_store;
    QAbstractItemModel *m_model;
    std::function<QString(int)> m_countText;
    QLabel *m_status;
    MessageBar *m_message;
    QTableView *m_view;
    QAction *m_retry;
    bool m_active = false;
};

} // namespace ra
