#include "ui/Theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace engage {

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double worstRatio(const QColor &color, const QList<QColor> &backgrounds)
{
    double worst = 21.0;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, Theme::contrastRatio(color, background));
    return worst;
}

// Every role the app's widgets use, in all colour groups; disabled text and highlights apart.
struct Tones {
    QColor window, windowText, base, alternateBase, text, button, buttonText;
    QColor highlight, highlightedText, link, linkVisited, placeholder, toolTipBase, toolTipText;
    QColor light, midlight, mid, dark, shadow, disabledText, brightText;
};

QPalette paletteOf(const Tones &t)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor &c) {
        p.setColor(QPalette::All, role, c);
    };
    set(QPalette::Window, t.window);
    set(QPalette::WindowText, t.windowText);
    set(QPalette::Base, t.base);
    set(QPalette::AlternateBase, t.alternateBase);
    set(QPalette::Text, t.text);
    set(QPalette::Button, t.button);
    set(QPalette::ButtonText, t.buttonText);
    set(QPalette::BrightText, t.brightText);
    set(QPalette::Highlight, t.highlight);
    set(QPalette::HighlightedText, t.highlightedText);
    set(QPalette::Link, t.link);
    set(QPalette::LinkVisited, t.linkVisited);
    set(QPalette::PlaceholderText, t.placeholder);
    set(QPalette::ToolTipBase, t.toolTipBase);
    set(QPalette::ToolTipText, t.toolTipText);
    set(QPalette::Light, t.light);
    set(QPalette::Midlight, t.midlight);
    set(QPalette::Mid, t.mid);
    set(QPalette::Dark, t.dark);
    set(QPalette::Shadow, t.shadow);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::PlaceholderText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, t.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, t.mid);
    return p;
}

QColor rgb(unsigned value)
{
    return QColor::fromRgb(static_cast<QRgb>(value));
}

bool s_highContrast = false;

// One restyle function, owned by its widget (see Theme::follow).
class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void()> restyle)
        : QObject(widget)
        , restyle(std::move(restyle))
    {}

    const std::function<void()> restyle;
};

// The application gets ApplicationPaletteChange once per change of its palette, whether or not
// a widget is shown (a hidden top-level window gets none), so one filter there calls every
// follower. Only the application object's events are looked at.
class PaletteHub : public QObject
{
public:
    static PaletteHub &instance()
    {
        static auto *hub = new PaletteHub(QCoreApplication::instance());
        return *hub;
    }

    void add(PaletteFollower *follower) { m_followers.append(follower); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() &&
            event->type() == QEvent::ApplicationPaletteChange) {
            m_followers.removeAll(nullptr);
            const QList<QPointer<PaletteFollower>> followers = m_followers;
            for (const QPointer<PaletteFollower> &follower : followers) {
                if (follower)
                    follower->restyle();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit PaletteHub(QObject *app)
        : QObject(app)
    {
        app->installEventFilter(this);
    }

    QList<QPointer<PaletteFollower>> m_followers;
};

} // namespace

double Theme::luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::mix(const QColor &a, const QColor &b, double amount)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    const auto blend = [amount](float p, float q) { return p + (q - p) * amount; };
    return QColor::fromRgbF(blend(x.redF(), y.redF()), blend(x.greenF(), y.greenF()),
                            blend(x.blueF(), y.blueF()));
}

QColor Theme::ensureContrast(const QColor &color, const QList<QColor> &backgrounds, double minimum)
{
    if (worstRatio(color, backgrounds) >= minimum)
        return color;
    // Step towards black and towards white; the smaller change that passes wins.
    constexpr int steps = 50;
    int bestStep = steps + 1;
    QColor best;
    for (const QColor &end : {QColor(Qt::black), QColor(Qt::white)}) {
        for (int i = 1; i <= steps && i < bestStep; ++i) {
            const QColor candidate = mix(color, end, double(i) / steps);
            if (worstRatio(candidate, backgrounds) >= minimum) {
                bestStep = i;
                best = candidate;
                break;
            }
        }
    }
    if (best.isValid())
        return best;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return worstRatio(black, backgrounds) >= worstRatio(white, backgrounds) ? black : white;
}

bool Theme::isDark(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    return contrastRatio(window, Qt::white) > contrastRatio(window, Qt::black);
}

ThemeColors Theme::derive(const QPalette &palette, bool highContrast)
{
    ThemeColors c;
    c.dark = isDark(palette);
    c.highContrast = highContrast;
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor alternate = palette.color(QPalette::Active, QPalette::AlternateBase);
    const QList<QColor> textGrounds{base, alternate, window};
    const QList<QColor> markGrounds{base, alternate};
    const double text = minimumTextContrast(highContrast);
    const double mark = minimumMarkContrast(highContrast);
    // Each role's tone for a light and for a dark palette, then checked against this palette.
    const auto tone = [&](unsigned light, unsigned dark, const QList<QColor> &grounds,
                          double minimum) {
        return ensureContrast(rgb(c.dark ? dark : light), grounds, minimum);
    };
    c.overdueText = tone(0xB03A2E, 0xFF8A7A, textGrounds, text);
    c.mutedText = tone(0x6B6B6B, 0xA8A8A8, textGrounds, text);
    c.failedText = tone(0xB3261E, 0xFF8A80, textGrounds, text);
    c.goodTimeText = tone(0x1B6E33, 0x7DDC8F, textGrounds, text);
    c.badTimeText = tone(0xB00020, 0xFF8A80, textGrounds, text);
    c.pendingDot = tone(0x2F6FD0, 0x6EA8FF, markGrounds, mark);
    c.failedDot = tone(0xC62828, 0xFF6B6B, markGrounds, mark);
    c.conflictDot = tone(0xB86E00, 0xFFB74D, markGrounds, mark);
    c.outsideHoursDot = tone(0x5B6B8C, 0x9FB0D0, markGrounds, mark);

    // Banners: a tint of the window in the banner's hue (the plain background in high
    // contrast, framed in the text's colour), with text in the hue that reads on it.
    const auto banner = [&](unsigned hue, QColor *background, QColor *ink, QColor *border) {
        const QColor tint = rgb(hue);
        if (highContrast) {
            *background = base;
            *ink = ensureContrast(tint, {base}, text);
            *border = *ink;
            return;
        }
        *background = mix(window, tint, c.dark ? 0.28 : 0.12);
        *ink = ensureContrast(c.dark ? mix(tint, Qt::white, 0.6) : mix(tint, Qt::black, 0.55),
                              {*background}, text);
        *border = mix(window, tint, c.dark ? 0.55 : 0.35);
    };
    banner(0xD32F2F, &c.errorBackground, &c.errorText, &c.errorBorder);
    banner(0xF0A000, &c.warningBackground, &c.warningText, &c.warningBorder);
    banner(0x1E88E5, &c.infoBackground, &c.infoText, &c.infoBorder);
    return c;
}

QPalette Theme::lightPalette()
{
    Tones t;
    t.window = rgb(0xEFEFEF);
    t.windowText = t.text = t.buttonText = t.toolTipText = rgb(0x000000);
    t.base = rgb(0xFFFFFF);
    t.alternateBase = rgb(0xF7F7F7);
    t.button = rgb(0xEFEFEF);
    t.brightText = rgb(0xFFFFFF);
    t.highlight = rgb(0x2A6BB0);
    t.highlightedText = rgb(0xFFFFFF);
    t.link = rgb(0x0B57A8);
    t.linkVisited = rgb(0x6A3CA8);
    t.placeholder = rgb(0x5E5E5E);
    t.toolTipBase = rgb(0xFFFFDC);
    t.light = rgb(0xFFFFFF);
    t.midlight = rgb(0xCACACA);
    t.mid = rgb(0xB8B8B8);
    t.dark = rgb(0x9F9F9F);
    t.shadow = rgb(0x767676);
    t.disabledText = rgb(0x8C8C8C);
    return paletteOf(t);
}

QPalette Theme::darkPalette()
{
    Tones t;
    t.window = rgb(0x2D2D2D);
    t.windowText = t.text = t.buttonText = t.toolTipText = rgb(0xEDEDED);
    t.base = rgb(0x1E1E1E);
    t.alternateBase = rgb(0x262626);
    t.button = rgb(0x3A3A3A);
    t.brightText = rgb(0xFFFFFF);
    t.highlight = rgb(0x2A6BB0);
    t.highlightedText = rgb(0xFFFFFF);
    t.link = rgb(0x7DB8FF);
    t.linkVisited = rgb(0xC3A6FF);
    t.placeholder = rgb(0xA8A8A8);
    t.toolTipBase = rgb(0x3A3A3A);
    t.light = rgb(0x4A4A4A);
    t.midlight = rgb(0x404040);
    t.mid = rgb(0x262626);
    t.dark = rgb(0x1A1A1A);
    t.shadow = rgb(0x0F0F0F);
    t.disabledText = rgb(0x7A7A7A);
    return paletteOf(t);
}

QPalette Theme::highContrastPalette(bool dark)
{
    Tones t;
    if (dark) {
        t.window = t.base = t.alternateBase = t.toolTipBase = rgb(0x000000);
        t.windowText = t.text = t.buttonText = t.toolTipText = t.brightText = rgb(0xFFFFFF);
        t.button = rgb(0x1F1F1F);
        t.highlight = rgb(0xFFD600);
        t.highlightedText = rgb(0x000000);
        t.link = rgb(0x9CCBFF);
        t.linkVisited = rgb(0xE0B8FF);
        t.placeholder = rgb(0xD0D0D0);
        t.light = rgb(0xFFFFFF);
        t.midlight = rgb(0xBFBFBF);
        t.mid = rgb(0xBFBFBF);
        t.dark = rgb(0xFFFFFF);
        t.shadow = rgb(0xFFFFFF);
        t.disabledText = rgb(0x9A9A9A);
    } else {
        t.window = t.base = t.alternateBase = t.button = rgb(0xFFFFFF);
        t.toolTipBase = rgb(0xFFFFFF);
        t.windowText = t.text = t.buttonText = t.toolTipText = rgb(0x000000);
        t.brightText = rgb(0xFFFFFF);
        t.highlight = rgb(0x00005F);
        t.highlightedText = rgb(0xFFFFFF);
        t.link = rgb(0x00008B);
        t.linkVisited = rgb(0x4B0082);
        t.placeholder = rgb(0x333333);
        t.light = rgb(0xFFFFFF);
        t.midlight = rgb(0x404040);
        t.mid = rgb(0x404040);
        t.dark = rgb(0x000000);
        t.shadow = rgb(0x000000);
        t.disabledText = rgb(0x5C5C5C);
    }
    return paletteOf(t);
}

const ThemeColors &Theme::colors()
{
    static qint64 key = -1;
    static bool keyHighContrast = false;
    static ThemeColors current;
    const QPalette palette = QGuiApplication::palette();
    if (palette.cacheKey() != key || keyHighContrast != s_highContrast) {
        current = derive(palette, s_highContrast);
        key = palette.cacheKey();
        keyHighContrast = s_highContrast;
    }
    return current;
}

bool Theme::highContrast()
{
    return s_highContrast;
}

void Theme::setHighContrast(bool on)
{
    s_highContrast = on;
}

void Theme::follow(QWidget *widget, std::function<void()> restyle)
{
    restyle();
    PaletteHub::instance().add(new PaletteFollower(widget, std::move(restyle)));
}

} // namespace engage
