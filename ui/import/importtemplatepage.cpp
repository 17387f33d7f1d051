#include "import/importtemplatepage.h"

#include "import/importdocument.h"
#include "import/importsession.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ra {

ImportTemplatePage::ImportTemplatePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_columns(new QTableWidget(this))
    , m_example(new QTableWidget(this))
    , m_names(new QLabel(this))
    , m_saved(new QLabel(this))
    , m_save(new QPushButton(this))
{
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_example->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_example->setMaximumHeight(80);
    m_names->setWordWrap(true);
    m_names->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saved, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_columns, 3);
    layout->addWidget(m_example, 1);
    layout->addWidget(m_names);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ImportTemplatePage::chooseFile);
    connect(&session, &ImportSession::serverNamesLoaded, this, &ImportTemplatePage::showNames);
    connect(&session, &ImportSession::serverNamesFailed, this, [this](const QString &message) {
        m_namesError = message;
        showNames();
    });
    retranslateUi();
}

void ImportTemplatePage::initializePage()
{
    fill();
    showNames();
}

void ImportTemplatePage::fill()
{
    const ImportTemplate &t = m_session.document()->importTemplate();
    m_columns->clear();
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Required"), tr("Rule")});
    m_columns->setRowCount(t.columnCount());
    for (int i = 0; i < t.columnCount(); ++i) {
        const TemplateColumn &c = t.column(i);
        m_columns->setItem(i, 0, new QTableWidgetItem(c.name));
        m_columns->setItem(i, 1,
                           new QTableWidgetItem(c.required   ? tr("required")
                                                : c.matchKey ? tr("Email or Username")
                                                             : tr("optional")));
        m_columns->setItem(i, 2, new QTableWidgetItem(ImportTemplate::describe(c)));
    }
    m_columns->resizeColumnsToContents();
    m_example->clear();
    m_example->setColumnCount(t.columnCount());
    m_example->setHorizontalHeaderLabels(t.headers());
    m_example->setRowCount(1);
    const QStringList example = t.exampleRow();
    for (int i = 0; i < example.size(); ++i)
        m_example->setItem(0, i, new QTableWidgetItem(example.at(i)));
    m_example->resizeColumnsToContents();
}

QString ImportTemplatePage::namesText() const
{
    return m_names->text();
}

void ImportTemplatePage::showNames()
{
    QString text;
    if (m_session.hasServerNames()) {
        const QStringList roles = m_session.serverRoles();
        text = roles.isEmpty() ? tr("The community has no roles.")
                               : tr("Role names on the server (case-sensitive): %1")
                                     .arg(roles.join(QStringLiteral(", ")));
    } else if (!m_namesError.isEmpty()) {
        text = m_namesError;
    } else {
        text = tr("Reading the community's role names…");
    }
    text += u'\n' + tr("Tag names: the API offers no way to list them; the server checks them "
                       "when the job runs and reports unknown tags as failed rows.");
    m_names->setText(text);
}

bool ImportTemplatePage::saveTemplate(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return m_session.document()->importTemplate().writeCsv(&file, error);
}

void ImportTemplatePage::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Save template"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(m_session.mode() == ImportMode::Update ? tr("bulk-update-template.csv")
                                                              : tr("bulk-import-template.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        m_saved->setText(saveTemplate(path, &error) ? tr("Template saved to %1.").arg(path)
                                                    : error);
    });
    dialog->open();
}

void ImportTemplatePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportTemplatePage::retranslateUi()
{
    setTitle(tr("The template"));
    setSubTitle(tr("Your file's columns are matched to these. For updates, a numeric column may "
                   "be preceded by <field>_op: add, subtract or overwrite."));
    m_save->setText(tr("&Save template…"));
    m_columns->setAccessibleName(tr("Template columns"));
    m_example->setAccessibleName(tr("Example row"));
}

} // namespace ra
