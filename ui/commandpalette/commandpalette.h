#pragma once

#include "commandpalette/commandcatalog.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListWidget;

namespace ra {

// The command palette (Ctrl+K): a popup over the window with a search box and the matching
// commands (name, where it lives, shortcut). Typing filters, Up/Down/Page keys move in the list
// without leaving the box, Enter or a click runs the highlighted command (after the popup
// closes, so a dialog it opens gets the focus), Esc or a click elsewhere closes. Takes a copy of
// the commands when opened. Deletes itself on close; GUI thread.
class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    CommandPalette(const QList<PaletteCommand> &commands, QWidget *parent);

    // Shows the popup centred near the top of `over` and focuses the search box.
    void popup(QWidget *over);

    QLineEdit *searchBox() const { return m_search; }
    QListWidget *list() const { return m_list; }
    // Titles of the commands listed now, best first.
    QStringList shownTitles() const;

    // Runs the highlighted command and closes; false when nothing is listed.
    bool runCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refill();
    void retranslateUi();

    QList<PaletteCommand> m_commands;
    QList<PaletteCommand> m_shown;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_count;
};

} // namespace ra
