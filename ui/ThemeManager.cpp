#include "ui/ThemeManager.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QSettings>
#include <QStyle>

namespace engage {

namespace {

const QString SettingsKey = QStringLiteral("appearance/theme");
const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString PortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString AppearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString SchemeKey = QStringLiteral("color-scheme");

// How long start-up waits for the portal's answer; a later answer is still taken.
constexpr int PortalTimeoutMs = 250;

// Read() answers with the value in a variant inside the reply's variant; unwrap all of them.
QVariant unwrap(QVariant value)
{
    while (value.metaType() == QMetaType::fromType<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}

uint schemeFrom(const QVariant &value)
{
    bool ok = false;
    const uint scheme = unwrap(value).toUInt(&ok);
    return ok && scheme <= 2 ? scheme : 0;
}

void useStyle(const QString &name)
{
    if (name.isEmpty() || QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    QApplication::setStyle(name);
}

} // namespace

ThemeManager::ThemeManager(QSettings *settings, QObject *parent, const QDBusConnection &bus)
    : QObject(parent)
    , m_settings(settings)
    , m_bus(bus)
    , m_desktopPalette(QApplication::palette())
    , m_desktopStyle(QApplication::style()->name())
{}

QString ThemeManager::keyOf(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::HighContrast:
        return QStringLiteral("high-contrast");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeManager::Mode ThemeManager::modeOf(const QString &key)
{
    for (Mode mode : {Mode::Light, Mode::Dark, Mode::HighContrast}) {
        if (key == keyOf(mode))
            return mode;
    }
    return Mode::System;
}

void ThemeManager::applySaved()
{
    m_mode = m_settings ? modeOf(m_settings->value(SettingsKey).toString()) : Mode::System;
    apply();
}

void ThemeManager::setMode(Mode mode)
{
    m_mode = mode;
    if (m_settings)
        m_settings->setValue(SettingsKey, keyOf(mode));
    apply();
}

bool ThemeManager::desktopPrefersDark() const
{
    if (m_scheme == 1)
        return true;
    if (m_scheme == 2)
        return false;
    return Theme::isDark(m_desktopPalette);
}

QPalette ThemeManager::paletteFor(Mode mode) const
{
    switch (mode) {
    case Mode::Light:
        return Theme::lightPalette();
    case Mode::Dark:
        return Theme::darkPalette();
    case Mode::HighContrast:
        return Theme::highContrastPalette(desktopPrefersDark());
    case Mode::System:
        break;
    }
    const bool dark = desktopPrefersDark();
    if (Theme::isDark(m_desktopPalette) == dark)
        return m_desktopPalette;
    return dark ? Theme::darkPalette() : Theme::lightPalette();
}

void ThemeManager::apply()
{
    readPortal();
    const QPalette palette = paletteFor(m_mode);
    // Fusion draws everything from the palette; other styles may keep light parts in the dark.
    const bool ownDark =
        m_mode == Mode::System && Theme::isDark(palette) && !Theme::isDark(m_desktopPalette);
    const bool fusion = m_mode == Mode::Dark || m_mode == Mode::HighContrast || ownDark;
    useStyle(fusion ? QStringLiteral("Fusion") : m_desktopStyle); // notr: a style's name
    // Before the palette: widgets read Theme::colors() while the palette change goes round.
    Theme::setHighContrast(m_mode == Mode::HighContrast);
    QApplication::setPalette(palette);
    Q_EMIT colorsChanged();
}

void ThemeManager::readPortal()
{
    if (m_subscribed || !m_bus.isConnected())
        return;
    m_subscribed = true;
    if (!m_bus.connect(PortalService, PortalPath, PortalSettings, QStringLiteral("SettingChanged"),
                       this, SLOT(onSettingChanged(QDBusMessage))))
        qWarning("ThemeManager: cannot follow the desktop portal's colour scheme");
    QDBusMessage read = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalSettings,
                                                       QStringLiteral("Read"));
    read << AppearanceGroup << SchemeKey;
    const QDBusMessage reply = m_bus.call(read, QDBus::Block, PortalTimeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
        m_scheme = schemeFrom(reply.arguments().constFirst());
        return;
    }
    if (reply.errorName() != QLatin1String("org.freedesktop.DBus.Error.NoReply"))
        return; // no portal, or no such setting: the desktop's palette decides
    // A portal that is still starting: take its answer when it comes.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(read), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> answer = *w;
        if (answer.isValid()) {
            const uint scheme = schemeFrom(QVariant::fromValue(answer.value()));
            if (scheme != m_scheme) {
                m_scheme = scheme;
                apply();
            }
        }
    });
}

void ThemeManager::onSettingChanged(const QDBusMessage &signal)
{
    // (namespace, key, value); taken as a message, so no argument types need registering.
    const QVariantList args = signal.arguments();
    if (args.size() != 3 || args.at(0).toString() != AppearanceGroup ||
        args.at(1).toString() != SchemeKey)
        return;
    const uint scheme = schemeFrom(args.at(2));
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    if (m_mode == Mode::System || m_mode == Mode::HighContrast)
        apply();
}

} // namespace engage
