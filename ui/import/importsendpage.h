#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ra {

class ImportProgressView;
class ImportSession;
class MessageBar;

// Wizard page 7: sends the rows (the page before is the commit page: no way
// back) and shows the live progress until every job finished. Large files
// are first prepared on a worker thread (ImportSession::startSend()), with a
// progress bar and a Stop button. GUI thread.
class ImportSendPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportSendPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    ImportProgressView *progressView() const { return m_view; }
    QString errorText() const;
    QProgressBar *prepareBar() const { return m_prepareBar; }
    QPushButton *stopPrepareButton() const { return m_stopPrepare; }
    QString prepareText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPreparing(qint64 rows, qint64 total);
    void hidePreparing();

    ImportSession &m_session;
    ImportProgressView *m_view;
    MessageBar *m_message;
    QLabel *m_prepareLabel;
    QProgressBar *m_prepareBar;
    QPushButton *m_stopPrepare;
    bool m_prepareCancelled = false;
};

} // namespace ra
