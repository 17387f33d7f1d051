#pragma once

#include <QTimer>
#include <QWidget>

namespace ra {

// A small spinning arc shown while requests are in flight. Animates only
// while running and visible. GUI thread; owned by its parent widget.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    bool isRunning() const { return m_running; }
    void setRunning(bool running);
    QSize sizeHint() const override { return {16, 16}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTimer m_timer;
    int m_angle = 0;
    bool m_running = false;
};

} // namespace ra
