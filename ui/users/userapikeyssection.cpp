#include "users/userapikeyssection.h"

#include "item/apikeytablemodel.h"
#include "messagebar.h"
#include "questionprovider.h"
#include "stores/accountsession.h"
#include "stores/userapikeystore.h"
#include "users/apikeydialog.h"
#include "users/newkeysecretdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ra {

namespace {
// Marks expired keys (red, bold) and keys expiring soon (bold) in every column.
class ExpiryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto expiry =
            ApiKeyTableModel::Expiry(index.data(ApiKeyTableModel::ExpiryRole).toInt());
        if (expiry == ApiKeyTableModel::Expiry::Expired) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x1b, 0x1b));
        } else if (expiry == ApiKeyTableModel::Expiry::Soon) {
            option->font.setBold(true);
        }
    }
};
} // namespace

UserApiKeysSection::UserApiKeysSection(UserApiKeyStore &store, AccountSession &session,
                                       QuestionProvider &questions, ClipboardGuard &clipboard,
                                       QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_questions(questions)
    , m_clipboard(clipboard)
    , m_model(new ApiKeyTableModel(&store, this))
{
    setObjectName(QStringLiteral("userApiKeysSection"));
    m_message = new MessageBar(this);
    m_message->hide();
    m_loginHint = new QLabel(this);
    m_loginHint->setWordWrap(true);
    m_loginButton = new QPushButton(this);
    m_loginButton->setObjectName(QStringLiteral("apiKeysLoginButton"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("apiKeysView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ExpiryDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newApiKeyButton"));
    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(QStringLiteral("editApiKeyButton"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteApiKeyButton"));
    m_infoButton = new QPushButton(this);
    m_infoButton->setObjectName(QStringLiteral("apiKeyInfoButton"));
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshApiKeysButton"));

    auto *loginRow = new QHBoxLayout;
    loginRow->addWidget(m_loginHint, 1);
    loginRow->addWidget(m_loginButton);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_newButton, m_editButton, m_deleteButton, m_infoButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(loginRow);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_loginButton, &QPushButton::clicked, this, &UserApiKeysSection::loginRequested);
    connect(m_newButton, &QPushButton::clicked, this, &UserApiKeysSection::createKey);
    connect(m_editButton, &QPushButton::clicked, this, &UserApiKeysSection::editKey);
    connect(m_deleteButton, &QPushButton::clicked, this, &UserApiKeysSection::deleteKey);
    connect(m_infoButton, &QPushButton::clicked, this, &UserApiKeysSection::showInfo);
    connect(m_view, &QTableView::doubleClicked, this, &UserApiKeysSection::showInfo);
    connect(m_refreshButton, &QPushButton::clicked, &m_store, &UserApiKeyStore::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserApiKeysSection::updateState);
    connect(&m_session, &AccountSession::changed, this, &UserApiKeysSection::updateState);
    connect(&m_store, &UserApiKeyStore::loadingChanged, this, &UserApiKeysSection::updateState);
    connect(&m_store, &UserApiKeyStore::cleared, this, [this] {
        m_message->hide();
        updateState();
    });
    connect(&m_store, &UserApiKeyStore::loaded, this, [this] {
        m_message->hide();
        updateState();
    });
    connect(&m_store, &UserApiKeyStore::loadFailed, this, [this](const QString &text) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("The API keys could not be read: %1").arg(text));
    });
    retranslate();
}

int UserApiKeysSection::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return m_view->selectionModel()->hasSelection() && current.isValid() ? current.row() : -1;
}

void UserApiKeysSection::updateState()
{
    const bool loggedIn = m_session.isLoggedIn();
    const bool member = !m_store.userId().isEmpty();
    m_loginHint->setVisible(!loggedIn);
    m_loginButton->setVisible(!loggedIn);
    m_loginHint->setText(m_session.state() == AccountSession::State::Expired
                             ? tr("The login has expired. Log in again to see and manage this "
                                  "member's API keys.")
                             : tr("Managing a member's API keys needs a login to an account."));
    const bool ready = loggedIn && member && !m_store.isLoading();
    const bool selected = ready && currentRow() >= 0;
    m_newButton->setEnabled(ready);
    m_refreshButton->setEnabled(loggedIn && member);
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_infoButton->setEnabled(selected);
}

void UserApiKeysSection::createKey()
{
    auto *dialog = new ApiKeyDialog(ApiKeyDialog::Mode::Create, ApiKey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QJsonObject body = dialog->changes();
        m_store.create(body, this, [this](const ApiKey &created, const ApiError &error) {
            if (error.isError()) {
                m_message->showMessage(MessageBar::Kind::Error,
                                       tr("The key was not created: %1").arg(error.userText()));
                return;
            }
            auto *shown = new NewKeySecretDialog(created.name, created.key, m_clipboard, this);
            shown->setAttribute(Qt::WA_DeleteOnClose);
            shown->open();
            emit keyCreated(created.id);
        });
    });
    dialog->open();
}

void UserApiKeysSection::editKey()
{
    const ApiKey key = m_model->keyAt(currentRow());
    if (key.id.isEmpty())
        return;
    auto *dialog = new ApiKeyDialog(ApiKeyDialog::Mode::Edit, key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, key] {
        const QJsonObject changes = dialog->changes();
        if (changes.isEmpty())
            return;
        m_store.update(key.id, changes, this, [this, key](const ApiKey &, const ApiError &error) {
            if (error.isError())
                m_message->showMessage(
                    MessageBar::Kind::Error,
                    tr("The key \"%1\" was not changed: %2").arg(key.name, error.userText()));
        });
    });
    dialog->open();
}

void UserApiKeysSection::deleteKey()
{
    const ApiKey key = m_model->keyAt(currentRow());
    if (key.id.isEmpty())
        return;
    QuestionProvider::Question q;
    q.title = tr("Delete API Key");
    q.text = m_memberName.isEmpty()
                 ? tr("Delete the API key \"%1\"?").arg(key.name)
                 : tr("Delete the API key \"%1\" of %2?").arg(key.name, m_memberName);
    q.informativeText = tr("Whatever uses this key stops working at once. This cannot be undone: "
                           "a new key has a new secret.");
    q.confirmText = tr("Delete");
    q.destructive = true;
    m_questions.confirm(this, q, this, [this, key](bool confirmed) {
        if (!confirmed)
            return;
        m_store.remove(key.id, this, [this, key](const ApiKey &, const ApiError &error) {
            if (error.isError())
                m_message->showMessage(
                    MessageBar::Kind::Error,
                    tr("The key \"%1\" was not deleted: %2").arg(key.name, error.userText()));
        });
    });
}

void UserApiKeysSection::showInfo()
{
    const ApiKey key = m_model->keyAt(currentRow());
    if (key.id.isEmpty())
        return;
    auto *dialog = new ApiKeyDialog(ApiKeyDialog::Mode::Info, key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UserApiKeysSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UserApiKeysSection::retranslate()
{
    setWindowTitle(tr("API Keys"));
    m_loginButton->setText(tr("&Log In…"));
    m_newButton->setText(tr("&New Key…"));
    m_editButton->setText(tr("&Edit…"));
    m_deleteButton->setText(tr("&Delete…"));
    m_infoButton->setText(tr("&Info…"));
    m_refreshButton->setText(tr("Re&fresh"));
    updateState();
}

} // namespace ra
