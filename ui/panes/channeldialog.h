#pragma once

#include "domain/channel.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChannelDialog;
}

namespace ra {

class DiscardGuard;
class QuestionProvider;

// Creates or edits one channel: topic and type (open, forum, private). Emits
// channelAccepted() with the edited copy on confirmation; the caller sends it. Open with
// open(); deletes itself on close. GUI thread.
class ChannelDialog : public QDialog
{
    Q_OBJECT

public:
    ChannelDialog(const Channel &channel, bool creating, QuestionProvider &questions,
                  QWidget *parent = nullptr);
    ~ChannelDialog() override;

    Channel channel() const;
    bool isCreating() const { return m_creating; }

signals:
    void channelAccepted(const ra::Channel &channel);

public slots:
    void accept() override;
    // Asks before dropping changes (Esc, Cancel, the close button).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOk();

    std::unique_ptr<::Ui::ChannelDialog> m_ui;
    Channel m_channel;
    bool m_creating;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ra
