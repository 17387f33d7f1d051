#pragma once

#include "questionprovider.h"

class QMessageBox;

namespace ra {

// The default QuestionProvider: a window-modal QMessageBox opened with open()
// and deleted on close; for confirm() Cancel is the default button, for
// choose() the first choice. GUI thread.
class MessageBoxQuestionProvider : public QuestionProvider
{
    Q_OBJECT

public:
    explicit MessageBoxQuestionProvider(QObject *parent = nullptr);

    void confirm(QWidget *parent, const Question &question, QObject *context,
                 Callback done) override;
    void choose(QWidget *parent, const Question &question, const QStringList &choices,
                QObject *context, ChoiceCallback done) override;

private:
    static QMessageBox *createBox(QWidget *parent, const Question &question);
};

} // namespace ra
