#pragma once

#include "questionprovider.h"

#include <QHash>
#include <QPointer>

class QMessageBox;

namespace ra {

// The default QuestionProvider: a window-modal QMessageBox opened with open()
// and deleted on close; the declining button (Cancel, or the question's
// cancelText) is the default. A question already showing for the same window
// is raised instead of opened again. GUI thread.
class MessageBoxQuestionProvider : public QuestionProvider
{
    Q_OBJECT

public:
    explicit MessageBoxQuestionProvider(QObject *parent = nullptr);

    void confirm(QWidget *parent, const Question &question, QObject *context,
                 Callback done) override;

    // The boxes showing now (one per distinct question and window).
    int openCount() const;

private:
    QHash<QString, QPointer<QMessageBox>> m_open; // by window and question
};

} // namespace ra
