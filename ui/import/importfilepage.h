#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ra {

class CsvPreviewModel;
class ImportSession;

// Wizard page 3: the file. Shows the detected encoding and delimiter, both
// can be overridden and the preview re-reads at once; the preview shows the
// first rows while the whole file is read in the background. Complete once
// the file has a header row. GUI thread.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportSession &session, CsvPreviewModel *preview, QWidget *parent = nullptr);

    void setPath(const QString &path);
    bool isComplete() const override;
    void initializePage() override;

    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QTableView *previewView() const { return m_view; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void openPath();
    void browse();
    void showDialect();
    void applyDialect();
    void showStatus();
    void retranslateUi();

    ImportSession &m_session;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_status;
    QTableView *m_view;
    bool m_updating = false;
};

} // namespace ra
