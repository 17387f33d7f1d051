#include "import/importvalidationpage.h"

#include "import/csvpreviewmodel.h"
#include "import/csvproblemfiltermodel.h"
#include "import/importdocument.h"
#include "import/importsession.h"
#include "messagebar.h"

#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ra {

ImportValidationPage::ImportValidationPage(ImportSession &session, CsvPreviewModel *preview,
                                           QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_filter(new CsvProblemFilterModel(this))
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_problemsOnly(new QCheckBox(this))
    , m_export(new QPushButton(this))
    , m_grid(new QTableView(this))
    , m_message(new MessageBar(this))
{
    m_filter->setSourceModel(preview);
    m_grid->setModel(m_filter);
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_counts->setWordWrap(true);
    m_grid->setWordWrap(false);
    m_message->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_problemsOnly);
    row->addStretch(1);
    row->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    layout->addWidget(m_progress);
    layout->addLayout(row);
    layout->addWidget(m_grid, 1);

    connect(m_problemsOnly, &QCheckBox::toggled, m_filter, &CsvProblemFilterModel::setProblemsOnly);
    connect(m_export, &QPushButton::clicked, this, &ImportValidationPage::chooseExportFile);
    ImportDocument *doc = session.document();
    connect(doc, &ImportDocument::progressChanged, this, [this](qint64 read, qint64 total, qint64) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * read / total) : 0);
        showCounts();
    });
    connect(doc, &ImportDocument::loaded, this, [this] {
        m_grid->resizeColumnsToContents();
        showCounts();
        emit completeChanged();
    });
    connect(doc, &ImportDocument::problemsChanged, this, &ImportValidationPage::showCounts);
    connect(doc, &ImportDocument::failed, this, [this](const QString &message) {
        m_message->showMessage(MessageBar::Kind::Error, message);
        emit completeChanged();
    });
    retranslateUi();
}

void ImportValidationPage::initializePage()
{
    m_grid->resizeColumnsToContents();
    showCounts();
}

QString ImportValidationPage::countsText() const
{
    return m_counts->text();
}

void ImportValidationPage::showCounts()
{
    const ImportDocument *doc = m_session.document();
    const QLocale locale;
    m_progress->setVisible(!doc->isLoaded());
    m_export->setEnabled(doc->isLoaded() && doc->problemRowCount() > 0);
    if (!doc->isLoaded()) {
        m_counts->setText(tr("Reading and checking the file: %1 rows so far…")
                              .arg(locale.toString(doc->rowCount())));
        return;
    }
    if (doc->problemRowCount() == 0) {
        m_counts->setText(tr("%1 rows, all fine.").arg(locale.toString(doc->rowCount())));
        return;
    }
    m_counts->setText(tr("%1 rows; %2 with problems (%3 problems). Fix them in the grid "
                         "(double-click a red cell) or export them; rows sent with problems "
                         "will be refused by the server.")
                          .arg(locale.toString(doc->rowCount()),
                               locale.toString(doc->problemRowCount()),
                               locale.toString(doc->problemCount())));
}

bool ImportValidationPage::isComplete() const
{
    return m_session.document()->isLoaded();
}

bool ImportValidationPage::exportProblemRows(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return m_session.document()->exportProblemRows(&file, error);
}

void ImportValidationPage::chooseExportFile()
{
    auto *dialog =
        new QFileDialog(this, tr("Export rows with problems"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("rows-with-problems.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportProblemRows(path, &error))
            m_message->showMessage(MessageBar::Kind::Information,
                                   tr("Rows with problems written to %1.").arg(path));
        else
            m_message->showMessage(MessageBar::Kind::Error, error);
    });
    dialog->open();
}

void ImportValidationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportValidationPage::retranslateUi()
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Red cells have a problem; hover for the reason."));
    m_problemsOnly->setText(tr("Show only rows with &problems"));
    m_export->setText(tr("E&xport problem rows…"));
    m_grid->setAccessibleName(tr("Rows"));
    showCounts();
}

} // namespace ra
