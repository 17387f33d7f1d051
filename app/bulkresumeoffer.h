#pragma once

#include "questionprovider.h"

#include <functional>

class QMainWindow;
class QObject;
class QString;

namespace ra {

// Asks whether to resume the unfinished bulk job journaled at `path`, which `question` names
// and describes; the question's text stays on the window's status bar meanwhile. Resume calls
// `resume`; Forget drops the journal, so the job is not offered again; closing the question
// leaves it for the next start. `context` ends the wait when it is destroyed. GUI thread.
void offerBulkResume(QMainWindow &window, QuestionProvider &questions, QObject *context,
                     const QuestionProvider::Question &question, const QString &path,
                     std::function<void()> resume);

} // namespace ra
