#include "bulkresumeoffer.h"

#include "bulk/bulkjournal.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QStatusBar>

namespace ra {

namespace {
// The translation context of the offer's buttons.
class BulkResumeOffer
{
    Q_DECLARE_TR_FUNCTIONS(ra::BulkResumeOffer)
};
} // namespace

void offerBulkResume(QMainWindow &window, QuestionProvider &questions, QObject *context,
                     const QuestionProvider::Question &question, const QString &path,
                     std::function<void()> resume)
{
    window.statusBar()->showMessage(question.text, 20000);
    questions.choose(&window, question,
                     {BulkResumeOffer::tr("Resume"), BulkResumeOffer::tr("Forget")}, context,
                     [path, resume = std::move(resume)](int choice) {
                         if (choice == 1)
                             BulkJournal::forget(path);
                         else if (choice == 0)
                             resume();
                         // closed: asked again at the next start
                     });
}

} // namespace ra
