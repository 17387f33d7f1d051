#pragma once

#include <QWizardPage>

class QAction;
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
// tooltip) and gives each row's reasons in its Problem column (shown first),
// can show only the rows with problems, and lets the user fix a cell in
// place, take a suggested fix for an unknown name in one click ("Use
// \"Moderator\""), or skip rows (context menu or Delete: not sent, counted as
// skipped; "Include" takes them back); the counts stay visible above it.
// "Export problem rows…" writes them with an Error column. Complete once the
// whole file is read. GUI thread.
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
    QAction *skipAction() const { return m_skipAction; }
    QAction *includeAction() const { return m_includeAction; }
    QPushButton *fixButton() const { return m_fix; }
    // The document rows of the grid's selection (and current row), sorted.
    QList<qint64> selectedRows() const;
    bool exportProblemRows(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCounts();
    void updateActions();
    void skipSelected(bool skip);
    void applyFix();
    void showContextMenu(const QPoint &pos);
    void placeProblemColumn();
    void chooseExportFile();
    void retranslateUi();

    ImportSession &m_session;
    CsvProblemFilterModel *m_filter;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QCheckBox *m_problemsOnly;
    QPushButton *m_export;
    QPushButton *m_fix;
    QAction *m_skipAction;
    QAction *m_includeAction;
    QTableView *m_grid;
    MessageBar *m_message;
};

} // namespace ra
