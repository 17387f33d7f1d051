#pragma once

class QObject;

namespace ra {

class ApiClient;
class CommunityOverview;
class MainWindow;
class OverviewPane;

// The Overview pane and what it counts with (issue #17). The overview is owned by the `owner`
// given to installOverviewPane(), the pane by the main window.
struct OverviewComposition
{
    CommunityOverview *overview = nullptr;
    OverviewPane *pane = nullptr;
};

// Builds the overview and its pane and adds it to `window`. Call it before any other pane is
// added: the Overview is the first entry (Ctrl+1) and the pane shown on a first start.
OverviewComposition installOverviewPane(MainWindow &window, ApiClient &client, QObject *owner);

} // namespace ra
