#include "productionbanner.h"

#include "iconfactory.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace ra {

ProductionBanner::ProductionBanner(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_profile(new QLabel(this))
{
    setObjectName(QStringLiteral("productionBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 7, 14, 7);
    layout->setSpacing(10);
    m_icon->setPixmap(
        IconFactory::icon(IconFactory::Glyph::Warning, Qt::white).pixmap(QSize(18, 18)));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_profile);
    QFont bold = font();
    bold.setBold(true);
    bold.setLetterSpacing(QFont::PercentageSpacing, 104);
    m_text->setFont(bold);
    m_text->setObjectName(QStringLiteral("productionBannerText"));
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);
    m_text->setPalette(pal);
    m_profile->setPalette(pal);
    retranslateUi();
}

void ProductionBanner::setProfileName(const QString &name)
{
    m_profileName = name;
    retranslateUi();
}

QString ProductionBanner::text() const
{
    return m_text->text();
}

void ProductionBanner::retranslateUi()
{
    m_text->setText(tr("PRODUCTION — changes affect real members"));
    m_profile->setText(tr("Profile: %1").arg(m_profileName));
    setAccessibleName(tr("Production warning"));
    setAccessibleDescription(m_text->text() + QLatin1Char(' ') + m_profile->text());
}

void ProductionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProductionBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QLinearGradient gradient(rect().topLeft(), rect().topRight());
    gradient.setColorAt(0, QColor(0xb7, 0x1c, 0x1c));
    gradient.setColorAt(1, QColor(0xe6, 0x51, 0x00));
    p.fillRect(rect(), gradient);
}

} // namespace ra
