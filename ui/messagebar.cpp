#include "messagebar.h"

#include "iconfactory.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace ra {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_actions->setSpacing(6);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_close->setAutoRaise(true);
    m_close->setIcon(IconFactory::icon(IconFactory::Glyph::Close));
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        clearActions();
        emit closed();
    });
    applyKind();
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleName(tr("Message"));
    setAccessibleDescription(text);
    applyKind();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QPushButton *MessageBar::addActionButton(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setObjectName(action->objectName());
    button->setAccessibleName(action->text());
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] {
        button->setText(action->text());
        button->setAccessibleName(action->text());
    });
    m_actions->addWidget(button);
    button->show(); // at once, not on the layout's queued show
    return button;
}

QAction *MessageBar::offer(QAction *action)
{
    action->setProperty("raMessageBarOffer", true);
    return action;
}

bool MessageBar::isOffer(const QAction *action)
{
    return action->property("raMessageBarOffer").toBool();
}

void MessageBar::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
}

void MessageBar::applyKind()
{
    QColor accent;
    IconFactory::Glyph glyph = IconFactory::Glyph::Info;
    switch (m_kind) {
    case Kind::Information:
        accent = QColor(0x15, 0x65, 0xc0);
        break;
    case Kind::Warning:
        accent = QColor(0xe6, 0x51, 0x00);
        glyph = IconFactory::Glyph::Warning;
        break;
    case Kind::Error:
        accent = QColor(0xc6, 0x28, 0x28);
        glyph = IconFactory::Glyph::Warning;
        break;
    }
    QColor background = accent;
    background.setAlpha(28);
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; "
                                 "border-radius: 6px; }")
                      .arg(background.name(QColor::HexArgb), accent.name()));
    m_icon->setPixmap(IconFactory::icon(glyph, accent).pixmap(QSize(20, 20)));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_close->setAccessibleName(tr("Close message"));
        m_close->setToolTip(tr("Close message"));
    }
    QFrame::changeEvent(event);
}

} // namespace ra
