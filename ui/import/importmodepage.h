#pragma once

#include <QWizardPage>

class QRadioButton;

namespace ra {

class ImportSession;

// Wizard page 1: "import new users" (Bulk Import) or "update existing users"
// (Bulk Update). Sets the session's mode. GUI thread.
class ImportModePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportModePage(ImportSession &session, QWidget *parent = nullptr);

    bool validatePage() override;
    QRadioButton *importButton() const { return m_import; }
    QRadioButton *updateButton() const { return m_update; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ImportSession &m_session;
    QRadioButton *m_import;
    QRadioButton *m_update;
};

} // namespace ra
