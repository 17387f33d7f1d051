#include "assign/csvcolumndialog.h"

#include "import/csvdialect.h"
#include "import/csvreader.h"
#include "messagebar.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

namespace {
CsvColumnDialog::Read readCsvColumn(const QString &path, const QString &column)
{
    CsvColumnDialog::Read read;
    QFile file(path);
    if (file.size() > CsvColumnDialog::maxBytes || !file.open(QIODevice::ReadOnly)) {
        read.list = UserList::parse(QByteArray(), column);
        return read;
    }
    const QByteArray bytes = file.readAll();
    read.list = UserList::parse(bytes, column);
    // The raw rows as the file has them (the header too), for the table.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvDialect::detect(bytes.left(CsvDialect::sniffBytes)));
    const int wanted = CsvColumnDialog::shownRows + (read.list.hasHeader() ? 1 : 0);
    while (read.rows.size() < wanted && reader.readRecord()) {
        read.rows.append(reader.fields());
        read.lines.append(int(reader.recordLine()));
    }
    if (read.list.hasHeader() && !read.rows.isEmpty()) {
        read.rows.removeFirst();
        read.lines.removeFirst();
    }
    return read;
}
} // namespace

CsvColumnDialog::CsvColumnDialog(const AssignTarget &target, const AssignScope &scope,
                                 const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_scope(scope)
    , m_path(path)
    , m_intro(new QLabel(this))
    , m_where(new QLabel(this))
    , m_columnLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_columns(new QComboBox(this))
    , m_rows(new QTableWidget(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("csvColumnDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_message->hide();
    m_rows->setObjectName(QStringLiteral("csvRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionMode(QAbstractItemView::NoSelection);
    m_rows->setWordWrap(false);
    connect(m_rows->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (m_watcher.isRunning() || !m_list.isCsv() || section == m_list.column())
            return;
        m_columns->setCurrentIndex(section);
        read(QString::number(section + 1));
    });
    auto *form = new QFormLayout;
    m_columnLabel->setBuddy(m_columns);
    form->addRow(m_columnLabel, m_columns);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_continue->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_where);
    layout->addWidget(new QLabel(QDir::toNativeSeparators(path), this));
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit listReady(m_target, m_list);
        accept();
    });
    connect(m_columns, &QComboBox::activated, this,
            [this](int index) { read(QString::number(index + 1)); });
    connect(&m_watcher, &QFutureWatcher<Read>::finished, this, &CsvColumnDialog::onRead);
    retranslate();
    resize(520, 440);
    if (!QFileInfo(path).isReadable()) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path)));
        m_message->show();
        return;
    }
    if (QFileInfo(path).size() > maxBytes) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("%1 is larger than %2 MB: that is not a member list.")
                                   .arg(QFileInfo(path).fileName())
                                   .arg(maxBytes / (1024 * 1024)));
        m_message->show();
        return;
    }
    read(QString());
}

// A read still running is left to finish on its own: it holds copies of its arguments only, and
// the watcher that would deliver its result is gone.
CsvColumnDialog::~CsvColumnDialog() = default;

void CsvColumnDialog::read(const QString &column)
{
    m_continue->setEnabled(false);
    m_columns->setEnabled(false);
    m_status->setText(tr("Reading the file…"));
    m_watcher.setFuture(QtConcurrent::run(readCsvColumn, m_path, column));
}

void CsvColumnDialog::onRead()
{
    const Read result = m_watcher.result();
    m_list = result.list;
    m_columns->setEnabled(true);
    m_columns->clear();
    const QStringList columns = m_list.columns();
    m_columns->addItems(columns);
    m_columns->setCurrentIndex(m_list.column());
    m_columns->setVisible(m_list.isCsv() && columns.size() > 1);
    showRows(result);
    const QList<UserList::Entry> &entries = m_list.entries();
    if (!m_list.error().isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Error, m_list.error());
        m_message->show();
        m_status->clear();
        return;
    }
    m_message->hide();
    m_status->setText(statusText());
    m_continue->setEnabled(!entries.isEmpty());
}

QString CsvColumnDialog::statusText() const
{
    QStringList bad;
    for (const UserList::Problem &p : m_list.problems()) {
        if (p.isError() && bad.size() < 3)
            bad.append(p.message());
    }
    QString status =
        tr("%1 members in this column.").arg(QLocale().toString(m_list.entries().size()));
    if (m_list.errorCount() > 0)
        status += QLatin1Char(' ') + tr("%n line(s) cannot be used and will not be sent: %1",
                                        nullptr, m_list.errorCount())
                                         .arg(bad.join(QStringLiteral("; ")));
    return status;
}

void CsvColumnDialog::retranslate()
{
    setWindowTitle(
        tr("Give %1 to the members in %2").arg(m_target.describe(), QFileInfo(m_path).fileName()));
    m_intro->setText(tr("Which column holds the members (usernames, e-mails or ids)? "
                        "Nothing is sent before you see what will happen."));
    m_where->setText(m_scope.text());
    m_rows->horizontalHeader()->setToolTip(tr("Click a column's header to take its members"));
    m_columnLabel->setText(tr("&Column:"));
    m_continue->setText(tr("&Continue"));
    if (m_watcher.isRunning())
        m_status->setText(tr("Reading the file…"));
    else if (!m_status->text().isEmpty())
        m_status->setText(statusText());
}

void CsvColumnDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_continue)
        retranslate();
    QDialog::changeEvent(event);
}

void CsvColumnDialog::showRows(const Read &read)
{
    QStringList headers = m_list.columns();
    int widest = 0;
    for (const QStringList &row : read.rows)
        widest = std::max(widest, int(row.size()));
    if (headers.isEmpty())
        headers.append(tr("Member"));
    while (headers.size() < widest)
        headers.append(tr("Column %1").arg(headers.size() + 1));
    const int chosen = m_list.isCsv() ? m_list.column() : 0;
    m_rows->clear();
    m_rows->setColumnCount(int(headers.size()));
    m_rows->setRowCount(int(read.rows.size()));
    const QPalette pal = m_rows->palette();
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QTableWidgetItem(headers.at(c));
        if (c == chosen) {
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            header->setToolTip(tr("The members are taken from this column"));
        }
        m_rows->setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < read.rows.size(); ++r) {
        m_rows->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(read.lines.at(r))));
        for (int c = 0; c < headers.size(); ++c) {
            auto *cell = new QTableWidgetItem(read.rows.at(r).value(c));
            if (c == chosen) {
                cell->setBackground(pal.color(QPalette::Highlight));
                cell->setForeground(pal.color(QPalette::HighlightedText));
            }
            m_rows->setItem(r, c, cell);
        }
    }
    m_rows->resizeColumnsToContents();
    if (chosen >= 0 && chosen < m_rows->columnCount() && m_rows->rowCount() > 0)
        m_rows->scrollToItem(m_rows->item(0, chosen));
}

} // namespace ra
