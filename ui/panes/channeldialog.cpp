#include "panes/channeldialog.h"

#include "discardguard.h"
#include "item/channeltablemodel.h"
#include "ui_channeldialog.h"

#include <QPushButton>

namespace ra {

ChannelDialog::ChannelDialog(const Channel &channel, bool creating, QuestionProvider &questions,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ChannelDialog>())
    , m_channel(channel)
    , m_creating(creating)
{
    m_discard = new DiscardGuard(*this, questions);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->setupUi(this);
    for (const QString &key : ChannelTableModel::typeKeys())
        m_ui->typeCombo->addItem(ChannelTableModel::typeName(key), key);
    // A type the client does not know is kept rather than silently changed.
    if (!channel.channelType.isEmpty() && m_ui->typeCombo->findData(channel.channelType) < 0)
        m_ui->typeCombo->addItem(channel.channelType, channel.channelType);
    const int type = m_ui->typeCombo->findData(channel.channelType);
    m_ui->typeCombo->setCurrentIndex(type < 0 ? 0 : type);
    m_ui->topicEdit->setText(channel.topic);
    connect(m_ui->topicEdit, &QLineEdit::textChanged, this, &ChannelDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChannelDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChannelDialog::reject);
    retranslate();
    updateOk();
    m_discard->trackInputs();
}

ChannelDialog::~ChannelDialog() = default;

void ChannelDialog::retranslate()
{
    setWindowTitle(m_creating ? tr("New Channel") : tr("Edit Channel \"%1\"").arg(m_channel.topic));
    for (int i = 0; i < m_ui->typeCombo->count(); ++i)
        m_ui->typeCombo->setItemText(
            i, ChannelTableModel::typeName(m_ui->typeCombo->itemData(i).toString()));
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setText(m_creating ? tr("Create") : tr("Save"));
}

void ChannelDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ChannelDialog::updateOk()
{
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(!m_ui->topicEdit->text().trimmed().isEmpty());
}

Channel ChannelDialog::channel() const
{
    Channel out = m_channel;
    out.topic = m_ui->topicEdit->text().trimmed();
    out.channelType = m_ui->typeCombo->currentData().toString();
    return out;
}

void ChannelDialog::accept()
{
    if (m_ui->topicEdit->text().trimmed().isEmpty())
        return;
    emit channelAccepted(channel());
    QDialog::accept();
}

void ChannelDialog::reject()
{
    m_discard->close([this] { QDialog::reject(); });
}

} // namespace ra
