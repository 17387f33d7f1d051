#include "assign/csvcolumndialog.h"

#include "messagebar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

namespace {
constexpr int kShownRows = 8;

UserList readList(const QString &path, const QString &column)
{
    QFile file(path);
    if (file.size() > CsvColumnDialog::maxBytes || !file.open(QIODevice::ReadOnly))
        return UserList::parse(QByteArray(), column);
    return UserList::parse(file.readAll(), column);
}
} // namespace

CsvColumnDialog::CsvColumnDialog(const AssignTarget &target, const AssignScope &scope,
                                 const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_path(path)
    , m_status(new QLabel(this))
    , m_columns(new QComboBox(this))
    , m_rows(new QTreeWidget(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("csvColumnDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(
        tr("Give %1 to the members in %2").arg(target.describe(), QFileInfo(path).fileName()));
    auto *intro = new QLabel(tr("Which column holds the members (usernames, e-mails or ids)? "
                                "Nothing is sent before you see what will happen."),
                             this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_message->hide();
    m_rows->setColumnCount(2);
    m_rows->setHeaderLabels({tr("Line"), tr("Member")});
    m_rows->setRootIsDecorated(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Column:"), m_columns);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(scope.text(), this));
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
    connect(&m_watcher, &QFutureWatcher<UserList>::finished, this, &CsvColumnDialog::onRead);
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
    m_watcher.setFuture(QtConcurrent::run(readList, m_path, column));
}

void CsvColumnDialog::onRead()
{
    m_list = m_watcher.result();
    m_columns->setEnabled(true);
    m_columns->clear();
    const QStringList columns = m_list.columns();
    m_columns->addItems(columns);
    m_columns->setCurrentIndex(m_list.column());
    m_columns->setVisible(m_list.isCsv() && columns.size() > 1);
    m_rows->clear();
    const QList<UserList::Entry> &entries = m_list.entries();
    for (int i = 0; i < std::min<int>(kShownRows, int(entries.size())); ++i) {
        auto *item = new QTreeWidgetItem(m_rows);
        item->setText(0, QString::number(entries.at(i).line));
        item->setText(1, entries.at(i).text);
    }
    m_rows->resizeColumnToContents(0);
    if (!m_list.error().isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Error, m_list.error());
        m_message->show();
        m_status->clear();
        return;
    }
    m_message->hide();
    QStringList bad;
    for (const UserList::Problem &p : m_list.problems()) {
        if (p.isError() && bad.size() < 3)
            bad.append(p.message());
    }
    QString status = tr("%1 members in this column.").arg(QLocale().toString(entries.size()));
    if (m_list.errorCount() > 0)
        status += QLatin1Char(' ') + tr("%n line(s) cannot be used and will not be sent: %1",
                                        nullptr, m_list.errorCount())
                                         .arg(bad.join(QStringLiteral("; ")));
    m_status->setText(status);
    m_continue->setEnabled(!entries.isEmpty());
}

} // namespace ra
