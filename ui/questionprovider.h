#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace ra {

// The one way widgets ask the user a blocking yes/no question (confirm a
// deletion, discard edits). Asynchronous: `done` is called once with the
// answer, unless `context` died first. Tests inject an implementation that
// answers by itself. A question asked again while the same one (same window,
// title and text) is still showing is not shown twice: the repeat is answered
// "not confirmed" and only the first asker acts on the user's answer. Owned
// by the composition root; GUI thread.
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

    explicit QuestionProvider(QObject *parent = nullptr);

    virtual void confirm(QWidget *parent, const Question &question, QObject *context,
                         Callback done) = 0;
};

} // namespace ra
