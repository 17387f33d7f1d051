#include "import/importfilepage.h"

#include "import/csvpreviewmodel.h"
#include "import/importdocument.h"
#include "import/importsession.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ra {

ImportFilePage::ImportFilePage(ImportSession &session, CsvPreviewModel *preview, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    for (const CsvEncoding e : CsvDialect::encodings())
        m_encoding->addItem(CsvDialect::encodingName(e), int(e));
    for (const char d : CsvDialect::delimiters())
        m_delimiter->addItem(CsvDialect::delimiterName(d), int(d));
    m_view->setModel(preview);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_status->setWordWrap(true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::openPath);
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::applyDialect);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFilePage::applyDialect);
    ImportDocument *doc = session.document();
    connect(doc, &ImportDocument::previewReady, this, [this] {
        m_view->resizeColumnsToContents();
        showDialect();
        showStatus();
        emit completeChanged();
    });
    connect(doc, &ImportDocument::progressChanged, this, &ImportFilePage::showStatus);
    connect(doc, &ImportDocument::loaded, this, &ImportFilePage::showStatus);
    connect(doc, &ImportDocument::failed, this, [this] {
        showStatus();
        emit completeChanged();
    });
    retranslateUi();
}

void ImportFilePage::initializePage()
{
    if (!m_path->text().isEmpty() && m_session.document()->path() != m_path->text())
        openPath();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
    openPath();
}

void ImportFilePage::openPath()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || path == m_session.document()->path())
        return;
    m_session.document()->open(path);
    showStatus();
    emit completeChanged();
}

void ImportFilePage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a CSV file"), QString(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportFilePage::setPath);
    dialog->open();
}

void ImportFilePage::showDialect()
{
    m_updating = true;
    const CsvDialect &d = m_session.document()->dialect();
    m_encoding->setCurrentIndex(m_encoding->findData(int(d.encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(int(d.delimiter)));
    m_updating = false;
}

void ImportFilePage::applyDialect()
{
    if (m_updating || m_session.document()->state() == ImportDocument::State::Empty)
        return;
    CsvDialect d = m_session.document()->dialect();
    d.encoding = CsvEncoding(m_encoding->currentData().toInt());
    d.delimiter = char(m_delimiter->currentData().toInt());
    d.bomLength = CsvDialect::bomLengthFor(d.encoding, {});
    if (d.encoding == m_session.document()->detectedDialect().encoding)
        d.bomLength = m_session.document()->detectedDialect().bomLength;
    if (d != m_session.document()->dialect())
        m_session.document()->setDialect(d);
}

QString ImportFilePage::statusText() const
{
    return m_status->text();
}

void ImportFilePage::showStatus()
{
    const ImportDocument *doc = m_session.document();
    const QLocale locale;
    const CsvDialect &detected = doc->detectedDialect();
    switch (doc->state()) {
    case ImportDocument::State::Empty:
        m_status->setText(tr("Choose a CSV file, or drop one on the main window."));
        break;
    case ImportDocument::State::Failed:
        m_status->setText(tr("%1 cannot be read: %2").arg(doc->path(), doc->errorText()));
        break;
    case ImportDocument::State::Loading:
        m_status->setText(tr("Detected %1, %2. Reading the whole file (%3): %4 rows so far…")
                              .arg(CsvDialect::encodingName(detected.encoding),
                                   CsvDialect::delimiterName(detected.delimiter),
                                   locale.formattedDataSize(QFileInfo(doc->path()).size()),
                                   locale.toString(doc->rowCount())));
        break;
    case ImportDocument::State::Ready:
        m_status->setText(tr("Detected %1, %2. %3 data rows, %4 columns, %5.")
                              .arg(CsvDialect::encodingName(detected.encoding),
                                   CsvDialect::delimiterName(detected.delimiter),
                                   locale.toString(doc->rowCount()),
                                   locale.toString(doc->columnCount()),
                                   locale.formattedDataSize(QFileInfo(doc->path()).size())));
        break;
    }
}

bool ImportFilePage::isComplete() const
{
    const ImportDocument *doc = m_session.document();
    return doc->state() != ImportDocument::State::Empty &&
           doc->state() != ImportDocument::State::Failed && doc->columnCount() > 0;
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportFilePage::retranslateUi()
{
    setTitle(tr("The file"));
    setSubTitle(tr("Check that the preview looks right; change the encoding or delimiter if it "
                   "does not."));
    m_browse->setText(tr("&Browse…"));
    m_path->setAccessibleName(tr("File path"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_view->setAccessibleName(tr("Preview"));
    showStatus();
}

} // namespace ra
