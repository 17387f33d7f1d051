#pragma once

class QObject;

namespace ra {

class ApiClient;
class ChannelStore;
class MainWindow;
class QuestionProvider;
class RoleStore;

// The stores the structure panes run on, so the composition root can reload them when the
// client is re-targeted (a profile switch). Pointers owned by the `owner` passed below.
struct StructureStores
{
    RoleStore *roles = nullptr;
    ChannelStore *channels = nullptr;

    // Refetches every list; call after ApiClient::setConfig().
    void reloadAll() const;
};

// Composition root of issue 6's panes: builds the stores (parented to `owner`) and the panes,
// and adds the panes to `window`. Returns the stores for reloading.
StructureStores installStructurePanes(MainWindow &window, ApiClient &client,
                                      QuestionProvider &questions, QObject *owner);

} // namespace ra
