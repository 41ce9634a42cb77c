#pragma once

#include "core/TaskFilter.h"

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QSettings;
class QToolBar;

namespace engage {

class ShortcutOverrides;

// Every QAction of the window, made in one place: each with a stable objectName (the name
// tests and automation find it by), its shortcuts, a tooltip that names the first of them, and
// the rules for when it is enabled. It also builds the menus, the toolbar and the shortcuts
// window from the same actions, so a key is never on one and missing from another. What an
// action does is wired by the window (see MainWindow); the registry only shows the two
// windows of the Help menu itself.
class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    // In the order the shortcuts window lists them.
    enum class Id {
        MarkDone,              // action.markDone               D, Ctrl+Return
        Dismiss,               // action.dismiss                Del
        Reschedule,            // action.reschedule             R
        RescheduleNextMorning, // action.rescheduleNextMorning  Shift+R
        SpreadOverDays,        // action.planReschedule         Ctrl+Shift+R (the planner)
        Reopen,                // action.reopen                 Shift+O
        Undo,                  // action.undo                   Ctrl+Z
        NextTask,              // action.nextTask               J
        PreviousTask,          // action.previousTask           K
        Find,                  // action.find                   /, Ctrl+F
        Refresh,               // action.refresh                F5, Ctrl+R
        Shortcuts,             // action.shortcuts              ?, F1
        CommandPalette,        // action.commandPalette         Ctrl+K
        Settings,              // action.settings               Ctrl+,
        Quit,                  // action.quit                   Ctrl+Q
        ViewDue,               // action.viewDue                Alt+1
        ViewOverdue,           // action.viewOverdue            Alt+2
        ViewToday,             // action.viewToday              Alt+3
        ViewUpcoming,          // action.viewUpcoming           Alt+4
        ViewAll,               // action.viewAll                Alt+5
        RetryChange,           // action.retryChange            (a held change: keep mine)
        DiscardChange,         // action.discardChange          (a held change: take Gong's)
        About,                 // action.about
        LeaveSearch,           // action.leaveSearch            Esc, in the search field only
        // The call session (menu.call); the keys of those below StartSession work only in it.
        StartSession, // action.startSession      S (starts, or resumes the one left)
        NewSession,   // action.newSession        Shift+S
        Dial,         // action.dial              C; Return too in a session
        Outcome1,     // action.outcome1..9       1–9: the company's outcomes in displayOrder
        Outcome9 = Outcome1 + 8,
        AddNote,         // action.addNote           N
        SkipCall,        // action.skipCall          J, Tab
        PreviousCall,    // action.previousCall      K
        PauseSession,    // action.pauseSession      P
        EndSession,      // action.endSession        Esc
        DayLog,          // action.dayLog            Ctrl+L
        ExportDayLog,    // action.exportDayLog
        CallingSettings, // action.callingSettings
        Preferences,     // action.preferences       Ctrl+Shift+,
        CoverTeammate,   // action.coverTeammate     (another user's queue, in its own window)
        Count
    };

    // Makes the actions, puts the window's shortcuts on `window`, and builds its menus and
    // toolbar.
    explicit ActionRegistry(QMainWindow *window);

    QAction *action(Id id) const { return m_actions.at(static_cast<int>(id)); }
    QAction *viewAction(TaskView view) const;
    // Every action, in Id order.
    const QList<QAction *> &actions() const { return m_actions; }
    // What the shortcuts window lists: every action with a key that works in the whole window.
    QList<QAction *> shortcutActions() const;
    QMenu *menu(const QString &objectName) const;
    QToolBar *toolBar() const { return m_toolBar; }

    // The list's right-click menu: the task actions.
    void addContextMenuTo(QWidget *view);
    // The key in the search field that hands the keyboard back to the list.
    void addSearchKeysTo(QWidget *searchField);

    // What is selected decides what can be done to it.
    struct Selection {
        bool anyOpen = false;   // done, dismiss, reschedule, spread over days
        bool anyClosed = false; // reopen
        bool anyHeld = false;   // a change Gong refused or that conflicts: retry or discard
    };
    void setSelection(const Selection &selection);
    void setUndoAvailable(bool available);
    // The view's action shows as checked.
    void setCurrentView(TaskView view);
    // In a call session the list's keys rest and the session's work (J, K, 1–9, Esc, Return
    // mean something else there); outside one, the other way round. No two enabled actions
    // ever share a key.
    void setSessionMode(bool inSession);
    bool inSession() const { return m_inSession; }
    // The outcome keys show the company's outcomes; those beyond `names` are disabled.
    void setOutcomeNames(const QStringList &names);
    QAction *outcomeAction(int index) const; // 0-based

    // The rep's keys (Preferences › Shortcuts) over the defaults: read from `settings` at start;
    // whenever they change, the actions, menus, tooltips and the shortcuts window follow.
    ShortcutOverrides *shortcutOverrides() const { return m_overrides; }
    void loadShortcuts(const QSettings &settings);

    void showShortcuts();
    void showAbout();

private:
    QAction *make(Id id, const char *name, const QString &text, const QList<QKeySequence> &keys,
                  const QString &tip = {});
    void makeSessionActions();
    void buildMenus();
    void buildToolBar();
    void applyMode();
    void applyKeys();

    QMainWindow *m_window;
    QList<QAction *> m_actions;
    QList<QAction *> m_separators;
    QToolBar *m_toolBar = nullptr;
    ShortcutOverrides *m_overrides = nullptr;
    Selection m_selection;
    bool m_inSession = false;
    int m_outcomeCount = 0;
    QStringList m_outcomeNames;
};

} // namespace engage
