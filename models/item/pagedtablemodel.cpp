#include "item/pagedtablemodel.h"

#include "api/apireplybase.h"

namespace ra {

PagedTableModel::~PagedTableModel()
{
    ++m_generation; // the aborted reply's callback must not reach a half-destroyed model
    if (m_pending)
        m_pending->abort();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return m_started && !parent.isValid() && !m_complete && !m_error.isError();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete || m_pending || m_error.isError())
        return;
    m_started = true;
    requestNext();
}

void PagedTableModel::reload()
{
    m_started = true;
    clear();
    if (!m_pending) // a view may already have asked for the first page during the reset
        requestNext();
}

void PagedTableModel::clear()
{
    ++m_generation;
    if (m_pending) {
        m_pending->abort();
        m_pending = nullptr;
        emit loadingChanged(false);
    }
    // The paging state is reset before endResetModel(): views and model testers may call
    // fetchMore() from the reset signal, and must then ask for the first page, not the next.
    const bool hadRows = rowCount() > 0;
    if (hadRows)
        beginResetModel();
    dropRows();
    resetPaging();
    m_pages = 0;
    m_total = -1;
    m_totalApproximate = false;
    m_complete = false;
    m_error = {};
    if (hadRows)
        endResetModel();
}

void PagedTableModel::retry()
{
    if (m_pending || m_complete)
        return;
    m_error = {};
    requestNext();
}

void PagedTableModel::requestNext()
{
    m_pending = requestPage(m_generation);
    emit loadingChanged(true);
}

bool PagedTableModel::acceptPage(quint64 generation, bool complete, qint64 total)
{
    if (generation != m_generation)
        return false;
    m_pending = nullptr;
    m_error = {};
    ++m_pages;
    m_complete = complete;
    if (total >= 0) {
        m_total = total;
        m_totalApproximate = false;
    }
    return true;
}

void PagedTableModel::learnTotal(quint64 generation, qint64 total, bool approximate)
{
    if (generation != m_generation || total < 0 || (m_total >= 0 && !m_totalApproximate))
        return;
    m_total = total;
    m_totalApproximate = approximate;
    emit totalChanged();
}

void PagedTableModel::pageDone(int count)
{
    emit loadingChanged(false);
    emit pageLoaded(count);
}

void PagedTableModel::failPage(quint64 generation, const ApiError &error)
{
    if (generation != m_generation)
        return;
    m_pending = nullptr;
    m_error = error;
    emit loadingChanged(false);
    emit loadFailed(error);
}

} // namespace ra
