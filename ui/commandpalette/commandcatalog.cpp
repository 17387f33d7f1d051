#include "commandpalette/commandcatalog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>

namespace ra {

namespace {

// Lower case without accents, so "cafe" finds "Café".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

} // namespace

CommandCatalog::CommandCatalog(QMenuBar *menuBar, QObject *parent)
    : QObject(parent)
    , m_menuBar(menuBar)
{
}

void CommandCatalog::addSource(const Source &source)
{
    m_sources.append(source);
}

QString CommandCatalog::plainText(const QString &menuText)
{
    QString out;
    out.reserve(menuText.size());
    for (int i = 0; i < menuText.size(); ++i) {
        // "&x" marks a mnemonic; "&&" is a literal '&'.
        if (menuText.at(i) == u'&' && ++i >= menuText.size())
            break;
        out.append(menuText.at(i));
    }
    return out;
}

void CommandCatalog::collectMenu(QMenu *menu, const QString &path, QList<PaletteCommand> &out,
                                 QList<const void *> &seen) const
{
    // Menus fill some entries only when they open (the profile menu lists the profiles then).
    emit menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || !action->isEnabled())
            continue;
        const QString text = plainText(action->text());
        if (QMenu *sub = action->menu()) {
            collectMenu(sub, tr("%1 › %2").arg(path, text), out, seen);
            continue;
        }
        if (text.isEmpty() || seen.contains(action))
            continue;
        seen.append(action);
        const bool pane = action->objectName().endsWith(QLatin1String("PaneAction"));
        out.append({text, pane ? tr("Pane") : path, action->shortcut(), [action] {
                        action->trigger();
                    }});
    }
}

QList<PaletteCommand> CommandCatalog::commands() const
{
    QList<PaletteCommand> out;
    QList<const void *> seen;
    if (m_menuBar) {
        const QList<QAction *> menus = m_menuBar->actions();
        for (QAction *top : menus) {
            if (QMenu *menu = top->menu(); menu && top->isVisible())
                collectMenu(menu, plainText(top->text()), out, seen);
        }
    }
    for (const Source &source : m_sources)
        out.append(source());
    return out;
}

QList<PaletteCommand> CommandCatalog::match(const QList<PaletteCommand> &commands,
                                            const QString &query)
{
    const QString wanted = folded(query.simplified());
    if (wanted.isEmpty())
        return commands;
    const QStringList words = wanted.split(u' ', Qt::SkipEmptyParts);
    QList<PaletteCommand> starts, holds, rest;
    for (const PaletteCommand &command : commands) {
        const QString title = folded(command.title);
        const QString all = title + u' ' + folded(command.where);
        const bool every = std::all_of(words.cbegin(), words.cend(),
                                       [&all](const QString &word) { return all.contains(word); });
        if (!every)
            continue;
        if (title.startsWith(wanted))
            starts.append(command);
        else if (title.contains(wanted))
            holds.append(command);
        else
            rest.append(command);
    }
    return starts + holds + rest;
}

} // namespace ra
