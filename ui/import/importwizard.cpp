#include "import/importwizard.h"

#include "discardguard.h"
#include "import/csvpreviewmodel.h"
#include "import/importdocument.h"
#include "import/importdryrunpage.h"
#include "import/importfilepage.h"
#include "import/importmappingpage.h"
#include "import/importmodepage.h"
#include "import/importsendpage.h"
#include "import/importsession.h"
#include "import/importtemplatepage.h"
#include "import/importvalidationpage.h"

#include <QEvent>

namespace ra {

ImportWizard::ImportWizard(ApiClient &client, JobJournal &journal, QuestionProvider &questions,
                           QWidget *parent)
    : QWizard(parent)
    , m_session(new ImportSession(client, journal, this))
    , m_preview(new CsvPreviewModel(m_session->document(), this))
    , m_discard(new DiscardGuard(*this, questions))
{
    m_discard->setModifiedCheck([this] { return hasUnsentWork(); });
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ModePage, new ImportModePage(*m_session, this));
    setPage(TemplatePage, new ImportTemplatePage(*m_session, this));
    setPage(FilePage, new ImportFilePage(*m_session, m_preview, this));
    setPage(MappingPage, new ImportMappingPage(*m_session, this));
    setPage(ValidationPage, new ImportValidationPage(*m_session, m_preview, this));
    setPage(DryRunPage, new ImportDryRunPage(*m_session, questions, this));
    setPage(SendPage, new ImportSendPage(*m_session, this));
    setStartId(ModePage);
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::nameCommunity);
    resize(1000, 720);
    retranslateUi();
    m_session->fetchServerNames();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString &path)
{
    m_file = path;
    if (auto *page = qobject_cast<ImportFilePage *>(this->page(FilePage)))
        page->setPath(path);
}

bool ImportWizard::resumeJournaled(const QString &sessionId, QString *error)
{
    if (!m_session->resume(sessionId, error))
        return false;
    for (const int id : pageIds()) {
        if (id != SendPage)
            removePage(id);
    }
    setStartId(SendPage);
    restart();
    return true;
}

bool ImportWizard::hasUnsentWork() const
{
    if (m_session->runner())
        return false;
    return m_session->document()->hasEdits() || (currentId() != -1 && currentId() != startId());
}

void ImportWizard::reject()
{
    m_discard->close([this] {
        if (m_session->isPreparing())
            m_session->cancel();
        QWizard::reject();
    });
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import users from CSV"));
    setAccessibleName(tr("Import wizard"));
    nameCommunity(currentId());
}

void ImportWizard::setCommunityName(const QString &name)
{
    m_community = name;
    m_session->setCommunityName(name); // the dry run's and Send's questions name it too
    nameCommunity(currentId());
}

void ImportWizard::nameCommunity(int pageId)
{
    // Runs after the page's own initializePage()/retranslation, so these titles win.
    if (m_community.isEmpty() || !page(pageId))
        return;
    const bool update = m_session->mode() == ImportMode::Update;
    if (pageId == ModePage) {
        page(pageId)->setTitle(tr("Import or update members of %1").arg(m_community));
    } else if (pageId == SendPage) {
        const ImportDocument *doc = m_session->document();
        const int rows = doc ? int(doc->rowCount() - doc->problemRowCount()) : 0;
        page(pageId)->setTitle(
            update ? tr("Update %n member(s) in %1", nullptr, rows).arg(m_community)
                   : tr("Import %n member(s) into %1", nullptr, rows).arg(m_community));
    }
}

} // namespace ra
