#pragma once

#include "domain/server.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ServerDialog;
}

namespace ra {

class DiscardGuard;
class QuestionProvider;

// Creates or edits one server: name, URI, domain and description. Emits serverAccepted() with
// the edited copy on confirmation; the caller sends it. Open with open(); deletes itself on
// close. GUI thread.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    ServerDialog(const Server &server, bool creating, QuestionProvider &questions,
                 QWidget *parent = nullptr);
    ~ServerDialog() override;

    Server server() const;
    bool isCreating() const { return m_creating; }

signals:
    void serverAccepted(const ra::Server &server);

public slots:
    void accept() override;
    // Asks before dropping changes (Esc, Cancel, the close button).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOk();

    std::unique_ptr<::Ui::ServerDialog> m_ui;
    Server m_server;
    bool m_creating;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ra
