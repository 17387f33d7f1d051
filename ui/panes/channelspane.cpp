#include "panes/channelspane.h"

#include "item/channelfiltermodel.h"
#include "item/channeltablemodel.h"
#include "messagebar.h"
#include "panes/channeldialog.h"
#include "panes/createchannelcommand.h"
#include "panes/deletechannelcommand.h"
#include "panes/editchannelcommand.h"
#include "questionprovider.h"
#include "stores/channelstore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ra {

ChannelsPane::ChannelsPane(ChannelStore &store, QuestionProvider &questions, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_questions(questions)
    , m_model(new ChannelTableModel(&store, this))
    , m_proxy(new ChannelFilterModel(this))
    , m_undo(new QUndoStack(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();
    connect(&store, &ChannelStore::loadingChanged, this, [this] {
        updatePage();
        updateActions();
    });
    connect(&store, &ChannelStore::loaded, this, [this] {
        m_message->hide();
        m_message->clearActions();
        updatePage();
    });
    connect(&store, &ChannelStore::loadFailed, this, &ChannelsPane::onLoadFailed);
    connect(&store, &ChannelStore::operationFailed, this, &ChannelsPane::showOperationError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChannelsPane::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChannelsPane::updatePage);
    retranslate();
    updatePage();
    updateActions();
    if (store.hasLoaded())
        return;
    if (store.loadError().isError())
        onLoadFailed(store.loadError());
    else if (!store.isLoading())
        store.reload();
}

ChannelsPane::~ChannelsPane() = default;

void ChannelsPane::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("channelSearch"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("channelSource"));
    m_source->addItem(QString(), int(ChannelStore::Source::System));
    m_source->addItem(QString(), int(ChannelStore::Source::Integration));
    m_newButton = new QPushButton(this);
    m_editButton = new QPushButton(this);
    m_deleteButton = new QPushButton(this);
    m_refreshButton = new QPushButton(this);
    m_status = new QLabel(this);
    m_message = new MessageBar(this);
    m_message->hide();
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("channelTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ChannelTableModel::Column::Topic), Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(ChannelTableModel::Column::Topic), QHeaderView::Stretch);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_placeholder);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_source);
    bar->addWidget(m_status);
    bar->addWidget(m_newButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_deleteButton);
    bar->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    m_editAction = new QAction(this);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_editAction);
    // Delete only from the table, so it keeps deleting text in the search box.
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);
    m_retryAction = new QAction(this);

    connect(m_newAction, &QAction::triggered, this, &ChannelsPane::newChannel);
    connect(m_editAction, &QAction::triggered, this, &ChannelsPane::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &ChannelsPane::deleteCurrent);
    connect(m_retryAction, &QAction::triggered, this, &ChannelsPane::refresh);
    connect(m_newButton, &QPushButton::clicked, this, &ChannelsPane::newChannel);
    connect(m_editButton, &QPushButton::clicked, this, &ChannelsPane::editCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &ChannelsPane::deleteCurrent);
    connect(m_refreshButton, &QPushButton::clicked, this, &ChannelsPane::refresh);
    // Enter/Return and double-click activate a row: edit it.
    connect(m_view, &QAbstractItemView::activated, this, &ChannelsPane::editCurrent);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_store.setSource(ChannelStore::Source(m_source->itemData(index).toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ChannelFilterModel::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChannelsPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChannelsPane::updateActions);
}

void ChannelsPane::retranslate()
{
    m_search->setPlaceholderText(tr("Search channels (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search channels"));
    m_source->setItemText(0, tr("System API list"));
    m_source->setItemText(1, tr("Integration API list"));
    m_source->setAccessibleName(tr("Channel list source"));
    m_source->setToolTip(tr("Which API lists the channels: the System \"get channels list\" or "
                            "the Integration \"Get Channels List\"."));
    m_newButton->setText(tr("&New…"));
    m_newButton->setAccessibleName(tr("New channel"));
    m_newButton->setToolTip(tr("New channel (Ctrl+N)"));
    m_editButton->setText(tr("&Edit…"));
    m_editButton->setAccessibleName(tr("Edit channel"));
    m_editButton->setToolTip(tr("Edit the selected channel (F2 or Enter)"));
    m_deleteButton->setText(tr("&Delete"));
    m_deleteButton->setAccessibleName(tr("Delete channel"));
    m_deleteButton->setToolTip(tr("Delete the selected channel (Delete)"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh channels"));
    m_refreshButton->setToolTip(tr("Load the channels again (F5)"));
    m_view->setAccessibleName(tr("Channels"));
    m_status->setAccessibleName(tr("Channels status"));
    m_newAction->setText(tr("New Channel"));
    m_editAction->setText(tr("Edit Channel"));
    m_deleteAction->setText(tr("Delete Channel"));
    m_retryAction->setText(tr("&Retry"));
    updatePage();
}

void ChannelsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChannelsPane::find()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ChannelsPane::refresh()
{
    m_store.reload();
}

QString ChannelsPane::currentChannelId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(int(ChannelTableModel::DataRole::Id)).toString();
}

bool ChannelsPane::selectChannel(const QString &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfId(id));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ChannelsPane::updateActions()
{
    const bool selected = !currentChannelId().isEmpty();
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_refreshButton->setEnabled(!m_store.isLoading());
}

void ChannelsPane::updatePage()
{
    m_status->setText(m_store.isLoading() ? tr("Loading…") : QString());
    // Never an empty table that looks like "no channels": say what the emptiness means.
    if (m_model->rowCount() > 0) {
        m_pages->setCurrentWidget(m_view);
        return;
    }
    if (m_store.isLoading())
        m_placeholder->setText(tr("Loading channels…"));
    else if (m_store.loadError().isError() && !m_store.hasLoaded())
        m_placeholder->setText(tr("The channels could not be loaded."));
    else
        m_placeholder->setText(tr("This server has no channels yet. Press Ctrl+N to create one."));
    m_pages->setCurrentWidget(m_placeholder);
}

void ChannelsPane::onLoadFailed(const ApiError &error)
{
    m_message->clearActions();
    m_message->showMessage(MessageBar::Kind::Error,
                           m_model->rowCount() > 0
                               ? tr("Could not refresh the channels: %1 The table shows the "
                                    "last loaded list.")
                                     .arg(error.userText())
                               : tr("Could not load the channels: %1").arg(error.userText()));
    m_message->addActionButton(m_retryAction);
    m_message->show();
    updatePage();
}

void ChannelsPane::showOperationError(const ApiError &error)
{
    m_message->clearActions();
    m_message->showMessage(MessageBar::Kind::Error, error.userText());
    m_message->show();
}

void ChannelsPane::newChannel()
{
    Channel channel;
    channel.channelType = QStringLiteral("open");
    auto *dialog = new ChannelDialog(channel, true, this);
    connect(dialog, &ChannelDialog::channelAccepted, this,
            [this](const Channel &r) { m_undo->push(new CreateChannelCommand(m_store, r)); });
    dialog->open();
}

void ChannelsPane::editCurrent()
{
    const std::optional<Channel> current = m_store.channel(currentChannelId());
    if (!current)
        return;
    auto *dialog = new ChannelDialog(*current, false, this);
    connect(dialog, &ChannelDialog::channelAccepted, this,
            [this, before = *current](const Channel &r) {
                m_undo->push(new EditChannelCommand(m_store, before, r));
            });
    dialog->open();
}

void ChannelsPane::deleteCurrent()
{
    const std::optional<Channel> current = m_store.channel(currentChannelId());
    if (!current)
        return;
    QuestionProvider::Question q;
    q.title = tr("Delete Channel");
    q.text = tr("Delete the channel \"%1\"?").arg(current->topic);
    q.informativeText = tr("Its messages and the members' access to it go with it. Undo "
                           "re-creates a channel with the same topic and type, but not its "
                           "messages.");
    q.confirmText = tr("Delete");
    q.destructive = true;
    m_questions.confirm(this, q, this, [this, channel = *current](bool confirmed) {
        if (confirmed)
            m_undo->push(new DeleteChannelCommand(m_store, channel));
    });
}

} // namespace ra
