#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ra {

class ImportSession;
class QuestionProvider;

// Wizard page 6 (optional): the dry run. Asks the server which of the file's
// users (by Email, else Username) already exist and says, before anything is
// sent, how many rows would be created and how many updated (or refused: an
// import of an existing user, an update of a missing one). Rows with problems
// count as failing (they are not sent), and every value the app could not
// check is listed with its rows. Cancellable; skipping it is fine. Send (the
// commit button) asks first, with the numbers. GUI thread.
class ImportDryRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportDryRunPage(ImportSession &session, QuestionProvider &questions,
                     QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

    void startCheck();
    QString resultText() const;
    // What Send asks before anything goes out.
    QString confirmationText() const;
    QPushButton *checkButton() const { return m_check; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult();
    QString documentText() const;
    void retranslateUi();

    ImportSession &m_session;
    QuestionProvider &m_questions;
    bool m_confirmed = false;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_result;
};

} // namespace ra
