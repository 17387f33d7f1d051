#pragma once

#include "domain/badge.h"
#include "panes/entitypane.h"

#include <QPointer>

namespace ra {

class BadgeFilterModel;
class BadgeStore;
class BadgeTableModel;
class ImageCache;

// The Badges pane: a searchable, sortable table of the community's badges with their light and
// dark images (thumbnails loaded through the ImageCache), name, description, action, quantity
// and award settings (XP, currency, attachment). New/Edit through BadgeDialog (image by
// drag-and-drop or file picker, uploaded on save), Delete after a confirmation naming the badge;
// each change is an undoable step replayed through the API. Shared pane behaviour comes from
// EntityPane. Works only through BadgeStore; borrows the image cache. GUI thread.
class BadgesPane : public EntityPane
{
    Q_OBJECT

public:
    BadgesPane(BadgeStore &store, ImageCache *images, QuestionProvider &questions,
               QWidget *parent = nullptr);
    ~BadgesPane() override;

    BadgeTableModel *model() const { return m_model; }
    BadgeFilterModel *proxy() const { return m_proxy; }

    void newItem() override;
    void editCurrent() override;
    void deleteCurrent() override;

protected:
    Texts texts() const override;

private:
    BadgeStore &m_store;
    QPointer<ImageCache> m_images;
    BadgeTableModel *m_model;
    BadgeFilterModel *m_proxy;
};

} // namespace ra
