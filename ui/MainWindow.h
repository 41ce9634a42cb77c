#pragma once

#include "core/Clock.h"
#include "core/TaskFilter.h"
#include "ui/DetailPane.h"
#include "ui/FilterBar.h"
#include "ui/MessageBar.h"
#include "ui/QuitGuard.h"
#include "ui/RescheduleDialog.h"
#include "ui/TaskTable.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

#include <optional>

class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace engage {

class ActionRegistry;
class BacklogActions;
class CallCatalog;
class CallSession;
class DayLogActions;
class ExpiryGuard;
class SessionCoordinator;
class SessionView;
struct CallSettings;
class ContactPanel;
class FlowPanel;
class OpportunityPanel;
class PaletteController;
class SyncEngine;
class TaskActions;
class TaskFilterProxy;
class TaskListModel;
struct Task;

// The rep's window, composed of named parts: the filter bar, the task table and the message
// bar on the left, the detail pane on the right, and the action registry's menus, toolbar and
// keys. It wires them to the sync engine and does what the actions ask, through TaskActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SyncEngine *sync, TaskActions *actions, const Clock &clock,
               QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry *actionRegistry() const { return m_registry; }
    FilterBar *filterBar() const { return m_filterBar; }
    TaskTable *taskTable() const { return m_table; }
    DetailPane *detailPane() const { return m_details; }
    MessageBar *messageBar() const { return m_messages; }
    SessionCoordinator *sessions() const { return m_sessions; }
    DayLogActions *dayLog() const { return m_dayLog; }
    // Ctrl+K, the command palette.
    PaletteController *palette() const { return m_palette; }
    BacklogActions *backlog() const { return m_backlog; }
    // Asks before R, the reschedule dialog or Shift+R moves a flow to-do past its expiry.
    ExpiryGuard *expiryGuard() const { return m_expiryGuard; }
    CallSession *callSession() const;
    SessionView *sessionView() const;
    // The company's outcomes and the flows' scripts; the rep's calling settings.
    void setCallCatalog(CallCatalog *catalog);
    void setCallSettings(const CallSettings &settings);

    QTreeView *taskView() const { return m_table; }
    TaskListModel *taskModel() const { return m_table->taskModel(); }
    TaskFilterProxy *proxy() const { return m_table->proxy(); }
    QLabel *errorBar() const { return m_messages->errorLabel(); }
    // The error bar's text while the bar shows; empty when it is hidden.
    QString errorText() const { return m_messages->errorText(); }
    QLineEdit *searchField() const { return m_filterBar->searchField(); }
    ContactPanel *contactPanel() const { return m_details->contactPanel(); }
    FlowPanel *flowPanel() const { return m_details->flowPanel(); }
    OpportunityPanel *opportunityPanel() const { return m_details->opportunityPanel(); }
    QString viewButtonText(TaskView view) const { return m_filterBar->viewButtonText(view); }
    QString noticeText() const { return m_messages->noticeText(); }
    QString syncStatusText() const { return m_messages->syncStatusText(); }
    RescheduleDialog *rescheduleDialog() const { return m_rescheduleDialog; }
    QLabel *offlineBanner() const { return m_messages->offlineBanner(); }

    // What to do when the rep quits with changes not yet in Gong (QuitGuard). The default
    // asks with a message box; tests answer through this seam.
    using QuitChoice = QuitGuard::Choice;
    using QuitAsker = QuitGuard::Asker;
    void setQuitAsker(QuitAsker asker) { m_quit->setAsker(std::move(asker)); }

    // Shows an error above the list (plain text, copyable); empty hides it.
    void showError(const QString &message) { m_messages->showError(message); }
    void showNotice(const QString &text, bool undoable) { m_messages->showNotice(text, undoable); }

    // Closing the window hides it (the tray keeps the app running); quit() still ends it.
    // `trayThere` is asked at each close: a tray that went away since (a panel that crashed)
    // must not leave a hidden window with no way back. Without it, the tray is taken as there.
    void setCloseToTray(bool on, std::function<bool()> trayThere = {})
    {
        m_closeToTray = on;
        m_trayThere = std::move(trayThere);
    }
    bool closesToTray() const { return m_closeToTray; }
    // Whether the list has been painted once (listPainted has been sent).
    bool hasPaintedList() const { return m_listPainted; }

public slots:
    // Brings the window to the front, shown and not minimized.
    void showAndRaise();
    // Shows the window, selects the task in the list when it shows there, and dials it as C
    // does (the tray's "Next call", a notification's Call).
    void dialTask(qint64 taskId);
    // File › Quit and the tray's Quit: closes for good, after QuitGuard's question.
    void quit();

signals:
    // The list has painted for the first time (the window is on screen with its rows).
    void listPainted();
    // The window closed for good (not hidden to the tray): the app ends.
    void closedForGood();
    void settingsRequested();
    void callingSettingsRequested();
    void preferencesRequested();
    // File › Cover a Teammate: the rep asks to open another user's queue.
    void coverTeammateRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void wireActions();
    void wireSync();
    void onTasksReset();
    void onTasksRefreshed(const TaskDiff &diff);
    void onTaskChanged(qint64 taskId);
    void onCurrentChanged();
    void showCurrentDetails();
    // The flow panel's step line and call script, from the call catalog.
    void updateScript();
    void fetchScripts();
    void updateActionStates();
    void updateSyncStatus();
    std::optional<Task> currentTask() const;
    void markDone();
    void dismiss();
    void openReschedule();
    void rescheduleNextMorning();
    void restoreState();
    void saveState();

    SyncEngine *m_sync;
    TaskActions *m_actions;
    const Clock &m_clock;
    QSettings *m_settings;
    ActionRegistry *m_registry;
    TaskTable *m_table;
    FilterBar *m_filterBar;
    DetailPane *m_details;
    QTimer *m_detailsTimer = nullptr;
    bool m_detailsShown = false; // the panels have followed the current row once
    bool m_listPainted = false;  // the list's first paint is done
    MessageBar *m_messages;
    QSplitter *m_splitter;
    QStackedWidget *m_pages;
    SessionCoordinator *m_sessions;
    DayLogActions *m_dayLog;
    BacklogActions *m_backlog;
    QuitGuard *m_quit;
    PaletteController *m_palette = nullptr;
    ExpiryGuard *m_expiryGuard;
    QPointer<RescheduleDialog> m_rescheduleDialog;
    bool m_closeToTray = false;
    std::function<bool()> m_trayThere;
    bool m_quitting = false;
};

} // namespace engage
