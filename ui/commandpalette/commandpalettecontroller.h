#pragma once

#include "commandpalette/commandpalette.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace ra {

class CommandCatalog;
class MainWindow;

// Puts the command palette on a window: View > Command Palette… (Ctrl+K, also while the menu
// bar is hidden in full screen) opens a CommandPalette over the window with the catalogue's
// commands. The composition root adds sources to catalog() (saved filters, recent members).
// A child of the window; GUI thread.
class CommandPaletteController : public QObject
{
    Q_OBJECT

public:
    explicit CommandPaletteController(MainWindow &window);

    CommandCatalog &catalog() const { return *m_catalog; }
    QAction *action() const { return m_action; }
    // Opens the palette (or returns the one open) with the commands as they are now.
    CommandPalette *open();
    CommandPalette *current() const { return m_open; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    MainWindow &m_window;
    CommandCatalog *m_catalog;
    QAction *m_action;
    QPointer<CommandPalette> m_open;
};

} // namespace ra
