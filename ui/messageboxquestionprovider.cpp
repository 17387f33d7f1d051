#include "messageboxquestionprovider.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace ra {

MessageBoxQuestionProvider::MessageBoxQuestionProvider(QObject *parent)
    : QuestionProvider(parent)
{
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
    QMessageBox *box = createBox(parent, question);
    QPushButton *yes = box->addButton(
        question.confirmText.isEmpty() ? tr("OK") : question.confirmText,
        question.destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QPointer<QObject> guard(context);
    QPointer<QPushButton> yesGuard(yes);
    connect(box, &QMessageBox::finished, this, [box, guard, yesGuard, done] {
        const bool confirmed = yesGuard && box->clickedButton() == yesGuard;
        if (guard && done)
            done(confirmed);
    });
    box->open();
}

} // namespace ra
