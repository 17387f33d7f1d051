#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace ra {

// Applies the app's theme: the system's own style and palette ("System"), or the Fusion style
// with a light or a dark palette chosen in Preferences. Applying is live: the application palette
// changes, every widget gets a PaletteChange, and style sheets the app set are re-read so their
// palette(...) references follow. Widgets that compute colours (charts, badges, role names) read
// the palette when they paint or on QEvent::PaletteChange. Created by the composition root after
// the QApplication, before any window; captures the style and palette the system gave the app.
// GUI thread.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };

    explicit ThemeController(QObject *parent = nullptr);

    // AppSettings::theme() values: "" (System), "light", "dark".
    static Mode modeOf(const QString &setting);
    static QString settingOf(Mode mode);

    void apply(Mode mode);
    Mode mode() const { return m_mode; }

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether `palette` is a dark one: light text on a dark window.
    static bool isDark(const QPalette &palette);
    // Red for error and warning text that keeps 4.5:1 on the palette's Window and Base.
    static QColor errorText(const QPalette &palette);

    // How a widget's text reads: as the palette says, as an error (errorText()), or dimmed
    // (the palette's PlaceholderText). Kept as a property, so apply() gives the widget the new
    // palette's colour; use this rather than a fixed colour in a style sheet or palette.
    enum class Tone { Normal, Error, Dim };
    static void setTone(QWidget *widget, Tone tone);

signals:
    void applied(bool dark);

private:
    static void restyle();

    QString m_systemStyle;
    Mode m_mode = Mode::System;
};

} // namespace ra
