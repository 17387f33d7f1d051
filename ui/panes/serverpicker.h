#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;

namespace ra {

class CurrentServer;
class ServerStore;
class ServerTableModel;

// The heading of a pane that shows one server's things ("Roles of Trading Floor") with a combo
// box of the account's servers: choosing one makes it the app's current server, and the combo
// and heading follow the current server however it was chosen (the Servers pane, another
// pane's picker, a profile switch). `heading` turns the server's name into the heading; it is
// called again on a language change, so it should call tr() itself. Borrows the current server
// and the server store; owns its widgets and its model. GUI thread.
class ServerPicker : public QWidget
{
    Q_OBJECT

public:
    ServerPicker(CurrentServer &current, ServerStore &servers,
                 std::function<QString(const QString &serverName)> heading,
                 QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QString headingText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();
    void retranslate();

    CurrentServer &m_current;
    std::function<QString(const QString &)> m_heading;
    ServerTableModel *m_model;
    QLabel *m_title = nullptr;
    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
};

} // namespace ra
