#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QSettings;

namespace engage {

// The rep's own keys over the registry's defaults. Each action is added with the mode its keys
// work in (the list, the call session, or both) and its keys at that moment as the default;
// the rep's keys replace an action's keys in full. Only keys that differ from the default are
// saved, in the group `shortcuts/` under the action's objectName as portable text
// ("shortcuts/action.markDone=F9"; several keys joined by "; "; an empty value: no key).
class ShortcutOverrides : public QObject
{
    Q_OBJECT
public:
    enum class Mode { List, Session, Both };
    using KeyMap = QHash<const QAction *, QList<QKeySequence>>;

    using QObject::QObject;

    void add(QAction *action, Mode mode);
    // Keys an action has in a session on top of its own (Dial: Return and Enter).
    void addSessionKeys(const QAction *action, const QList<QKeySequence> &keys);
    const QList<QAction *> &actions() const { return m_actions; }
    Mode modeOf(const QAction *action) const { return m_modes.value(action, Mode::Both); }
    QList<QKeySequence> defaults(const QAction *action) const { return m_defaults.value(action); }
    QList<QKeySequence> sessionKeys(const QAction *action) const
    {
        return m_sessionKeys.value(action);
    }
    // The rep's keys, or the default.
    QList<QKeySequence> keys(const QAction *action) const;
    // Every action's keys now.
    KeyMap current() const;
    bool isChanged(const QAction *action) const { return m_custom.contains(action); }

    static QString settingsKey(const QAction *action);
    // The tooltip says what the action does and names its first key: "Mark the selected tasks
    // done (D)". setToolTip keeps what it does; updateToolTip names the key the action has now.
    static void setToolTip(QAction *action, const QString &what);
    static void updateToolTip(QAction *action);
    // Reads the rep's keys; names no action has and values that are no keys are ignored.
    void load(const QSettings &settings);
    // Takes `keys` (any actions, in full), keeps those that differ from the default, writes
    // them and removes the others' entries; then `changed`.
    void setKeys(const KeyMap &keys, QSettings *settings);

    // Two keys clash when either one starts the other (QKeySequence::matches both ways).
    static bool clash(const QKeySequence &a, const QKeySequence &b);
    // Actions of the list and of the session may share a key; others may not.
    static bool sharesMode(Mode a, Mode b) { return a == Mode::Both || b == Mode::Both || a == b; }
    // In `keys`, the action other than `action` that `key` clashes with; null when none.
    QAction *clashOf(const QAction *action, const QKeySequence &key, const KeyMap &keys) const;
    // The first clash in `keys`: the action, its key, and the other action; nulls when none.
    struct Clash {
        const QAction *action = nullptr;
        QKeySequence key;
        const QAction *other = nullptr;
    };
    Clash firstClash(const KeyMap &keys) const;

signals:
    void changed();

private:
    QList<QKeySequence> keysIn(const QAction *action, Mode mode, const KeyMap &keys) const;

    QList<QAction *> m_actions;
    QHash<const QAction *, Mode> m_modes;
    KeyMap m_defaults;
    KeyMap m_sessionKeys;
    KeyMap m_custom;
};

} // namespace engage
