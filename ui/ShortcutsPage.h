#pragma once

#include "ui/PreferencesPage.h"
#include "ui/ShortcutOverrides.h"

class QLabel;
class QPushButton;
class QSettings;
class QTableWidget;

namespace engage {

class ActionRegistry;
class KeyRecorder;

// Preferences › Shortcuts: every action of the window with its keys. The rep picks a row,
// records a key (it replaces the action's keys), or takes the key away, resets the row or all
// rows to the defaults. A key another action already has in the same mode (the list's and the
// session's actions may share one) is a clash: "Ctrl+K is already Command Palette", and OK and
// Apply wait until it is resolved: by another key, or by "Take It Over", which removes the key
// from the other action. apply() keeps and saves only the keys that differ from the defaults
// (ShortcutOverrides), and the window uses them at once.
class ShortcutsPage : public PreferencesPage
{
    Q_OBJECT
public:
    ShortcutsPage(ActionRegistry *registry, QSettings *settings, QWidget *parent = nullptr);

    QString title() const override { return tr("Shortcuts"); }
    void apply() override;
    bool isValid() const override;

    QTableWidget *table() const { return m_table; }
    KeyRecorder *recorder() const { return m_recorder; }
    QLabel *clashLabel() const { return m_clashLabel; }
    QPushButton *takeOverButton() const { return m_takeOver; }
    // The row of the action with this objectName; -1 when it is not listed.
    int rowOf(const QString &objectName) const;
    // The keys the page would apply for the row's action.
    QList<QKeySequence> keysAt(int row) const;

    // What the buttons do, for the row that is current.
    void setKeyOfCurrent(const QKeySequence &key);
    void resetCurrent();
    void resetAll();
    void takeOver();

private:
    QAction *currentAction() const;
    void refresh();

    ShortcutOverrides *m_overrides;
    QSettings *m_settings;
    ShortcutOverrides::KeyMap m_keys;
    const QAction *m_lastEdited = nullptr;
    ShortcutOverrides::Clash m_clash;
    QTableWidget *m_table;
    KeyRecorder *m_recorder;
    QPushButton *m_noKey;
    QPushButton *m_reset;
    QPushButton *m_resetAll;
    QLabel *m_clashLabel;
    QPushButton *m_takeOver;
};

} // namespace engage
