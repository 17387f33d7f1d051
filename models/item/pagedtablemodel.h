#pragma once

#include "api/apierror.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ra {

class ApiReplyBase;

// The paging both users tables share: canFetchMore()/fetchMore() ask for one page at a time
// as a view scrolls; reload() and clear() start again and drop a reply still in flight (a stale
// page never lands in the new list); after a failure the view does not retry by itself on every
// scroll, retry() asks again. Nothing is asked before the first explicit fetchMore() or reload():
// until then canFetchMore() is false, because item views ask for more whenever they lay out,
// even while hidden, and a pane nobody has opened must not cost a request. Subclasses start the
// request (requestPage()) and report its outcome through acceptPage()/pageDone() or failPage(),
// and own the rows. GUI thread.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    ~PagedTableModel() override;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Drops the rows and loads the first page again.
    void reload();
    // Drops the rows and goes back to the first page (a view's fetchMore() asks for it again).
    void clear();
    // Asks again for the page that failed.
    void retry();

    bool isLoading() const { return !m_pending.isNull(); }
    bool isComplete() const { return m_complete; }
    // The last failure; cleared by the next successful page.
    const ApiError &lastError() const { return m_error; }
    // The number of matching rows when the server says, else -1.
    qint64 totalCount() const { return m_total; }
    // True when totalCount() is an upper bound worked out from a page count, not a count.
    bool isTotalApproximate() const { return m_totalApproximate; }
    int pagesLoaded() const { return m_pages; }

signals:
    void loadingChanged(bool loading);
    // A page arrived with `count` rows.
    void pageLoaded(int count);
    void loadFailed(const ra::ApiError &error);
    // totalCount() became known after the page that started the list (see learnTotal()).
    void totalChanged();

protected:
    // Starts the request for the next page; its outcome goes to acceptPage() + pageDone() or
    // to failPage() with `generation`.
    virtual ApiReplyBase *requestPage(quint64 generation) = 0;
    // Drops every row (called between beginResetModel() and endResetModel()).
    virtual void dropRows() = 0;
    // Forgets the paging position (cursor, page number).
    virtual void resetPaging() = 0;

    // True when the reply of `generation` is the current one; it is then no longer pending and
    // the paging state is updated *before* the subclass inserts the rows, since views and
    // testers call canFetchMore()/fetchMore() from rowsInserted().
    bool acceptPage(quint64 generation, bool complete, qint64 total);
    // After an accepted page's `count` rows were inserted.
    void pageDone(int count);
    void failPage(quint64 generation, const ApiError &error);
    // A total learnt by a request of its own for the list of `generation` (still the current
    // one): emits totalChanged().
    void learnTotal(quint64 generation, qint64 total, bool approximate);

private:
    void requestNext();

    QPointer<ApiReplyBase> m_pending;
    quint64 m_generation = 0;
    int m_pages = 0;
    bool m_complete = false;
    bool m_started = false; // a first page has been asked for explicitly
    qint64 m_total = -1;
    bool m_totalApproximate = false;
    ApiError m_error;
};

} // namespace ra
