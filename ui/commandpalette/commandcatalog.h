#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QMenu;
class QMenuBar;

namespace ra {

// One thing the command palette can run: its name, where it lives (a menu path, "Pane", "Saved
// filter", "Recent member"), its shortcut when it has one, and what running it does.
struct PaletteCommand
{
    QString title;
    QString where;
    QKeySequence shortcut;
    std::function<void()> run;
};

// What the command palette offers: every enabled action of the window's menus (with its menu
// path; pane entries as "Pane"), plus whatever the sources added by the composition root list
// (saved filters, recent members). Sources are asked each time the palette opens, so the list
// is never stale. Also the ranking of commands against a typed query. Does not own the menu bar
// (a QPointer would be overkill: the window owns both); GUI thread.
class CommandCatalog : public QObject
{
    Q_OBJECT

public:
    using Source = std::function<QList<PaletteCommand>()>;

    explicit CommandCatalog(QMenuBar *menuBar, QObject *parent = nullptr);

    void addSource(const Source &source);
    QList<PaletteCommand> commands() const;

    // The commands matching `query` best first: every word of the query must occur in the
    // title or the place (case and accents aside); titles that start with the query come first,
    // then titles holding it, then the rest, each group in the order given. An empty query
    // matches everything in the order given.
    static QList<PaletteCommand> match(const QList<PaletteCommand> &commands, const QString &query);
    // A menu text as read on screen: mnemonic ampersands dropped ("&&" is one '&').
    static QString plainText(const QString &menuText);

private:
    void collectMenu(QMenu *menu, const QString &path, QList<PaletteCommand> &out,
                     QList<const void *> &seen) const;

    QMenuBar *m_menuBar;
    QList<Source> m_sources;
};

} // namespace ra
