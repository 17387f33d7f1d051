// MainWindow's texts: what changes with the language (QEvent::LanguageChange), apart from
// building the window in mainwindow.cpp.
#include "mainwindow.h"

#include "messagebar.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoGroup>

namespace ra {

void MainWindow::setPaneTitle(const QString &id, const QString &title)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_entries[i].title = title;
    m_entries[i].action->setText(title);
    m_navigation->item(i)->setText(title);
    m_navigation->item(i)->setData(Qt::AccessibleTextRole, title);
    const QKeySequence keys = m_entries.at(i).action->shortcut();
    m_navigation->item(i)->setToolTip(
        keys.isEmpty() ? title : tr("%1 (%2)").arg(title, keys.toString(QKeySequence::NativeText)));
}

void MainWindow::updateUndoTexts()
{
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::retranslateUi()
{
    showKeyProblem();
    m_openConnections->setText(tr("Open Connections"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quit->setText(tr("&Quit"));
    m_quit->setStatusTip(tr("Quit Returning Admin"));
    m_import->setText(tr("&Import Users from CSV…"));
    m_import->setStatusTip(tr("Bulk import or update members from a CSV file (or drop one here)"));
    updateUndoTexts();
    m_find->setText(tr("&Find…"));
    m_find->setStatusTip(tr("Search in the current pane"));
    m_showNavigation->setText(tr("Show &Navigation"));
    m_showNavigation->setStatusTip(tr("Show or hide the navigation list"));
    m_fullScreen->setText(tr("F&ull Screen"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setStatusTip(tr("Reload the current pane from the server"));
    m_resetSandbox->setText(tr("Reset &Demo Community…"));
    m_resetSandbox->setStatusTip(
        tr("Delete everything in the local sandbox and start again from a new demo community"));
    m_preferences->setText(tr("&Preferences…"));
    m_preferences->setStatusTip(tr("Request timeout, parallel requests, language and theme"));
    m_about->setText(tr("&About Returning Admin"));
    m_aboutQt->setText(tr("About &Qt"));
    m_paneSeparator->setText(tr("Go to"));
    for (const Entry &entry : std::as_const(m_entries))
        setPaneTitle(entry.id, entry.titleFunction());
    m_profileLabel->setToolTip(tr("Switch profile"));
    m_stack->setAccessibleName(tr("Current pane"));
    statusBar()->setAccessibleName(tr("Status bar"));
    updateActiveProfile();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        // Widgets take the default locale when they are made; date and number editors made
        // before the switch would go on in the old one. Children without a locale of their
        // own (the panes, docks and dialogs of this window) follow the window's.
        if (locale() != QLocale())
            setLocale(QLocale());
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

} // namespace ra
