#pragma once

#include <QWizardPage>

namespace ra {

class ImportProgressView;
class ImportSession;
class MessageBar;

// Wizard page 7: sends the rows (the page before is the commit page: no way
// back) and shows the live progress until every job finished. GUI thread.
class ImportSendPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportSendPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    ImportProgressView *progressView() const { return m_view; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ImportSession &m_session;
    ImportProgressView *m_view;
    MessageBar *m_message;
};

} // namespace ra
