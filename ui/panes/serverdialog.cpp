#include "panes/serverdialog.h"

#include "discardguard.h"
#include "stores/serverstore.h"
#include "ui_serverdialog.h"

#include <QPushButton>

namespace ra {

ServerDialog::ServerDialog(const Server &server, bool creating, QuestionProvider &questions,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ServerDialog>())
    , m_server(server)
    , m_creating(creating)
{
    m_discard = new DiscardGuard(*this, questions);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->setupUi(this);
    m_ui->nameEdit->setText(server.name);
    m_ui->uriEdit->setText(server.uri);
    m_ui->domainEdit->setText(server.domain);
    m_ui->descriptionEdit->setPlainText(ServerStore::description(server));
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ServerDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
    retranslate();
    updateOk();
    m_discard->trackInputs();
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::retranslate()
{
    setWindowTitle(m_creating ? tr("New Server") : tr("Edit Server \"%1\"").arg(m_server.name));
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setText(m_creating ? tr("Create") : tr("Save"));
}

void ServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ServerDialog::updateOk()
{
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(!m_ui->nameEdit->text().trimmed().isEmpty());
}

Server ServerDialog::server() const
{
    Server out = m_server;
    out.name = m_ui->nameEdit->text().trimmed();
    out.uri = m_ui->uriEdit->text().trimmed();
    out.domain = m_ui->domainEdit->text().trimmed();
    ServerStore::setDescription(out, m_ui->descriptionEdit->toPlainText().trimmed());
    return out;
}

void ServerDialog::accept()
{
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        return;
    emit serverAccepted(server());
    QDialog::accept();
}

void ServerDialog::reject()
{
    m_discard->close([this] { QDialog::reject(); });
}

} // namespace ra
