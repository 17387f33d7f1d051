#pragma once

#include "questionprovider.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QVariant>

#include <functional>

class QWidget;

namespace ra {

// The question every editor asks before it throws edits away: "Discard your
// changes?" (or `text`, and `informativeText` under it), Discard / Keep
// editing, Keep editing the default.
QuestionProvider::Question discardQuestion(const QString &text = QString(),
                                           const QString &informativeText = QString());

// Keeps an editing dialog or wizard from losing work by accident. The dialog
// calls close() from its reject() (which Esc, Cancel and the window's close
// button all reach): an unchanged dialog closes at once, a changed one asks
// discardQuestion() through the QuestionProvider first and stays open on
// Keep editing. "Changed" means an input widget (line and text edits, combo
// and spin boxes, checkable buttons) shows another value than at
// trackInputs(), or the dialog's own check (setModifiedCheck(): a chosen
// image, edited grid cells) says so. Owned by the dialog; borrows the
// provider. GUI thread.
class DiscardGuard : public QObject
{
    Q_OBJECT

public:
    DiscardGuard(QWidget &dialog, QuestionProvider &questions);

    // Records what the dialog's input widgets show now as the unchanged state.
    void trackInputs();
    void setModifiedCheck(std::function<bool()> check) { m_check = std::move(check); }
    // The question's words when the dialog's work is not an edit (an unsent message).
    void setQuestionText(const QString &text, const QString &informativeText)
    {
        m_text = text;
        m_informativeText = informativeText;
    }
    bool isModified() const;

    // Runs `closeNow` at once when nothing changed, else after the user chose Discard.
    void close(std::function<void()> closeNow);

private:
    static QVariant valueOf(const QWidget *widget);

    QWidget &m_dialog;
    QuestionProvider &m_questions;
    QList<QPair<QPointer<QWidget>, QVariant>> m_inputs;
    std::function<bool()> m_check;
    QString m_text;
    QString m_informativeText;
};

} // namespace ra
