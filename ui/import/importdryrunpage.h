#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ra {

class ImportSession;

// Wizard page 6 (optional): the dry run. Asks the server which of the file's
// users (by Email, else Username) already exist and says, before anything is
// sent, how many rows would be created and how many updated (or refused: an
// import of an existing user, an update of a missing one). Cancellable;
// skipping it is fine. GUI thread.
class ImportDryRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportDryRunPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

    void startCheck();
    QString resultText() const;
    QPushButton *checkButton() const { return m_check; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult();
    void retranslateUi();

    ImportSession &m_session;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_result;
};

} // namespace ra
