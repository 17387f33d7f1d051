#pragma once

#include "questionprovider.h"

namespace ra {

// The default QuestionProvider: a window-modal QMessageBox opened with open()
// and deleted on close; Cancel is the default button. GUI thread.
class MessageBoxQuestionProvider : public QuestionProvider
{
    Q_OBJECT

public:
    explicit MessageBoxQuestionProvider(QObject *parent = nullptr);

    void confirm(QWidget *parent, const Question &question, QObject *context,
                 Callback done) override;
};

} // namespace ra
