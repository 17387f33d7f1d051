#include "commandpalette/commandpalette.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace ra {

CommandPalette::CommandPalette(const QList<PaletteCommand> &commands, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_commands(commands)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    m_search->setObjectName(QStringLiteral("commandSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("commandList"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the search box keeps the keyboard
    m_count->setObjectName(QStringLiteral("commandCount"));
    m_count->setBuddy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::refill);
    connect(m_list, &QListWidget::itemActivated, this, [this] { runCurrent(); });
    connect(m_list, &QListWidget::itemClicked, this, [this] { runCurrent(); });
    retranslateUi();
    refill();
}

void CommandPalette::popup(QWidget *over)
{
    const QRect area =
        over ? QRect(over->mapToGlobal(QPoint(0, 0)), over->size()) : screen()->availableGeometry();
    const QFontMetrics metrics(font());
    const int width = qMin(area.width() - 40, metrics.averageCharWidth() * 80);
    const int height = qMin(area.height() - 80, metrics.height() * 22);
    resize(width, height);
    move(area.left() + (area.width() - width) / 2, area.top() + area.height() / 8);
    show();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

QStringList CommandPalette::shownTitles() const
{
    QStringList titles;
    for (const PaletteCommand &command : m_shown)
        titles.append(command.title);
    return titles;
}

bool CommandPalette::runCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_shown.size())
        return false;
    const std::function<void()> run = m_shown.at(row).run;
    // The popup goes first: a dialog the command opens must not open under it or lose focus
    // to it. The window outlives the popup, so it is the context.
    QObject *context = parentWidget() ? static_cast<QObject *>(parentWidget()) : qApp;
    QTimer::singleShot(0, context, [run] {
        if (run)
            run();
    });
    close();
    return true;
}

void CommandPalette::refill()
{
    m_shown = CommandCatalog::match(m_commands, m_search->text());
    m_list->clear();
    for (const PaletteCommand &command : std::as_const(m_shown)) {
        QString text = command.title;
        if (!command.where.isEmpty())
            text = tr("%1 — %2").arg(text, command.where);
        if (!command.shortcut.isEmpty())
            text = tr("%1 (%2)").arg(text, command.shortcut.toString(QKeySequence::NativeText));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::AccessibleTextRole, text);
    }
    m_list->setCurrentRow(m_shown.isEmpty() ? -1 : 0);
    m_count->setText(m_shown.isEmpty() ? tr("Nothing matches.")
                                       : tr("%n command(s). Enter runs, Esc closes.", nullptr,
                                            int(m_shown.size())));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CommandPalette::retranslateUi()
{
    m_search->setPlaceholderText(tr("Type a command, pane, saved filter or member…"));
    m_search->setAccessibleName(tr("Search commands"));
    m_list->setAccessibleName(tr("Matching commands"));
    setAccessibleName(tr("Command palette"));
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refill();
    }
    QFrame::changeEvent(event);
}

} // namespace ra
