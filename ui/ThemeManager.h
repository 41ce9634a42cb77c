#pragma once

#include "ui/Theme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QPalette>
#include <QString>

class QSettings;

namespace engage {

// Which colours the app shows, and keeping them so.
//
// Modes (QSettings "appearance/theme"):
//  - system ("Follow the desktop"): the desktop's colour-scheme preference, read from the XDG
//    desktop portal (org.freedesktop.appearance color-scheme: 1 dark, 2 light) and followed
//    live through its SettingChanged signal. With no portal or no preference, the desktop's own
//    palette decides. The desktop's palette and style are kept while they already match.
//  - light, dark: the app's own Fusion-style palettes (Theme::lightPalette, darkPalette).
//  - high-contrast: black on white, or white on black when the desktop prefers dark; the
//    colour set then promises 7:1 for text (Theme::derive).
// Dark and high contrast use the Fusion style, which draws with the palette throughout; light
// and system keep the style the app started with.
//
// Applying sets the application palette, so every widget gets ApplicationPaletteChange and
// Theme::colors() is derived anew; colorsChanged() follows.
class ThemeManager : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark, HighContrast };
    Q_ENUM(Mode)

    // Reads nothing yet: call applySaved() (or setMode()). `bus` is where the portal is asked.
    explicit ThemeManager(QSettings *settings, QObject *parent = nullptr,
                          const QDBusConnection &bus = QDBusConnection::sessionBus());

    // The saved mode, put into effect (start-up).
    void applySaved();
    // Saves the mode and puts it into effect, live.
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // The palette and whether high contrast is on, as `mode` would show them now.
    QPalette paletteFor(Mode mode) const;
    bool isDark() const { return Theme::isDark(paletteFor(m_mode)); }
    // The portal's last answer: 0 no preference (or no portal), 1 dark, 2 light.
    uint desktopScheme() const { return m_scheme; }

    static QString keyOf(Mode mode);
    static Mode modeOf(const QString &key); // unknown keys: System

Q_SIGNALS:
    void colorsChanged();

private Q_SLOTS:
    void onSettingChanged(const QDBusMessage &signal);

private:
    void apply();
    void readPortal();
    bool desktopPrefersDark() const;

    QSettings *m_settings;
    QDBusConnection m_bus;
    Mode m_mode = Mode::System;
    uint m_scheme = 0;
    bool m_subscribed = false;
    QPalette m_desktopPalette;
    QString m_desktopStyle;
};

} // namespace engage
