#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace ra {

// The one way widgets ask the user a blocking question: yes/no (confirm a
// deletion, discard edits) or one of a few named choices. Asynchronous: `done`
// is called once with the answer, unless `context` died first. Tests inject an
// implementation that answers by itself. A yes/no question asked again while
// the same one (same window, title and text) is still showing is not shown
// twice: the repeat is answered "not confirmed" and only the first asker acts
// on the user's answer. Owned by the composition root; GUI thread.
class QuestionProvider : public QObject
{
    Q_OBJECT

public:
    struct Question
    {
        QString title;
        QString text;            // the question itself, naming the object
        QString informativeText; // consequences, e.g. "This cannot be undone."
        QString confirmText;     // the confirming button, e.g. "Delete"
        bool destructive = false;
        QString cancelText; // the default, declining button; "Cancel" when empty
    };

    using Callback = std::function<void(bool confirmed)>;
    // The index into `choices` of the button pressed; -1 when the question
    // was closed without one.
    using ChoiceCallback = std::function<void(int choice)>;

    explicit QuestionProvider(QObject *parent = nullptr);

    virtual void confirm(QWidget *parent, const Question &question, QObject *context,
                         Callback done) = 0;
    // Offers `choices` (button texts, the first is the default) instead of
    // Yes/Cancel; question.confirmText is not used.
    virtual void choose(QWidget *parent, const Question &question, const QStringList &choices,
                        QObject *context, ChoiceCallback done) = 0;
};

} // namespace ra
