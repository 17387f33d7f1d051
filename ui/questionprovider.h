#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace ra {

// The one way widgets ask the user a blocking yes/no question (confirm a
// deletion, discard edits). Asynchronous: `done` is called once with the
// answer, unless `context` died first. Tests inject an implementation that
// answers by itself. Owned by the composition root; GUI thread.
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
    };

    using Callback = std::function<void(bool confirmed)>;

    explicit QuestionProvider(QObject *parent = nullptr);

    virtual void confirm(QWidget *parent, const Question &question, QObject *context,
                         Callback done) = 0;
};

} // namespace ra
