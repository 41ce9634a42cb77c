#include "ui/MainWindow.h"

#include "core/CallSettings.h"
#include "core/ReschedulePresets.h"
#include "core/SameContact.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "ui/ActionRegistry.h"
#include "ui/BacklogActions.h"
#include "ui/CallSession.h"
#include "ui/ContactPanel.h"
#include "ui/DayLogActions.h"
#include "ui/ExpiryGuard.h"
#include "ui/FlowPanel.h"
#include "ui/PaletteController.h"
#include "ui/SameContactList.h"
#include "ui/SessionCoordinator.h"
#include "ui/SessionView.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace engage {

using Id = ActionRegistry::Id;

MainWindow::MainWindow(SyncEngine *sync, TaskActions *actions, const Clock &clock,
                       QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_sync(sync)
    , m_actions(actions)
    , m_clock(clock)
    , m_settings(settings)
    , m_registry(new ActionRegistry(this))
    , m_table(new TaskTable(clock))
    , m_filterBar(new FilterBar(m_table->proxy()))
    , m_details(new DetailPane(clock))
    , m_messages(new MessageBar(statusBar()))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_pages(new QStackedWidget)
    , m_sessions(nullptr)
    , m_dayLog(new DayLogActions(sync, clock, this))
    , m_backlog(new BacklogActions(sync, actions, clock, this))
    , m_quit(new QuitGuard(this))
    , m_expiryGuard(new ExpiryGuard(sync, clock, this))
{
    setWindowTitle(tr("Engage Tasks"));
    setObjectName(QStringLiteral("mainWindow"));
    m_table->setMarkSource([this](qint64 id) { return m_sync->mark(id); });

    // Left: filters, messages, the list. Right: the task's details.
    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_messages);
    listLayout->addWidget(m_table, 1);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({880, 400});
    // The list, and in front of it while calling, the session's page.
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);
    m_sessions = new SessionCoordinator(sync, actions, m_registry, clock, m_pages, this);
    m_sessions->setVisibleTasks([this] { return m_table->visibleIds(); });
    m_sessions->setCurrentTask([this] { return m_table->currentTaskId(); });
    connect(m_sessions, &SessionCoordinator::notice, this, &MainWindow::showNotice);
    // A script that arrives shows in the flow panel of the task it belongs to.
    connect(callSession(), &CallSession::changed, this, [this] {
        if (!m_sessions->inSession()) {
            updateScript();
            m_details->announce();
        }
    });
    connect(m_sessions, &SessionCoordinator::dayLogRequested, m_dayLog, &DayLogActions::openDialog);
    connect(m_dayLog, &DayLogActions::notice, this, &MainWindow::showNotice);
    connect(m_dayLog, &DayLogActions::failed, this, &MainWindow::showError);
    connect(m_backlog, &BacklogActions::notice, this, &MainWindow::showNotice);
    connect(m_backlog, &BacklogActions::dialogClosed, this, [this] {
        activateWindow();
        m_table->setFocus();
    });
    connect(m_sessions, &SessionCoordinator::listShown, this, [this](qint64 taskId) {
        if (const QModelIndex at = m_table->proxyIndexOf(taskId); at.isValid())
            m_table->setCurrentIndex(at);
        m_table->setFocus();
    });

    m_registry->addContextMenuTo(m_table);
    m_registry->addSearchKeysTo(m_filterBar->searchField());
    m_messages->setUndoAction(m_registry->action(Id::Undo));
    wireActions();
    wireSync();
    // The rep's own keys (Preferences › Shortcuts), and Ctrl+K over every action and task.
    if (m_settings)
        m_registry->loadShortcuts(*m_settings);
    m_palette = new PaletteController(m_registry, m_table, m_filterBar, m_settings, this);
    connect(m_registry->action(Id::CommandPalette), &QAction::triggered, m_palette,
            &PaletteController::open);
    m_detailsTimer = new QTimer(this);
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(0);
    connect(m_detailsTimer, &QTimer::timeout, this, [this] {
        // Shown since the timer started, and not painted yet: the first paint starts it again.
        if (!m_detailsShown && isVisible() && !m_listPainted)
            return;
        showCurrentDetails();
    });
    connect(m_table, &TaskTable::currentTaskChanged, this, &MainWindow::onCurrentChanged);
    connect(m_table, &TaskTable::selectedTasksChanged, this, &MainWindow::updateActionStates);
    connect(m_filterBar, &FilterBar::viewChosen, this, [this](TaskView view) {
        m_registry->setCurrentView(view);
        m_table->selectFirstIfNone();
    });
    // Return from the search hands the keyboard back to the list.
    connect(m_filterBar, &FilterBar::searchAccepted, this, [this] {
        m_table->setFocus();
        m_table->selectFirstIfNone();
    });

    // Views move as time passes: "Today 14:30" becomes "Overdue 1m" without a refresh.
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, [this] {
        m_table->refreshTimes();
        updateSyncStatus();
    });
    tick->start();

    m_table->viewport()->installEventFilter(this);
    // The keyboard starts in the list: the rep's first key works on the first task.
    m_table->setFocus();
    resize(1280, 780);
    restoreState();
    onTasksReset();
}

MainWindow::~MainWindow()
{
    // The widgets outlive this body; they must not ask a half-destroyed window for row marks.
    m_table->setMarkSource({});
    m_table->setModel(nullptr);
}

void MainWindow::wireActions()
{
    const auto on = [this](Id id, auto &&slot) {
        connect(m_registry->action(id), &QAction::triggered, this, slot);
    };
    on(Id::MarkDone, [this] { markDone(); });
    on(Id::Dismiss, [this] { dismiss(); });
    on(Id::Reopen, [this] { m_actions->reopen(m_table->selectedIds()); });
    on(Id::Reschedule, [this] { openReschedule(); });
    on(Id::RescheduleNextMorning, [this] { rescheduleNextMorning(); });
    on(Id::SpreadOverDays, [this] { m_backlog->open(m_table->selectedIds()); });
    on(Id::Undo,
       [this] { m_sessions->inSession() ? m_sessions->undo() : (void)m_actions->undo(); });
    on(Id::RetryChange, [this] {
        for (qint64 id : m_table->selectedIds())
            m_sync->retryFailed(id);
    });
    on(Id::DiscardChange, [this] {
        for (qint64 id : m_table->selectedIds())
            m_sync->discardFailed(id);
    });
    on(Id::Refresh, [this] { m_sync->refresh(); });
    on(Id::Find, [this] { m_filterBar->focusSearch(); });
    // Esc in the search clears it and goes back to the list.
    on(Id::LeaveSearch, [this] {
        m_filterBar->clearSearch();
        m_table->setFocus();
    });
    on(Id::NextTask, [this] { m_table->moveSelection(1); });
    on(Id::PreviousTask, [this] { m_table->moveSelection(-1); });
    for (int v = 0; v < TaskViewCount; ++v) {
        const auto view = static_cast<TaskView>(v);
        connect(m_registry->viewAction(view), &QAction::triggered, this,
                [this, view] { m_filterBar->chooseView(view); });
    }
    on(Id::Settings, [this] { emit settingsRequested(); });
    on(Id::CallingSettings, [this] { emit callingSettingsRequested(); });
    on(Id::CoverTeammate, [this] { emit coverTeammateRequested(); });
    on(Id::Preferences, [this] { emit preferencesRequested(); });
    on(Id::DayLog, [this] { m_dayLog->openDialog(); });
    on(Id::ExportDayLog, [this] { m_dayLog->exportCsv(); });
    on(Id::Quit, [this] { quit(); });
    connect(m_actions, &TaskActions::undoAvailable, m_registry, &ActionRegistry::setUndoAvailable);
}

CallSession *MainWindow::callSession() const
{
    return m_sessions->session();
}

SessionView *MainWindow::sessionView() const
{
    return m_sessions->view();
}

void MainWindow::setCallCatalog(CallCatalog *catalog)
{
    m_sessions->setCatalog(catalog);
    fetchScripts();
}

void MainWindow::fetchScripts()
{
    QList<qint64> flows;
    const TaskList &tasks = m_sync->tasks();
    for (qsizetype i = 0; i < tasks.size(); ++i)
        if (tasks.keysAt(i).hasFlow)
            flows.append(tasks.keysAt(i).flowId);
    callSession()->fetchFlows(flows);
}

void MainWindow::updateScript()
{
    const std::optional<Task> task = currentTask();
    if (!task || !task->flow) {
        m_details->flowPanel()->setScript({}, {}, {});
        return;
    }
    const CallCardData card = callSession()->cardOf(task->id, false);
    m_details->flowPanel()->setScript(card.flowLine, card.script, card.scriptNote);
}

void MainWindow::setCallSettings(const CallSettings &settings)
{
    m_sessions->setSettings(settings);
    m_backlog->setHours(settings.hours);
    m_table->taskModel()->setCallingHours(settings.hours, m_clock.timeZone());
    m_table->taskModel()->setFlowExpiry(settings.expiry());
    m_expiryGuard->setExpiry(settings.expiry());
}

void MainWindow::wireSync()
{
    connect(m_sync, &SyncEngine::tasksReset, this, &MainWindow::onTasksReset);
    connect(m_sync, &SyncEngine::tasksRefreshed, this, &MainWindow::onTasksRefreshed);
    // A large refresh's changed rows arrive a slice at a time: the counts follow the last.
    connect(m_table->taskModel(), &TaskListModel::pendingRowsApplied, m_filterBar,
            &FilterBar::updateCounts);
    connect(m_sync, &SyncEngine::taskChanged, this, &MainWindow::onTaskChanged);
    connect(m_sync, &SyncEngine::stateChanged, this, &MainWindow::updateSyncStatus);
    connect(m_sync, &SyncEngine::refreshSucceeded, this, [this] {
        showError({});
        updateSyncStatus();
    });
    connect(m_sync, &SyncEngine::refreshFailed, this,
            [this](const ApiError &error) { showError(error.fullMessage()); });
    connect(m_sync, &SyncEngine::changeFailed, this,
            [this](qint64, const ApiError &error) { showError(error.fullMessage()); });
    connect(m_sync, &SyncEngine::notice, this, [this](const QString &text) { showError(text); });
    connect(m_sync, &SyncEngine::changeNotSaved, this, [this](const QString &text) {
        showError(text);
        showNotice(tr("Not saved"), false);
    });
    connect(m_sync, &SyncEngine::storeWarning, this,
            [this](const QString &text) { showError(text); });
    connect(m_actions, &TaskActions::done, this, &MainWindow::showNotice);
    connect(m_quit, &QuitGuard::waitingToQuit, this,
            [this](const QString &notice) { showNotice(notice, false); });
}

void MainWindow::onTasksReset()
{
    // A refresh must not cost the rep their place: the selected rows, the current row and the
    // scroll position (the task at the top of the list) survive it.
    const TaskTable::Place place = m_table->place();
    m_table->setTasks(m_sync->tasks());
    m_filterBar->updateFlowsFromModel();
    // The flows' scripts come over the network: at start, asked for once the list is on screen.
    if (m_listPainted || !isVisible())
        fetchScripts();
    else
        connect(this, &MainWindow::listPainted, this, &MainWindow::fetchScripts,
                static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::UniqueConnection |
                                                Qt::SingleShotConnection));
    m_table->restorePlace(place);
    onCurrentChanged();
    m_filterBar->updateCounts();
    updateSyncStatus();
}

void MainWindow::onTasksRefreshed(const TaskDiff &diff)
{
    // Only the rows the refresh changed move, so the rep's place stays by itself.
    const qint64 current = m_table->currentTaskId();
    m_table->applyDiff(m_sync->tasks(), diff);
    m_filterBar->updateFlows(m_sync->tasks());
    fetchScripts();
    const auto touches = [current](const QList<TaskDiff::Row> &rows) {
        return std::any_of(rows.cbegin(), rows.cend(),
                           [current](const TaskDiff::Row &r) { return r.task->id == current; });
    };
    updateActionStates();
    // The panels refill on the next turn of the event loop: the rows the refresh moved are
    // painted first, and a key the rep pressed meanwhile is not held behind both.
    if (m_table->currentTaskId() != current || touches(diff.changed) || touches(diff.added))
        m_detailsTimer->start();
    m_filterBar->updateCounts();
    updateSyncStatus();
}

void MainWindow::onTaskChanged(qint64 taskId)
{
    if (const std::optional<Task> task = m_sync->task(taskId))
        m_table->updateTask(*task);
    if (m_table->currentTaskId() == taskId && currentTask())
        onCurrentChanged();
    m_filterBar->updateCounts();
    updateActionStates();
    updateSyncStatus();
}

void MainWindow::onCurrentChanged()
{
    updateActionStates();
    // The first time, the panels wait for the list's first paint (in a window on screen), so the
    // list shows first: at start-up the rows are on screen before the panels lay out their
    // wrapped, selectable text, the costliest layout in the window (some 15 ms). From then on
    // they follow at once (a reader asks about them as soon as the row moves).
    if (!m_detailsShown) {
        m_detailsTimer->start();
        return;
    }
    showCurrentDetails();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && !m_listPainted) {
        m_listPainted = true;
        m_table->viewport()->removeEventFilter(this);
        if (!m_detailsShown)
            m_detailsTimer->start(); // after this paint is on screen
        emit listPainted();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showCurrentDetails()
{
    m_detailsTimer->stop();
    const std::optional<Task> task = currentTask();
    m_detailsShown = m_detailsShown || task.has_value();
    m_details->setTask(task);
    contactPanel()->sameContactList()->setOthers(task ? SameContact::others(m_sync->tasks(), *task)
                                                      : QList<Task>(),
                                                 m_clock.now(), m_clock.timeZone());
    updateScript();
    m_details->announce();
}

std::optional<Task> MainWindow::currentTask() const
{
    const qint64 id = m_table->currentTaskId();
    return id == 0 ? std::nullopt : m_sync->task(id);
}

void MainWindow::updateActionStates()
{
    ActionRegistry::Selection selection;
    for (qint64 id : m_table->selectedIds()) {
        const std::optional<Task> t = m_sync->task(id);
        if (!t)
            continue;
        (t->status == TaskStatus::Open ? selection.anyOpen : selection.anyClosed) = true;
        selection.anyHeld = selection.anyHeld || m_sync->mark(id).failed;
    }
    m_registry->setSelection(selection);
}

void MainWindow::updateSyncStatus()
{
    m_messages->showSync(SyncSummary::of(*m_sync), m_clock.timeZone());
    m_quit->waitingChanged(m_sync->waitingCount());
}

void MainWindow::markDone()
{
    // A change the disk did not take was not made: the selection stays on it.
    const QList<qint64> ids = m_table->selectedIds();
    if (m_actions->markDone(ids))
        m_table->advanceAfter(ids);
}

void MainWindow::dismiss()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (m_actions->dismiss(ids))
        m_table->advanceAfter(ids);
}

void MainWindow::openReschedule()
{
    const std::optional<Task> task = currentTask();
    if (!task || m_rescheduleDialog)
        return;
    const QList<qint64> ids = m_table->selectedIds();
    m_rescheduleDialog = new RescheduleDialog(m_clock, *task, this);
    m_rescheduleDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rescheduleDialog, &QDialog::accepted, this, [this, ids] {
        const QDateTime due = m_rescheduleDialog->chosenUtc();
        if (m_expiryGuard->mayMove(ids, due))
            m_actions->reschedule(ids, due);
    });
    // Back to the list either way, so the next key works on the next task.
    connect(m_rescheduleDialog, &QDialog::finished, this, [this] {
        activateWindow();
        m_table->setFocus();
    });
    // open(): window-modal without a nested event loop, so tests and the sync keep running.
    m_rescheduleDialog->open();
}

void MainWindow::rescheduleNextMorning()
{
    const QList<qint64> ids = m_table->selectedIds();
    const QDateTime due = ReschedulePresets::nextBusinessMorning(m_clock.now(), m_clock.timeZone());
    if (m_expiryGuard->mayMove(ids, due))
        m_actions->reschedule(ids, due);
}

void MainWindow::restoreState()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
    m_table->header()->restoreState(
        m_settings->value(QStringLiteral("window/columns2")).toByteArray());
}

void MainWindow::saveState()
{
    if (!m_settings)
        return;
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_settings->setValue(QStringLiteral("window/columns2"), m_table->header()->saveState());
}

void MainWindow::showAndRaise()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::dialTask(qint64 taskId)
{
    showAndRaise();
    if (m_sessions->inSession() || !m_sync->task(taskId))
        return;
    if (const QModelIndex at = m_table->proxyIndexOf(taskId); at.isValid())
        m_table->setCurrentIndex(at);
    m_sessions->dialFromList(taskId);
}

void MainWindow::quit()
{
    // After "wait, then quit" QuitGuard closes the window itself once Gong has everything;
    // cancelled, the next close may go to the tray again.
    m_quitting = true;
    close();
    m_quitting = false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // To the tray: nothing is lost, the engine keeps sending. Not when the session ends, nor
    // when the tray went away since (a panel that crashed): a hidden window could not come back.
    if (m_closeToTray && (!m_trayThere || m_trayThere()) && !m_quitting &&
        !m_quit->isWaitingToQuit() && !qApp->isSavingSession()) {
        saveState();
        hide();
        event->ignore();
        return;
    }
    if (!m_quit->mayClose(m_sync->waitingCount())) {
        event->ignore();
        return;
    }
    saveState();
    QMainWindow::closeEvent(event);
    emit closedForGood();
}

} // namespace engage
