#include "networkstatuswidget.h"

#include "api/networkactivity.h"
#include "busyindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace ra {

NetworkStatusWidget::NetworkStatusWidget(NetworkActivity &activity, QWidget *parent)
    : QWidget(parent)
    , m_activity(activity)
    , m_busy(new BusyIndicator(this))
    , m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_busy);
    layout->addWidget(m_label);
    m_label->setObjectName(QStringLiteral("networkStatusLabel"));
    // Room for a busy moment, so the status bar does not jump as counts change.
    m_label->setMinimumWidth(
        m_label->fontMetrics().horizontalAdvance(QStringLiteral("888 requests, 888 queued")));
    connect(&m_activity, &NetworkActivity::changed, this, &NetworkStatusWidget::refresh);
    refresh();
}

QString NetworkStatusWidget::text() const
{
    return m_label->text();
}

void NetworkStatusWidget::refresh()
{
    const int inFlight = m_activity.inFlight();
    const int queued = m_activity.queued();
    QString text;
    if (inFlight == 0 && queued == 0) {
        text = tr("Idle");
    } else {
        const QString requests =
            inFlight == 1 ? tr("1 request") : tr("%n requests", nullptr, inFlight);
        const QString waiting = tr("%n queued", nullptr, queued);
        if (queued == 0)
            text = requests;
        else if (inFlight == 0)
            text = waiting;
        else
            text = tr("%1, %2").arg(requests, waiting);
    }
    m_label->setText(text);
    m_busy->setRunning(inFlight > 0 || queued > 0);
    setAccessibleName(tr("Network activity"));
    setAccessibleDescription(text);
    setToolTip(tr("Requests finished: %1, failed: %2")
                   .arg(m_activity.finishedCount())
                   .arg(m_activity.failedCount()));
}

void NetworkStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace ra
