#pragma once

namespace ra {

class CommandCatalog;
class MainWindow;
struct UsersComposition;

// Adds the command palette's sources beside the menus: the active profile's saved Users
// filters ("Saved filter": shows the Users pane and applies it) and the last ten members
// whose details were opened this session, newest first ("Recent member": shows the Users pane
// with that member's details). The list lives as long as the window's Users pane.
void installPaletteSources(CommandCatalog &catalog, MainWindow &window,
                           const UsersComposition &users);

} // namespace ra
