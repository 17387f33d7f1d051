#include "import/importmappingpage.h"

#include "import/importdocument.h"
#include "import/importsession.h"
#include "themecontroller.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ra {

ImportMappingPage::ImportMappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_missing(new QLabel(this))
{
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_missing->setWordWrap(true);
    ThemeController::setTone(m_missing, ThemeController::Tone::Error);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missing);
    retranslateUi();
}

void ImportMappingPage::initializePage()
{
    fill();
}

void ImportMappingPage::fill()
{
    const ImportDocument *doc = m_session.document();
    const ImportTemplate &t = doc->importTemplate();
    const QStringList header = doc->header();
    m_table->clear();
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels(
        {tr("Column in your file"), tr("Template column"), tr("First value")});
    m_table->setRowCount(int(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(header.at(i)));
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("(ignore)"), -1);
        for (int c = 0; c < t.columnCount(); ++c)
            combo->addItem(t.column(c).required ? tr("%1 (required)").arg(t.column(c).name)
                                                : t.column(c).name,
                           c);
        combo->setAccessibleName(tr("Template column for %1").arg(header.at(i)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i, combo] {
            if (!m_updating)
                mapColumn(i, combo->currentData().toInt());
        });
        m_table->setCellWidget(i, 1, combo);
        m_table->setItem(i, 2,
                         new QTableWidgetItem(doc->rowCount() > 0 ? doc->cell(0, i) : QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(1, qMax(m_table->columnWidth(1), 220));
    refreshCombos();
}

void ImportMappingPage::mapColumn(int fileColumn, int templateColumn)
{
    ColumnMapping mapping = m_session.document()->mapping();
    mapping.map(fileColumn, templateColumn);
    m_session.document()->setMapping(mapping);
    refreshCombos();
}

void ImportMappingPage::refreshCombos()
{
    m_updating = true;
    const ImportDocument *doc = m_session.document();
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(i, 1)))
            combo->setCurrentIndex(combo->findData(doc->mapping().templateColumnFor(i)));
    }
    m_updating = false;
    m_missing->setText(doc->mapping().missingText(doc->importTemplate()));
    emit completeChanged();
}

QString ImportMappingPage::missingText() const
{
    return m_missing->text();
}

bool ImportMappingPage::isComplete() const
{
    const ImportDocument *doc = m_session.document();
    return doc->mapping().isComplete(doc->importTemplate());
}

void ImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportMappingPage::retranslateUi()
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Headers were matched to the template; change any that are wrong."));
    m_table->setAccessibleName(tr("Column mapping"));
}

} // namespace ra
