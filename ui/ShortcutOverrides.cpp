#include "ui/ShortcutOverrides.h"

#include <QAction>
#include <QSettings>

namespace engage {

namespace {
const char *const TipProperty = "engage.tip";
} // namespace

void ShortcutOverrides::setToolTip(QAction *action, const QString &what)
{
    action->setProperty(TipProperty, what);
    updateToolTip(action);
}

void ShortcutOverrides::updateToolTip(QAction *action)
{
    const QString what = action->property(TipProperty).toString();
    const QList<QKeySequence> keys = action->shortcuts();
    action->setToolTip(keys.isEmpty() ? what
                                      : QStringLiteral("%1 (%2)").arg(
                                            what, keys.first().toString(QKeySequence::NativeText)));
}

void ShortcutOverrides::add(QAction *action, Mode mode)
{
    m_actions.append(action);
    m_modes.insert(action, mode);
    m_defaults.insert(action, action->shortcuts());
}

void ShortcutOverrides::addSessionKeys(const QAction *action, const QList<QKeySequence> &keys)
{
    m_sessionKeys.insert(action, keys);
}

QList<QKeySequence> ShortcutOverrides::keys(const QAction *action) const
{
    return m_custom.contains(action) ? m_custom.value(action) : m_defaults.value(action);
}

ShortcutOverrides::KeyMap ShortcutOverrides::current() const
{
    KeyMap map;
    for (const QAction *action : m_actions)
        map.insert(action, keys(action));
    return map;
}

QString ShortcutOverrides::settingsKey(const QAction *action)
{
    return QStringLiteral("shortcuts/") + action->objectName();
}

void ShortcutOverrides::load(const QSettings &settings)
{
    m_custom.clear();
    for (const QAction *action : std::as_const(m_actions)) {
        const QVariant value = settings.value(settingsKey(action));
        if (!value.isValid())
            continue;
        const QString text = value.toString().trimmed();
        QList<QKeySequence> keys = QKeySequence::listFromString(text, QKeySequence::PortableText);
        keys.removeIf([](const QKeySequence &key) {
            return key.isEmpty() || key[0].key() == Qt::Key_unknown;
        });
        if (!text.isEmpty() && keys.isEmpty())
            continue; // not keys: the default stays
        if (keys != m_defaults.value(action))
            m_custom.insert(action, keys);
    }
    emit changed();
}

void ShortcutOverrides::setKeys(const KeyMap &keys, QSettings *settings)
{
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const QAction *action = it.key();
        if (!m_modes.contains(action))
            continue;
        const bool custom = it.value() != m_defaults.value(action);
        if (custom)
            m_custom.insert(action, it.value());
        else
            m_custom.remove(action);
        if (!settings)
            continue;
        if (custom)
            settings->setValue(settingsKey(action),
                               QKeySequence::listToString(it.value(), QKeySequence::PortableText));
        else
            settings->remove(settingsKey(action));
    }
    emit changed();
}

bool ShortcutOverrides::clash(const QKeySequence &a, const QKeySequence &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return a.matches(b) != QKeySequence::NoMatch || b.matches(a) != QKeySequence::NoMatch;
}

QList<QKeySequence> ShortcutOverrides::keysIn(const QAction *action, Mode mode,
                                              const KeyMap &keys) const
{
    QList<QKeySequence> out = keys.contains(action) ? keys.value(action) : this->keys(action);
    if (mode != Mode::List)
        out += m_sessionKeys.value(action);
    return out;
}

QAction *ShortcutOverrides::clashOf(const QAction *action, const QKeySequence &key,
                                    const KeyMap &keys) const
{
    const Mode mode = modeOf(action);
    for (QAction *other : m_actions) {
        if (other == action || !sharesMode(mode, modeOf(other)))
            continue;
        // In a session the other's session keys count; in the list they do not.
        const Mode shared = mode == Mode::Both ? modeOf(other) : mode;
        for (const QKeySequence &theirs : keysIn(other, shared, keys)) {
            if (clash(key, theirs))
                return other;
        }
    }
    return nullptr;
}

ShortcutOverrides::Clash ShortcutOverrides::firstClash(const KeyMap &keys) const
{
    for (const QAction *action : m_actions) {
        const QList<QKeySequence> mine =
            keys.contains(action) ? keys.value(action) : this->keys(action);
        for (const QKeySequence &key : mine) {
            if (QAction *other = clashOf(action, key, keys))
                return {action, key, other};
        }
    }
    return {};
}

} // namespace engage
