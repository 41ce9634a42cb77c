#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

namespace engage {

// The colours the app adds to the palette's own, by what they mean. Every one is derived from a
// QPalette (see Theme::derive) and checked against its backgrounds: text roles reach WCAG AA
// 4.5:1 against Base, AlternateBase and Window (7:1 in high contrast), marks (the dots) 3:1
// against Base and AlternateBase (4.5:1 in high contrast), and each banner's text its banner.
struct ThemeColors {
    bool dark = false;         // derived from a dark palette
    bool highContrast = false; // the high-contrast set

    QColor overdueText;     // the due date of an overdue row
    QColor mutedText;       // done and dismissed rows, contacts outside calling hours
    QColor pendingDot;      // a change on its way to Gong
    QColor failedDot;       // a change Gong refused
    QColor failedText;      // a refusal or a time that cannot be used, said in words
    QColor conflictDot;     // a change that met someone else's
    QColor outsideHoursDot; // the moon: outside the contact's calling hours
    QColor goodTimeText;    // a good time to call; a verified number
    QColor badTimeText;     // a bad time to call; an opt-out

    QColor errorBackground; // the error bar
    QColor errorText;
    QColor errorBorder;
    QColor warningBackground; // the offline banner and the opt-out warning
    QColor warningText;
    QColor warningBorder;
    QColor infoBackground; // a neutral notice
    QColor infoText;
    QColor infoBorder;
};

// Colour arithmetic (WCAG 2.x), the app's palettes and the process-wide current colour set.
//
// Widgets read Theme::colors() when they paint or restyle; it is derived from the application
// palette (QGuiApplication::palette()) and whether high contrast is on, and derived again when
// either changes. ThemeManager sets both; without one, the colours follow whatever palette the
// application has. Use from the GUI thread only.
class Theme
{
public:
    // WCAG relative luminance, 0 (black) to 1 (white).
    static double luminance(const QColor &color);
    // WCAG contrast ratio, 1 (same) to 21 (black on white); the order does not matter.
    static double contrastRatio(const QColor &a, const QColor &b);
    // `color`, darkened or lightened (keeping its hue) just enough to reach `minimum` against
    // every one of `backgrounds`; black or white, whichever does best, when no tone does.
    static QColor ensureContrast(const QColor &color, const QList<QColor> &backgrounds,
                                 double minimum);
    // `a` mixed with `b`: 0 is all `a`, 1 all `b`.
    static QColor mix(const QColor &a, const QColor &b, double amount);

    // A palette is dark when its Window is nearer black than white (by contrast).
    static bool isDark(const QPalette &palette);
    // The app's colours for `palette`: the standard set or the high-contrast one, each tuned to
    // the palette's lightness and checked against its actual backgrounds.
    static ThemeColors derive(const QPalette &palette, bool highContrast);
    // The minimum contrast the set promises for text and for marks.
    static double minimumTextContrast(bool highContrast) { return highContrast ? 7.0 : 4.5; }
    static double minimumMarkContrast(bool highContrast) { return highContrast ? 4.5 : 3.0; }

    // Fusion-style palettes: light, dark, and high contrast (black on white, or white on black).
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette highContrastPalette(bool dark);

    // The current set: derive(QGuiApplication::palette(), highContrast()).
    static const ThemeColors &colors();
    static bool highContrast();
    static void setHighContrast(bool on);

    // Calls `restyle` now and again whenever the application's palette changes (hidden and
    // top-level widgets too), so the widget re-reads colors() live; until the widget is gone.
    static void follow(QWidget *widget, std::function<void()> restyle);
};

} // namespace engage
