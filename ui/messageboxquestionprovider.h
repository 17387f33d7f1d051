#pragma once

#include "questionprovider.h"

#include <QHash>
#include <QPointer>

class QMessageBox;

namespace ra {

// The default QuestionProvider: a window-modal QMessageBox opened with open()
// and deleted on close. For confirm() the declining button (Cancel, or the
// question's cancelText) is the default, and a question already showing for
// the same window is raised instead of opened again; for choose() the first
// choice is the default. GUI thread.
class MessageBoxQuestionProvider : public QuestionProvider
{
    Q_OBJECT

public:
    explicit MessageBoxQuestionProvider(QObject *parent = nullptr);

    void confirm(QWidget *parent, const Question &question, QObject *context,
                 Callback done) override;
    void choose(QWidget *parent, const Question &question, const QStringList &choices,
                QObject *context, ChoiceCallback done) override;

    // The yes/no boxes showing now (one per distinct question and window).
    int openCount() const;

private:
    static QMessageBox *createBox(QWidget *parent, const Question &question);

    QHash<QString, QPointer<QMessageBox>> m_open; // by window and question
};

} // namespace ra
