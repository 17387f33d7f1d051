#include "themecontroller.h"

#include "item/colorcontrast.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <memory>

namespace ra {

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
{
}

ThemeController::Mode ThemeController::modeOf(const QString &setting)
{
    if (setting == QLatin1String("light"))
        return Mode::Light;
    if (setting == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString ThemeController::settingOf(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return {};
}

QPalette ThemeController::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    // Fusion's placeholder text (about 3:1 on white) is too faint to read, and white on its
    // highlight is 3.6:1; these reach 4.5:1.
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6f, 0x76));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
    return palette;
}

QPalette ThemeController::darkPalette()
{
    // Chosen for contrast: text on Window, Base and AlternateBase is over 12:1, placeholder
    // text over 5:1, highlighted text on Highlight over 5:1, and Highlight (Fusion's focus
    // frame) over 3:1 on Base, so focus stays visible.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x25);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x8a, 0x8e, 0x96);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x2a, 0x2f));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9d, 0xa1, 0xa9));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3d, 0x40, 0x46));
    p.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x6a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0b, 0x0c));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4e));
    return p;
}

bool ThemeController::isDark(const QPalette &palette)
{
    return ColorContrast::relativeLuminance(palette.color(QPalette::Window)) <
           ColorContrast::relativeLuminance(palette.color(QPalette::WindowText));
}

QColor ThemeController::errorText(const QPalette &palette)
{
    return ColorContrast::readableOn(
        QColor(0xc6, 0x28, 0x28), {palette.color(QPalette::Window), palette.color(QPalette::Base)});
}

void ThemeController::apply(Mode mode)
{
    m_mode = mode;
    const QString style = mode == Mode::System ? m_systemStyle : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0) {
        if (QStyle *created = QStyleFactory::create(style))
            QApplication::setStyle(created);
    }
    switch (mode) {
    case Mode::System:
        // A palette with nothing set is the platform theme's, and follows it when it changes.
        QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    restyle();
    emit applied(isDark(QApplication::palette()));
}

namespace {
const char toneProperty[] = "raTone";
}

void ThemeController::setTone(QWidget *widget, Tone tone)
{
    if (!widget)
        return;
    widget->setProperty(toneProperty, tone == Tone::Normal ? QVariant() : QVariant(int(tone)));
    if (tone == Tone::Normal) {
        widget->setPalette(QPalette());
        return;
    }
    const QPalette app = QApplication::palette();
    const QColor color =
        tone == Tone::Error ? errorText(app) : app.color(QPalette::PlaceholderText);
    QPalette palette;
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

void ThemeController::restyle()
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        // A style sheet resolves palette(...) when it is applied; set again, it reads the new
        // colours.
        const QString sheet = widget->styleSheet();
        if (!sheet.isEmpty()) {
            widget->setStyleSheet(QString());
            widget->setStyleSheet(sheet);
        }
        const QVariant tone = widget->property(toneProperty);
        if (tone.isValid())
            setTone(widget, Tone(tone.toInt()));
    }
}

} // namespace ra
