#include "commandpalette/commandpalettecontroller.h"

#include "commandpalette/commandcatalog.h"
#include "commandpalette/commandpalette.h"
#include "mainwindow.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>

namespace ra {

CommandPaletteController::CommandPaletteController(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_catalog(new CommandCatalog(window.menuBar(), this))
    , m_action(new QAction(&window))
{
    m_action->setObjectName(QStringLiteral("commandPaletteAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    window.addAction(m_action); // works with the menu bar hidden (full screen)
    QMenu *view = window.viewMenu();
    view->insertAction(view->actions().value(0), m_action);
    window.installEventFilter(this);
    retranslateUi();
}

CommandPalette *CommandPaletteController::open()
{
    // One that was closed is already on its way out (WA_DeleteOnClose): open a new one.
    if (m_open && m_open->isVisible())
        return m_open;
    m_open = new CommandPalette(m_catalog->commands(), &m_window);
    m_open->popup(m_window.centralWidget());
    return m_open;
}

bool CommandPaletteController::eventFilter(QObject *watched, QEvent *event)
{
    // A plain QObject gets no LanguageChange; the window it serves does.
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void CommandPaletteController::retranslateUi()
{
    m_action->setText(tr("&Command Palette…"));
    m_action->setStatusTip(tr("Find any command, pane, saved filter or recent member by name"));
}

} // namespace ra
