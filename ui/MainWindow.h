#pragma once

#include "core/Clock.h"
#include "core/TaskFilter.h"
#include "ui/RescheduleDialog.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QToolButton;
class QTreeView;

namespace engage {

class ContactPanel;
class FlowPanel;
class OpportunityPanel;
class SyncEngine;
class TaskActions;
class TaskFilterProxy;
class TaskListModel;
struct ApiError;
struct Task;

// The rep's window: a filter bar, the task list, the contact / flow / opportunity panels beside
// it, and every action in a menu, on the toolbar and on a key. Changes go through TaskActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SyncEngine *sync, TaskActions *actions, const Clock &clock,
               QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeView *taskView() const { return m_view; }
    TaskListModel *taskModel() const { return m_model; }
    TaskFilterProxy *proxy() const { return m_proxy; }
    QLabel *errorBar() const { return m_errorText; }
    // The error bar's text while the bar shows; empty when it is hidden.
    QString errorText() const;
    QLineEdit *searchField() const { return m_search; }
    ContactPanel *contactPanel() const { return m_contactPanel; }
    FlowPanel *flowPanel() const { return m_flowPanel; }
    OpportunityPanel *opportunityPanel() const { return m_opportunityPanel; }
    QString viewButtonText(TaskView view) const;
    QString noticeText() const;
    QString syncStatusText() const;
    RescheduleDialog *rescheduleDialog() const { return m_rescheduleDialog; }
    QLabel *offlineBanner() const { return m_offlineBanner; }

    // What to do when the rep quits with changes not yet in Gong. The default asks with a
    // message box; tests answer through this seam.
    enum class QuitChoice { WaitThenQuit, QuitNow, Cancel };
    using QuitAsker = std::function<QuitChoice(int waiting)>;
    void setQuitAsker(QuitAsker asker) { m_askQuit = std::move(asker); }

    // Shows an error above the list (plain text, copyable); empty hides it.
    void showError(const QString &message);
    void showNotice(const QString &text, bool undoable);

signals:
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    QWidget *buildFilterBar();
    void onTasksReset();
    void onTaskChanged(qint64 taskId);
    void onCurrentChanged();
    void updateCounts();
    void updateFlowFilter();
    void updateActionStates();
    void updateSyncStatus();
    QList<qint64> selectedIds() const;
    std::optional<Task> currentTask() const;
    void moveSelection(int delta);
    void selectTask(qint64 taskId);
    QModelIndex proxyIndexOf(qint64 taskId) const; // invalid when not in the view
    // After done or dismiss: the next row, so the rep works the list one key per task.
    void advanceAfter(const QList<qint64> &ids);
    void markDone();
    void dismiss();
    void reopen();
    void openReschedule();
    void rescheduleNextMorning();
    void showShortcuts();
    void showAbout();
    QuitChoice askQuit(int waiting);
    void restoreState();
    void saveState();

    SyncEngine *m_sync;
    TaskActions *m_actions;
    const Clock &m_clock;
    QSettings *m_settings;
    TaskListModel *m_model;
    TaskFilterProxy *m_proxy;
    QTreeView *m_view;
    QSplitter *m_splitter;
    ContactPanel *m_contactPanel;
    FlowPanel *m_flowPanel;
    OpportunityPanel *m_opportunityPanel;
    QWidget *m_errorBar;
    QLabel *m_errorText;
    QLineEdit *m_search;
    QComboBox *m_typeFilter;
    QComboBox *m_flowFilter;
    QButtonGroup *m_viewButtons;
    QLabel *m_notice;
    QToolButton *m_noticeUndo;
    QLabel *m_syncStatus;
    QLabel *m_offlineBanner;
    QuitAsker m_askQuit;
    bool m_quitWhenSent = false;
    QPointer<RescheduleDialog> m_rescheduleDialog;

    QAction *m_doneAction = nullptr;
    QAction *m_dismissAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_rescheduleAction = nullptr;
    QAction *m_rescheduleMorningAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_discardAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_viewActions;
};

} // namespace engage
