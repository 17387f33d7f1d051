#pragma once

#include "api/apierror.h"
#include "domain/badge.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class BadgeDialog;
}

namespace ra {

class DiscardGuard;
class QuestionProvider;

class BadgeStore;
class ImageCache;
class ImageDropWidget;

// Creates or edits one badge: name, description, action, quantity, the XP and currency it
// awards, whether claiming it needs an attachment, and its image (one, or one per light/dark
// theme) chosen by drag-and-drop or a file picker with a preview. On Save it uploads newly
// chosen files through BadgeStore::uploadImage(), puts the returned URLs on the badge and emits
// badgeAccepted(); the caller sends the badge. An upload failure is shown in the dialog, which
// stays open. Open with open(); deletes itself on close. Borrows the store and the image cache
// (optional, for previews of the current images). GUI thread.
class BadgeDialog : public QDialog
{
    Q_OBJECT

public:
    BadgeDialog(const Badge &badge, bool creating, BadgeStore &store, ImageCache *images,
                QuestionProvider &questions, QWidget *parent = nullptr);
    ~BadgeDialog() override;

    Badge badge() const;
    bool isCreating() const { return m_creating; }
    bool isUploading() const { return m_uploading; }
    ImageDropWidget *lightImage() const { return m_light; }
    ImageDropWidget *darkImage() const { return m_dark; }

signals:
    void badgeAccepted(const ra::Badge &badge);

public slots:
    void accept() override;
    // Asks before dropping changes (Esc, Cancel, the close button).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void uploadNext();
    void showCurrentImages();

    std::unique_ptr<::Ui::BadgeDialog> m_ui;
    BadgeStore &m_store;
    QPointer<ImageCache> m_images;
    ImageDropWidget *m_light;
    ImageDropWidget *m_dark;
    Badge m_badge;
    bool m_creating;
    bool m_uploading = false;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ra
