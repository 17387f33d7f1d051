#pragma once

#include <QWizard>

namespace ra {

class ApiClient;
class CsvPreviewModel;
class DiscardGuard;
class ImportSession;
class JobJournal;
class QuestionProvider;

// The import wizard: import new users or update existing ones, the template,
// the file (encoding and delimiter can be overridden, the preview follows at
// once), the column mapping, validation (fix cells in the grid, export the
// rows with problems), an optional dry run against the server, and sending
// with the live progress view. Every page works on one ImportSession, which
// the wizard owns; it borrows the client, the journal and the question
// provider. Before anything is sent, closing it (Esc, Cancel, the close
// button) with a file past the first page or fixed cells asks first. Open it
// with open() and WA_DeleteOnClose. GUI thread.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        ModePage,
        TemplatePage,
        FilePage,
        MappingPage,
        ValidationPage,
        DryRunPage,
        SendPage
    };

    ImportWizard(ApiClient &client, JobJournal &journal, QuestionProvider &questions,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportSession *session() const { return m_session; }
    CsvPreviewModel *previewModel() const { return m_preview; }
    // Starts on the mode page with `path` chosen as the file.
    void setFile(const QString &path);
    // The community the import goes to, named in the first and the last page's titles.
    void setCommunityName(const QString &name);
    QString file() const { return m_file; }
    // Shows only the progress of the journaled import `sessionId` (resumed).
    bool resumeJournaled(const QString &sessionId, QString *error);
    // True when closing would lose work: cells fixed, or the user got past the first page,
    // and nothing has been sent yet (a sent import lives on in the journal).
    bool hasUnsentWork() const;
    // Asks before dropping unsent work; Cancel also stops preparing the rows (nothing is
    // sent then).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void nameCommunity(int pageId);

    ImportSession *m_session;
    QString m_community;
    CsvPreviewModel *m_preview;
    QString m_file;
    DiscardGuard *m_discard;
};

} // namespace ra
