#include "panes/detailtable.h"

#include "messagebar.h"
#include "stores/storebase.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ra {

DetailTable::DetailTable(StoreBase &store, QAbstractItemModel *model, QSortFilterProxyModel *proxy,
                         std::function<QString(int)> countText, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_countText(std::move(countText))
    , m_status(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_view(new QTableView(this))
    , m_retry(MessageBar::offer(new QAction(this)))
{
    proxy->setSourceModel(model);
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    connect(m_retry, &QAction::triggered, &m_store, &StoreBase::reload);
    connect(&m_store, &StoreBase::loadingChanged, this, &DetailTable::updateStatus);
    for (auto signal : {&StoreBase::loaded, &StoreBase::cleared}) {
        connect(&m_store, signal, this, [this] {
            m_message->hide();
            updateStatus();
        });
    }
    connect(&m_store, &StoreBase::loadFailed, this, [this](const ApiError &error) {
        if (!m_active)
            return;
        m_message->clearActions();
        m_message->showMessage(MessageBar::Kind::Error, error.userText());
        m_message->addActionButton(m_retry);
        m_message->show();
        updateStatus();
    });
    m_retry->setText(tr("&Retry"));
    updateStatus();
}

void DetailTable::setActive(bool active)
{
    m_active = active;
    m_message->hide();
    updateStatus();
}

void DetailTable::updateStatus()
{
    m_view->setEnabled(m_active);
    if (!m_active)
        m_status->setText(tr("Select a server to see its list."));
    else if (m_store.isLoading())
        m_status->setText(tr("Loading…"));
    else if (m_store.loadError().isError())
        m_status->setText(tr("The list could not be loaded."));
    else
        m_status->setText(m_countText(m_model->rowCount()));
}

void DetailTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_retry->setText(tr("&Retry"));
        updateStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace ra
