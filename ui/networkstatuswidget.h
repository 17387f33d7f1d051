#pragma once

#include <QWidget>

class QLabel;

namespace ra {

class BusyIndicator;
class NetworkActivity;

// Status-bar view of the API traffic: "Idle" or "3 requests, 2 queued" with
// a busy indicator. Reads a NetworkActivity it does not own; GUI thread.
class NetworkStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkStatusWidget(NetworkActivity &activity, QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    NetworkActivity &m_activity;
    BusyIndicator *m_busy;
    QLabel *m_label;
};

} // namespace ra
