#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace ra {

class ImportSession;

// Wizard page 4: which template column each column of the file feeds.
// Headers were matched automatically; a combo box per file column remaps it.
// The wizard does not continue while a required column is unmapped (the
// page says which). GUI thread.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QTableWidget *table() const { return m_table; }
    QString missingText() const;
    // Maps file column `fileColumn` to template column `templateColumn`
    // (-1: ignore), as choosing it in the combo box does.
    void mapColumn(int fileColumn, int templateColumn);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void refreshCombos();
    void retranslateUi();

    ImportSession &m_session;
    QTableWidget *m_table;
    QLabel *m_missing;
    bool m_updating = false;
};

} // namespace ra
