// Theme: the WCAG contrast arithmetic, the light, dark and high-contrast colour sets against
// their own palettes, and a hostile custom palette that still gets readable colours.
#include "ui/Theme.h"
#include "ui/ToneIcon.h"

#include <QPainter>
#include <QPixmap>

#include <QApplication>
#include <QTest>

using namespace engage;

namespace {

struct Set {
    const char *name;
    QPalette palette;
    bool highContrast;
};

QList<Set> sets()
{
    return {{"light", Theme::lightPalette(), false},
            {"dark", Theme::darkPalette(), false},
            {"high contrast light", Theme::highContrastPalette(false), true},
            {"high contrast dark", Theme::highContrastPalette(true), true}};
}

// Custom desktop palettes that no tone was picked for.
QList<Set> hostile()
{
    const auto flat = [](unsigned window, unsigned base, unsigned text) {
        QPalette p;
        p.setColor(QPalette::Window, QColor::fromRgb(window));
        p.setColor(QPalette::Base, QColor::fromRgb(base));
        p.setColor(QPalette::AlternateBase, QColor::fromRgb(base));
        p.setColor(QPalette::WindowText, QColor::fromRgb(text));
        p.setColor(QPalette::Text, QColor::fromRgb(text));
        return p;
    };
    return {{"mid grey", flat(0x808080, 0x808080, 0x000000), false},
            {"slate", flat(0x4A5A70, 0x3F4D60, 0xFFFFFF), false},
            {"pink", flat(0xFFC0CB, 0xFFD6DD, 0x000000), false},
            {"grey window, white base", flat(0x9A9A9A, 0xFFFFFF, 0x000000), false}};
}

using Role = QColor ThemeColors::*;
const QList<QPair<const char *, Role>> TextRoles{
    {"overdue", &ThemeColors::overdueText},  {"muted", &ThemeColors::mutedText},
    {"failed", &ThemeColors::failedText},    {"good time", &ThemeColors::goodTimeText},
    {"bad time", &ThemeColors::badTimeText},
};
const QList<QPair<const char *, Role>> MarkRoles{
    {"pending", &ThemeColors::pendingDot},
    {"failed", &ThemeColors::failedDot},
    {"conflict", &ThemeColors::conflictDot},
    {"outside hours", &ThemeColors::outsideHoursDot},
};

void addPairs(const QList<Set> &palettes)
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    for (const Set &set : palettes) {
        const ThemeColors c = Theme::derive(set.palette, set.highContrast);
        const double text = Theme::minimumTextContrast(set.highContrast);
        const double mark = Theme::minimumMarkContrast(set.highContrast);
        for (const auto &[roleName, role] : TextRoles) {
            for (QPalette::ColorRole ground :
                 {QPalette::Base, QPalette::AlternateBase, QPalette::Window})
                QTest::addRow("%s: %s text on palette role %d", set.name, roleName, int(ground))
                    << c.*role << set.palette.color(ground) << text;
        }
        for (const auto &[roleName, role] : MarkRoles) {
            for (QPalette::ColorRole ground : {QPalette::Base, QPalette::AlternateBase})
                QTest::addRow("%s: %s dot on palette role %d", set.name, roleName, int(ground))
                    << c.*role << set.palette.color(ground) << mark;
        }
        QTest::addRow("%s: error bar", set.name) << c.errorText << c.errorBackground << text;
        QTest::addRow("%s: warning banner", set.name)
            << c.warningText << c.warningBackground << text;
        QTest::addRow("%s: info banner", set.name) << c.infoText << c.infoBackground << text;
    }
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatioKnownValues();
    void ensureContrastMovesOnlyAsFarAsNeeded();
    void setPairs_data() { addPairs(sets()); }
    void setPairs();
    void hostilePalettePairs_data() { addPairs(hostile()); }
    void hostilePalettePairs() { setPairs(); }
    void palettesReadable_data();
    void palettesReadable();

    // The style's one-colour media symbols are drawn in the palette's text colour on a dark
    // window (they were dark on dark), and left as they are on a light one.
    void toneIconsReadOnEitherWindow()
    {
        QPixmap symbol(16, 16);
        symbol.fill(Qt::transparent);
        {
            QPainter painter(&symbol);
            painter.fillRect(QRect(4, 4, 8, 8), QColor(0x30, 0x30, 0x30));
        }
        const QIcon icon = ToneIcon::follow(QIcon(symbol));
        const QPalette before = QApplication::palette();
        QApplication::setPalette(Theme::darkPalette());
        const QColor onDark = icon.pixmap(16, 16).toImage().pixelColor(8, 8);
        QApplication::setPalette(Theme::lightPalette());
        const QColor onLight = icon.pixmap(16, 16).toImage().pixelColor(8, 8);
        QApplication::setPalette(before);
        QVERIFY2(Theme::contrastRatio(onDark, Theme::darkPalette().color(QPalette::Button)) >= 4.5,
                 qPrintable(onDark.name()));
        QCOMPARE(onLight.name(), QStringLiteral("#303030"));
        QVERIFY(icon.pixmap(16, 16).toImage().pixelColor(1, 1).alpha() == 0);
    }
};

void TestTheme::contrastRatioKnownValues()
{
    QCOMPARE(Theme::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(Theme::contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(Theme::contrastRatio(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)), 1.0);
    // #767676 is the lightest grey that passes AA on white (4.54:1).
    QVERIFY(qAbs(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    QVERIFY(Theme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

void TestTheme::ensureContrastMovesOnlyAsFarAsNeeded()
{
    const QColor ok(0x1B, 0x6E, 0x33);
    QCOMPARE(Theme::ensureContrast(ok, {Qt::white}, 4.5), ok);
    const QColor pale(0xE0, 0x8A, 0x00);
    const QColor fixed = Theme::ensureContrast(pale, {Qt::white}, 4.5);
    QVERIFY(Theme::contrastRatio(fixed, Qt::white) >= 4.5);
    QVERIFY(Theme::contrastRatio(fixed, Qt::white) < 5.5); // not simply black
    QCOMPARE(fixed.hsvHue() / 10, pale.hsvHue() / 10);     // still orange
    // On a dark background the same colour gets lighter.
    QVERIFY(Theme::ensureContrast(QColor(0x60, 0x20, 0x20), {QColor(0x20, 0x20, 0x20)}, 4.5)
                .lightness() > 0x60);
}

void TestTheme::setPairs()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, minimum);
    const double ratio = Theme::contrastRatio(foreground, background);
    QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3:1, needs %4:1")
                                              .arg(foreground.name(), background.name())
                                              .arg(ratio, 0, 'f', 2)
                                              .arg(minimum)));
}

void TestTheme::palettesReadable_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    for (const Set &set : sets()) {
        const QPalette &p = set.palette;
        const double text = Theme::minimumTextContrast(set.highContrast);
        QTest::addRow("%s: text", set.name)
            << p.color(QPalette::Text) << p.color(QPalette::Base) << text;
        QTest::addRow("%s: window text", set.name)
            << p.color(QPalette::WindowText) << p.color(QPalette::Window) << text;
        QTest::addRow("%s: button text", set.name)
            << p.color(QPalette::ButtonText) << p.color(QPalette::Button) << text;
        QTest::addRow("%s: selection", set.name)
            << p.color(QPalette::HighlightedText) << p.color(QPalette::Highlight) << 4.5;
        QTest::addRow("%s: placeholder", set.name)
            << p.color(QPalette::PlaceholderText) << p.color(QPalette::Window) << 4.5;
        QTest::addRow("%s: link", set.name)
            << p.color(QPalette::Link) << p.color(QPalette::Base) << 4.5;
        QTest::addRow("%s: tooltip", set.name)
            << p.color(QPalette::ToolTipText) << p.color(QPalette::ToolTipBase) << 4.5;
    }
}

void TestTheme::palettesReadable()
{
    setPairs();
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
