#include "assign/userlistdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

UserListDialog::UserListDialog(const AssignTarget &target, const AssignScope &scope,
                               QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("userListDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Give %1 to…").arg(target.describe()));
    auto *what = new QLabel(tr("Who should get %1? One member a line: an id, a username or an "
                               "e-mail. Nothing is sent before you see what will happen.")
                                .arg(target.describe()),
                            this);
    what->setWordWrap(true);
    auto *where = new QLabel(scope.text(), this);
    m_text->setPlaceholderText(tr("jurgen.muller\ningrid@example.com\n17"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(where);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_continue->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit listEntered(m_target, m_text->toPlainText());
        accept();
    });
    resize(460, 380);
}

} // namespace ra
