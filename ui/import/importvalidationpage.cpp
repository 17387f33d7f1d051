#include "import/importvalidationpage.h"

#include "import/csvpreviewmodel.h"
#include "import/csvproblemfiltermodel.h"
#include "import/importdocument.h"
#include "import/importsession.h"
#include "messagebar.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

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
    , m_fix(new QPushButton(this))
    , m_skipAction(new QAction(this))
    , m_includeAction(new QAction(this))
    , m_grid(new QTableView(this))
    , m_message(new MessageBar(this))
{
    m_filter->setSourceModel(preview);
    m_grid->setModel(m_filter);
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_counts->setWordWrap(true);
    m_grid->setWordWrap(false);
    // A reason's key part is often at its end ("… appears again in row 102", "Did you mean
    // \"Moderator\"?"): cut long texts in the middle, not the end. The tooltip has it all.
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    m_fix->setObjectName(QStringLiteral("useSuggestionButton"));
    m_fix->hide();
    m_skipAction->setShortcut(QKeySequence::Delete);
    m_skipAction->setShortcutContext(Qt::WidgetShortcut);
    m_grid->addAction(m_skipAction);
    m_message->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_problemsOnly);
    row->addStretch(1);
    row->addWidget(m_fix);
    row->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    layout->addWidget(m_progress);
    layout->addLayout(row);
    layout->addWidget(m_grid, 1);

    connect(m_problemsOnly, &QCheckBox::toggled, m_filter, &CsvProblemFilterModel::setProblemsOnly);
    connect(m_export, &QPushButton::clicked, this, &ImportValidationPage::chooseExportFile);
    connect(m_fix, &QPushButton::clicked, this, &ImportValidationPage::applyFix);
    connect(m_skipAction, &QAction::triggered, this, [this] { skipSelected(true); });
    connect(m_includeAction, &QAction::triggered, this, [this] { skipSelected(false); });
    connect(m_grid, &QWidget::customContextMenuRequested, this,
            &ImportValidationPage::showContextMenu);
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportValidationPage::updateActions);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportValidationPage::updateActions);
    connect(preview, &QAbstractItemModel::modelReset, this,
            &ImportValidationPage::placeProblemColumn);
    ImportDocument *doc = session.document();
    connect(doc, &ImportDocument::progressChanged, this, [this](qint64 read, qint64 total, qint64) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * read / total) : 0);
        showCounts();
    });
    connect(doc, &ImportDocument::loaded, this, [this] {
        m_grid->resizeColumnsToContents();
        placeProblemColumn();
        showCounts();
        emit completeChanged();
    });
    connect(doc, &ImportDocument::problemsChanged, this, &ImportValidationPage::showCounts);
    connect(doc, &ImportDocument::problemsChanged, this, &ImportValidationPage::updateActions);
    connect(doc, &ImportDocument::failed, this, [this](const QString &message) {
        m_message->showMessage(MessageBar::Kind::Error, message);
        emit completeChanged();
    });
    retranslateUi();
}

void ImportValidationPage::initializePage()
{
    m_grid->resizeColumnsToContents();
    placeProblemColumn();
    showCounts();
    updateActions();
}

void ImportValidationPage::placeProblemColumn()
{
    const auto *preview = qobject_cast<const CsvPreviewModel *>(m_filter->sourceModel());
    if (!preview || preview->columnCount() == 0)
        return;
    const int column = preview->problemColumn();
    QHeaderView *header = m_grid->horizontalHeader();
    if (header->visualIndex(column) != 0)
        header->moveSection(header->visualIndex(column), 0);
    // Reasons can be long: the tooltip has the whole text.
    const int widest = fontMetrics().averageCharWidth() * 60;
    if (header->sectionSize(column) > widest)
        header->resizeSection(column, widest);
}

QList<qint64> ImportValidationPage::selectedRows() const
{
    QList<qint64> rows;
    const QModelIndexList selected = m_grid->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows.append(m_filter->mapToSource(index).row());
    const QModelIndex current = m_grid->currentIndex();
    if (rows.isEmpty() && current.isValid())
        rows.append(m_filter->mapToSource(current).row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void ImportValidationPage::updateActions()
{
    const ImportDocument *doc = m_session.document();
    const QList<qint64> rows = selectedRows();
    bool anyIncluded = false;
    bool anySkipped = false;
    for (const qint64 row : rows) {
        anySkipped = anySkipped || doc->isSkipped(row);
        anyIncluded = anyIncluded || !doc->isSkipped(row);
    }
    m_skipAction->setEnabled(anyIncluded);
    m_includeAction->setEnabled(anySkipped);
    const QModelIndex current = m_grid->currentIndex();
    const ImportDocument::Fix fix = current.isValid()
                                        ? doc->suggestedFix(m_filter->mapToSource(current).row())
                                        : ImportDocument::Fix();
    m_fix->setVisible(fix.column >= 0);
    if (fix.column >= 0) {
        m_fix->setText(tr("&Use \"%1\"").arg(fix.value));
        m_fix->setToolTip(tr("Put \"%1\" into %2 of row %3")
                              .arg(fix.value, doc->header().value(fix.column))
                              .arg(m_filter->mapToSource(current).row() + 2));
    }
}

void ImportValidationPage::skipSelected(bool skip)
{
    const QList<qint64> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_session.document()->setRowsSkipped(rows, skip);
    updateActions();
}

void ImportValidationPage::applyFix()
{
    const QModelIndex current = m_grid->currentIndex();
    if (current.isValid())
        m_session.document()->applySuggestedFix(m_filter->mapToSource(current).row());
}

void ImportValidationPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_grid->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_grid->selectionModel()->isSelected(index))
        m_grid->setCurrentIndex(index);
    updateActions();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_fix->isVisible())
        menu->addAction(m_fix->text(), this, &ImportValidationPage::applyFix);
    menu->addAction(m_skipAction);
    menu->addAction(m_includeAction);
    menu->popup(m_grid->viewport()->mapToGlobal(pos));
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
    const QString skipped =
        doc->skippedRowCount() > 0
            ? u' ' + tr("%1 skipped (not sent).").arg(locale.toString(doc->skippedRowCount()))
            : QString();
    if (doc->problemRowCount() == 0) {
        m_counts->setText(tr("%1 rows, all fine.").arg(locale.toString(doc->rowCount())) + skipped);
        return;
    }
    m_counts->setText(tr("%1 rows; %2 with problems (%3 problems). Fix them in the grid "
                         "(double-click a red cell), skip them (Delete) or export them; rows "
                         "with problems are not sent.")
                          .arg(locale.toString(doc->rowCount()),
                               locale.toString(doc->problemRowCount()),
                               locale.toString(doc->problemCount())) +
                      skipped);
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
    setSubTitle(tr("Red cells have a problem; the Problem column says why."));
    m_skipAction->setText(tr("&Skip Rows (Not Sent)"));
    m_includeAction->setText(tr("&Include Rows Again"));
    m_problemsOnly->setText(tr("Show only rows with &problems"));
    m_export->setText(tr("E&xport problem rows…"));
    m_grid->setAccessibleName(tr("Rows"));
    showCounts();
}

} // namespace ra
