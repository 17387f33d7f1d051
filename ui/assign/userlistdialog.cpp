#include "assign/userlistdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

UserListDialog::UserListDialog(const AssignTarget &target, const AssignScope &scope,
                               QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_scope(scope)
    , m_what(new QLabel(this))
    , m_where(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("userListDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_what->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_continue->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_where);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_continue->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit listEntered(m_target, m_text->toPlainText());
        accept();
    });
    retranslate();
    resize(460, 380);
}

void UserListDialog::retranslate()
{
    setWindowTitle(tr("Give %1 to…").arg(m_target.describe()));
    m_what->setText(tr("Who should get %1? One member a line: an id, a username or an "
                       "e-mail. Nothing is sent before you see what will happen.")
                        .arg(m_target.describe()));
    m_where->setText(m_scope.text());
    m_text->setPlaceholderText(tr("jurgen.muller\ningrid@example.com\n17"));
    m_continue->setText(tr("&Continue"));
}

void UserListDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ra
