#include "messageboxquestionprovider.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace ra {

namespace {
// What makes two questions the same prompt: the window they block and what they ask.
QString promptKey(const QWidget *parent, const QuestionProvider::Question &question)
{
    const QWidget *window = parent ? parent->window() : nullptr;
    return QString::number(quintptr(window), 16) + u'\n' + question.title + u'\n' + question.text +
           u'\n' + question.informativeText;
}
} // namespace

MessageBoxQuestionProvider::MessageBoxQuestionProvider(QObject *parent)
    : QuestionProvider(parent)
{
}

int MessageBoxQuestionProvider::openCount() const
{
    int count = 0;
    for (const QPointer<QMessageBox> &box : m_open)
        count += box ? 1 : 0;
    return count;
}

QMessageBox *MessageBoxQuestionProvider::createBox(QWidget *parent, const Question &question)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setIcon(question.destructive ? QMessageBox::Warning : QMessageBox::Question);
    box->setWindowTitle(question.title);
    box->setText(question.text);
    box->setInformativeText(question.informativeText);
    box->setAccessibleName(question.title);
    return box;
}

void MessageBoxQuestionProvider::choose(QWidget *parent, const Question &question,
                                        const QStringList &choices, QObject *context,
                                        ChoiceCallback done)
{
    QMessageBox *box = createBox(parent, question);
    QList<QPointer<QPushButton>> buttons;
    for (const QString &choice : choices)
        buttons.append(box->addButton(choice, QMessageBox::ActionRole));
    if (!buttons.isEmpty())
        box->setDefaultButton(buttons.constFirst());
    QPointer<QObject> guard(context);
    connect(box, &QMessageBox::finished, this, [box, guard, buttons, done] {
        int chosen = -1;
        for (int i = 0; i < buttons.size(); ++i) {
            if (buttons.at(i) && box->clickedButton() == buttons.at(i))
                chosen = i;
        }
        if (guard && done)
            done(chosen);
    });
    box->open();
}

void MessageBoxQuestionProvider::confirm(QWidget *parent, const Question &question,
                                         QObject *context, Callback done)
{
    const QString key = promptKey(parent, question);
    if (QMessageBox *showing = m_open.value(key)) {
        // Asked again (a second click, a repeated shortcut): keep the one prompt in front and
        // let only its first asker act on the answer.
        showing->raise();
        showing->activateWindow();
        if (context && done)
            QTimer::singleShot(0, context, [done] { done(false); });
        return;
    }
    QMessageBox *box = createBox(parent, question);
    QPushButton *yes = box->addButton(
        question.confirmText.isEmpty() ? tr("OK") : question.confirmText,
        question.destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton *cancel = question.cancelText.isEmpty()
                              ? box->addButton(QMessageBox::Cancel)
                              : box->addButton(question.cancelText, QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    m_open.insert(key, box);
    QPointer<QObject> guard(context);
    QPointer<QPushButton> yesGuard(yes);
    connect(box, &QMessageBox::finished, this, [this, key, box, guard, yesGuard, done] {
        if (m_open.value(key) == box)
            m_open.remove(key);
        const bool confirmed = yesGuard && box->clickedButton() == yesGuard;
        if (guard && done)
            done(confirmed);
    });
    connect(box, &QObject::destroyed, this, [this, key] {
        if (!m_open.value(key))
            m_open.remove(key);
    });
    box->open();
}

} // namespace ra
