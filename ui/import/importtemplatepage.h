#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ra {

class ImportSession;

// Wizard page 2: the template of the chosen mode: its columns, which are
// required and their rules (for updates the `<field>_op` columns), the role
// names the community has (fetched from the server), an example row, and
// "Save template…" which writes the template as CSV. GUI thread.
class ImportTemplatePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportTemplatePage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool saveTemplate(const QString &path, QString *error) const;

    QTableWidget *columnsTable() const { return m_columns; }
    QTableWidget *exampleTable() const { return m_example; }
    QString namesText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showNames();
    void chooseFile();
    void retranslateUi();

    ImportSession &m_session;
    QTableWidget *m_columns;
    QTableWidget *m_example;
    QLabel *m_names;
    QLabel *m_saved;
    QPushButton *m_save;
    QString m_namesError;
};

} // namespace ra
