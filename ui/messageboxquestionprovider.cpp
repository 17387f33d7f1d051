#include "messageboxquestionprovider.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace ra {

MessageBoxQuestionProvider::MessageBoxQuestionProvider(QObject *parent)
    : QuestionProvider(parent)
{
}

void MessageBoxQuestionProvider::confirm(QWidget *parent, const Question &question,
                                         QObject *context, Callback done)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setIcon(question.destructive ? QMessageBox::Warning : QMessageBox::Question);
    box->setWindowTitle(question.title);
    box->setText(question.text);
    box->setInformativeText(question.informativeText);
    box->setAccessibleName(question.title);
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
