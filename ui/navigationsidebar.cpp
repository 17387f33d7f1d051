#include "navigationsidebar.h"

#include "iconfactory.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ra {

NavigationSidebar::NavigationSidebar(QWidget *parent)
    : QWidget(parent)
    , m_brand(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#sidebar { border-right: 1px solid palette(mid); }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 1, 0); // 1 px keeps the border visible
    layout->setSpacing(4);
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(14, 0, 14, 4);
    brand->setSpacing(8);
    auto *logo = new QLabel(this);
    logo->setPixmap(IconFactory::appIcon().pixmap(QSize(24, 24)));
    m_brand->setObjectName(QStringLiteral("brandLabel"));
    QFont brandFont = m_brand->font();
    brandFont.setBold(true);
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.1);
    m_brand->setFont(brandFont);
    brand->addWidget(logo);
    brand->addWidget(m_brand, 1);
    layout->addLayout(brand);
    layout->addWidget(m_list, 1);

    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMinimumWidth(150);
    m_list->setUniformItemSizes(true);
    m_list->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); padding: 4px 6px; }"
        "QListWidget#navigation::item { padding: 7px 8px; margin: 1px 0; border-radius: 6px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight); "
        "color: palette(highlighted-text); }"));
    retranslateUi();
}

void NavigationSidebar::retranslateUi()
{
    m_brand->setText(tr("Returning Admin"));
    m_list->setAccessibleName(tr("Navigation"));
    setAccessibleName(tr("Navigation"));
}

void NavigationSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ra
