#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ra {

class CsvPreviewModel;
class CsvProblemFilterModel;
class ImportSession;
class MessageBar;

// Wizard page 5: every row validated. The grid marks bad cells (colour and a
// tooltip with the reason), can show only the rows with problems, and lets
// the user fix a cell in place; the counts stay visible above it. "Export
// problem rows…" writes them with an Error column. Complete once the whole
// file is read. GUI thread.
class ImportValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportValidationPage(ImportSession &session, CsvPreviewModel *preview,
                         QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QString countsText() const;
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    QTableView *grid() const { return m_grid; }
    CsvProblemFilterModel *filter() const { return m_filter; }
    bool exportProblemRows(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCounts();
    void chooseExportFile();
    void retranslateUi();

    ImportSession &m_session;
    CsvProblemFilterModel *m_filter;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QCheckBox *m_problemsOnly;
    QPushButton *m_export;
    QTableView *m_grid;
    MessageBar *m_message;
};

} // namespace ra
