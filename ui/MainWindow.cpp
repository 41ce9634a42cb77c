#include "ui/MainWindow.h"

#include "core/ReschedulePresets.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "ui/ContactPanel.h"
#include "ui/FlowPanel.h"
#include "ui/OpportunityPanel.h"
#include "ui/RescheduleDialog.h"
#include "ui/ShortcutsDialog.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace engage {

namespace {
QAction *makeAction(QObject *parent, const QString &text, const QList<QKeySequence> &keys,
                    const QString &tip = {})
{
    auto *action = new QAction(text, parent);
    action->setShortcuts(keys);
    // Single-letter keys belong to the list; text fields keep them for typing.
    action->setShortcutContext(Qt::WindowShortcut);
    const QString shortcut =
        keys.isEmpty() ? QString() : keys.first().toString(QKeySequence::NativeText);
    action->setToolTip(shortcut.isEmpty()
                           ? (tip.isEmpty() ? text : tip)
                           : QStringLiteral("%1 (%2)").arg(tip.isEmpty() ? text : tip, shortcut));
    return action;
}
} // namespace

MainWindow::MainWindow(SyncEngine *sync, TaskActions *actions, const Clock &clock,
                       QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_sync(sync)
    , m_actions(actions)
    , m_clock(clock)
    , m_settings(settings)
    , m_model(new TaskListModel(clock, this))
    , m_proxy(new TaskFilterProxy(clock, this))
    , m_view(new QTreeView)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_contactPanel(new ContactPanel(clock))
    , m_flowPanel(new FlowPanel(clock))
    , m_opportunityPanel(new OpportunityPanel)
    , m_errorBar(new QWidget)
    , m_errorText(new QLabel)
    , m_search(new QLineEdit)
    , m_typeFilter(new QComboBox)
    , m_flowFilter(new QComboBox)
    , m_viewButtons(new QButtonGroup(this))
    , m_notice(new QLabel)
    , m_noticeUndo(new QToolButton)
    , m_syncStatus(new QLabel)
    , m_offlineBanner(new QLabel)
{
    setWindowTitle(QStringLiteral("Engage Tasks"));
    setObjectName(QStringLiteral("mainWindow"));
    m_model->setMarkProvider([this](qint64 id) {
        const SyncEngine::Mark mark = m_sync->mark(id);
        if (mark.conflict)
            return TaskListModel::RowMark{TaskListModel::SyncMark::Conflict, mark.failure};
        if (mark.failed)
            return TaskListModel::RowMark{TaskListModel::SyncMark::Failed, mark.failure};
        if (mark.pending)
            return TaskListModel::RowMark{TaskListModel::SyncMark::Pending, {}};
        return TaskListModel::RowMark{};
    });
    m_proxy->setTaskModel(m_model);

    m_view->setObjectName(QStringLiteral("taskView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskListModel::DueColumn, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    // A little air between rows: 80 calls a day are read from this list.
    m_view->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(TaskListModel::DueColumn, 130);
    m_view->setColumnWidth(TaskListModel::ContactColumn, 150);
    m_view->setColumnWidth(TaskListModel::CompanyColumn, 160);
    m_view->setColumnWidth(TaskListModel::WhatColumn, 230);
    m_view->setColumnWidth(TaskListModel::TypeColumn, 64);

    // The error bar: plain text, selectable, with a copy button for the requestId.
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    m_errorBar->setAutoFillBackground(true);
    m_errorBar->setStyleSheet(
        QStringLiteral("#errorBar { background: #fdecea; border-bottom: 1px solid #f5c6cb; } "
                       "#errorBar QLabel { color: #611a15; }"));
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copyError = new QToolButton;
    copyError->setText(QStringLiteral("Copy"));
    copyError->setAutoRaise(true);
    connect(copyError, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_errorText->text()); });
    auto *closeError = new QToolButton;
    closeError->setText(QStringLiteral("✕"));
    closeError->setAutoRaise(true);
    closeError->setToolTip(QStringLiteral("Hide"));
    connect(closeError, &QToolButton::clicked, m_errorBar, &QWidget::hide);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(10, 6, 6, 6);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(copyError);
    errorLayout->addWidget(closeError);
    m_errorBar->hide();

    // The detail side: the three panels, scrollable when the window is short.
    auto *details = new QWidget;
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(12, 8, 12, 8);
    detailLayout->setSpacing(14);
    detailLayout->addWidget(m_contactPanel);
    detailLayout->addWidget(m_flowPanel);
    detailLayout->addWidget(m_opportunityPanel);
    detailLayout->addStretch(1);
    auto *detailScroll = new QScrollArea;
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setWidget(details);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setMinimumWidth(320);

    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(buildFilterBar());
    listLayout->addWidget(m_errorBar);
    // Out of reach: say so plainly, with how much is waiting; it goes by itself.
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setTextFormat(Qt::PlainText);
    m_offlineBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px 10px; "
                       "border-bottom: 1px solid #ffd8a8; }"));
    m_offlineBanner->hide();
    listLayout->addWidget(m_offlineBanner);
    listLayout->addWidget(m_view, 1);

    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({880, 400});
    setCentralWidget(m_splitter);

    buildActions();
    buildMenus();

    // Status bar: the notice after an action (with Undo), then the sync state.
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_noticeUndo->setText(QStringLiteral("Undo"));
    m_noticeUndo->setAutoRaise(true);
    m_noticeUndo->hide();
    connect(m_noticeUndo, &QToolButton::clicked, m_undoAction, &QAction::trigger);
    m_syncStatus->setTextFormat(Qt::PlainText);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_notice);
    statusBar()->addWidget(m_noticeUndo);
    statusBar()->addPermanentWidget(m_syncStatus);

    connect(m_sync, &SyncEngine::tasksReset, this, &MainWindow::onTasksReset);
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
    connect(m_actions, &TaskActions::undoAvailable, m_undoAction, &QAction::setEnabled);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActionStates);
    connect(m_proxy, &TaskFilterProxy::criteriaChanged, this, &MainWindow::updateCounts);

    // Views move as time passes: "Today 14:30" becomes "Overdue 1m" without a refresh.
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, [this] {
        m_proxy->refreshReference();
        m_view->viewport()->update();
        updateSyncStatus();
    });
    tick->start();

    // The keyboard starts in the list: the rep's first key works on the first task.
    m_view->setFocus();
    resize(1280, 780);
    restoreState();
    onTasksReset();
}

MainWindow::~MainWindow()
{
    // The widgets outlive this body; they must not ask a half-destroyed window for row marks.
    m_model->setMarkProvider({});
    m_view->setModel(nullptr);
}

QWidget *MainWindow::buildFilterBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    for (int v = 0; v < TaskViewCount; ++v) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("view%1").arg(viewName(static_cast<TaskView>(v))));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_viewButtons->addButton(button, v);
        layout->addWidget(button);
    }
    m_viewButtons->button(static_cast<int>(TaskView::Due))->setChecked(true);
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) {
        m_proxy->setView(static_cast<TaskView>(id));
        if (id < m_viewActions.size())
            m_viewActions.at(id)->setChecked(true);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    layout->addSpacing(12);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(QStringLiteral("Search contacts, companies, flows…  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TaskFilterProxy::setSearchText);
    // Return or Esc from the search hands the keyboard back to the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    layout->addWidget(m_search, 1);

    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(QStringLiteral("All types"));
    m_typeFilter->addItem(QStringLiteral("Flow"), static_cast<int>(TaskType::Flow));
    m_typeFilter->addItem(QStringLiteral("Manual"), static_cast<int>(TaskType::Manual));
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant data = m_typeFilter->itemData(index);
        m_proxy->setTypeFilter(data.isValid()
                                   ? std::optional<TaskType>(static_cast<TaskType>(data.toInt()))
                                   : std::nullopt);
    });
    layout->addWidget(m_typeFilter);

    m_flowFilter->setObjectName(QStringLiteral("flowFilter"));
    m_flowFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_flowFilter->addItem(QStringLiteral("All flows"));
    connect(m_flowFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant data = m_flowFilter->itemData(index);
        m_proxy->setFlowFilter(data.isValid() ? std::optional<qint64>(data.toLongLong())
                                              : std::nullopt);
    });
    layout->addWidget(m_flowFilter);
    return bar;
}

void MainWindow::buildActions()
{
    const QStyle *s = style();
    m_doneAction = makeAction(this, QStringLiteral("Mark &Done"),
                              {QKeySequence(Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_Return)},
                              QStringLiteral("Mark the selected tasks done"));
    m_doneAction->setIcon(s->standardIcon(QStyle::SP_DialogApplyButton));
    connect(m_doneAction, &QAction::triggered, this, &MainWindow::markDone);

    m_dismissAction = makeAction(this, QStringLiteral("D&ismiss"), {QKeySequence(Qt::Key_Delete)},
                                 QStringLiteral("Dismiss the selected tasks"));
    m_dismissAction->setIcon(s->standardIcon(QStyle::SP_DialogDiscardButton));
    connect(m_dismissAction, &QAction::triggered, this, &MainWindow::dismiss);

    m_reopenAction =
        makeAction(this, QStringLiteral("Re&open"), {QKeySequence(Qt::SHIFT | Qt::Key_O)},
                   QStringLiteral("Reopen the selected tasks"));
    connect(m_reopenAction, &QAction::triggered, this, &MainWindow::reopen);

    m_rescheduleAction = makeAction(this, QStringLiteral("&Reschedule…"), {QKeySequence(Qt::Key_R)},
                                    QStringLiteral("Pick a new due date"));
    m_rescheduleAction->setIcon(QIcon::fromTheme(QStringLiteral("appointment-new")));
    connect(m_rescheduleAction, &QAction::triggered, this, &MainWindow::openReschedule);

    m_rescheduleMorningAction =
        makeAction(this, QStringLiteral("Reschedule to Next Business &Morning"),
                   {QKeySequence(Qt::SHIFT | Qt::Key_R)});
    connect(m_rescheduleMorningAction, &QAction::triggered, this,
            &MainWindow::rescheduleNextMorning);

    m_undoAction = makeAction(this, QStringLiteral("&Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)},
                              QStringLiteral("Undo the last change"));
    m_undoAction->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_actions, &TaskActions::undo);

    m_retryAction = makeAction(this, QStringLiteral("Send My Change Again (&Keep Mine)"), {},
                               QStringLiteral("Send the held change to Gong again"));
    connect(m_retryAction, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds())
            m_sync->retryFailed(id);
    });
    m_discardAction = makeAction(this, QStringLiteral("Discard My Change (&Take Gong's)"), {},
                                 QStringLiteral("Drop the held change and show Gong's version"));
    connect(m_discardAction, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds())
            m_sync->discardFailed(id);
    });

    m_refreshAction = makeAction(this, QStringLiteral("&Refresh"),
                                 {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)},
                                 QStringLiteral("Fetch the task list from Gong"));
    m_refreshAction->setIcon(s->standardIcon(QStyle::SP_BrowserReload));
    connect(m_refreshAction, &QAction::triggered, m_sync, &SyncEngine::refresh);

    m_searchAction = makeAction(this, QStringLiteral("&Find…"),
                                {QKeySequence(Qt::Key_Slash), QKeySequence(Qt::CTRL | Qt::Key_F)});
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Esc in the search clears it and goes back to the list.
    auto *leaveSearch = new QAction(m_search);
    leaveSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    leaveSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(leaveSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        m_view->setFocus();
    });
    m_search->addAction(leaveSearch);

    m_nextAction = makeAction(this, QStringLiteral("&Next Task"), {QKeySequence(Qt::Key_J)});
    connect(m_nextAction, &QAction::triggered, this, [this] { moveSelection(1); });
    m_previousAction =
        makeAction(this, QStringLiteral("&Previous Task"), {QKeySequence(Qt::Key_K)});
    connect(m_previousAction, &QAction::triggered, this, [this] { moveSelection(-1); });

    auto *viewGroup = new QActionGroup(this);
    for (int v = 0; v < TaskViewCount; ++v) {
        auto *a = makeAction(this, viewName(static_cast<TaskView>(v)),
                             {QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + v))});
        a->setCheckable(true);
        a->setChecked(v == static_cast<int>(TaskView::Due));
        viewGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, v] { m_viewButtons->button(v)->click(); });
        m_viewActions.append(a);
    }

    m_shortcutsAction = makeAction(this, QStringLiteral("&Keyboard Shortcuts"),
                                   {QKeySequence(Qt::Key_Question), QKeySequence(Qt::Key_F1)});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_settingsAction =
        makeAction(this, QStringLiteral("&Settings…"), {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                   QStringLiteral("Gong connection and credentials"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_aboutAction = makeAction(this, QStringLiteral("&About Engage Tasks"), {});
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_quitAction = makeAction(this, QStringLiteral("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Shortcuts live on the window, so they work wherever focus is (but in text fields).
    addActions({m_doneAction, m_dismissAction, m_reopenAction, m_rescheduleAction,
                m_rescheduleMorningAction, m_undoAction, m_refreshAction, m_searchAction,
                m_nextAction, m_previousAction, m_shortcutsAction, m_settingsAction, m_quitAction});
    addActions(m_viewActions);

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_view->addActions({m_doneAction, m_dismissAction, m_rescheduleAction,
                        m_rescheduleMorningAction, separator, m_reopenAction, separator2,
                        m_retryAction, m_discardAction});

    auto *toolbar = addToolBar(QStringLiteral("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_doneAction);
    toolbar->addAction(m_dismissAction);
    toolbar->addAction(m_rescheduleAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(QStringLiteral("&Edit"));
    edit->addAction(m_undoAction);
    edit->addSeparator();
    edit->addAction(m_searchAction);

    QMenu *view = menuBar()->addMenu(QStringLiteral("&View"));
    view->addActions(m_viewActions);
    view->addSeparator();
    view->addAction(m_nextAction);
    view->addAction(m_previousAction);
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *task = menuBar()->addMenu(QStringLiteral("&Task"));
    task->addAction(m_doneAction);
    task->addAction(m_dismissAction);
    task->addAction(m_rescheduleAction);
    task->addAction(m_rescheduleMorningAction);
    task->addSeparator();
    task->addAction(m_reopenAction);
    task->addSeparator();
    task->addAction(m_retryAction);
    task->addAction(m_discardAction);

    QMenu *help = menuBar()->addMenu(QStringLiteral("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);
}

void MainWindow::onTasksReset()
{
    // A refresh must not cost the rep their place: the selected rows, the current row and the
    // scroll position (the task at the top of the list) survive it.
    const std::optional<Task> current = currentTask();
    QList<qint64> selected;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        selected.append(index.data(TaskListModel::TaskIdRole).toLongLong());
    const QModelIndex top = m_view->indexAt(QPoint(0, 0));
    const qint64 topId = top.isValid() ? top.data(TaskListModel::TaskIdRole).toLongLong() : 0;
    const int scroll = m_view->verticalScrollBar()->value();
    const int currentRow = std::max(m_view->currentIndex().row(), 0);

    m_model->setTasks(m_sync->tasks());
    m_proxy->refreshReference();
    updateFlowFilter();

    QItemSelection selection;
    for (qint64 id : std::as_const(selected)) {
        const QModelIndex index = proxyIndexOf(id);
        if (index.isValid())
            selection.select(index, index);
    }
    if (!selection.isEmpty())
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    // The current row, or where it was when it left the list: never at the cost of the
    // selection (setCurrentIndex() alone would clear it).
    QModelIndex currentIndex = current ? proxyIndexOf(current->id) : QModelIndex();
    if (!currentIndex.isValid() && m_proxy->rowCount() > 0)
        currentIndex = m_proxy->index(std::clamp(currentRow, 0, m_proxy->rowCount() - 1), 0);
    if (currentIndex.isValid())
        m_view->selectionModel()->setCurrentIndex(
            currentIndex, selection.isEmpty()
                              ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                              : QItemSelectionModel::NoUpdate);
    if (const QModelIndex index = proxyIndexOf(topId); index.isValid())
        m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    else
        m_view->verticalScrollBar()->setValue(scroll);
    onCurrentChanged();
    updateCounts();
    updateSyncStatus();
}

void MainWindow::onTaskChanged(qint64 taskId)
{
    if (const std::optional<Task> task = m_sync->task(taskId))
        m_model->updateTask(*task);
    const std::optional<Task> current = currentTask();
    if (current && current->id == taskId)
        onCurrentChanged();
    updateCounts();
    updateActionStates();
    updateSyncStatus();
}

void MainWindow::onCurrentChanged()
{
    const std::optional<Task> task = currentTask();
    m_contactPanel->setTask(task);
    m_flowPanel->setTask(task);
    m_opportunityPanel->setTask(task);
    updateActionStates();
}

void MainWindow::updateCounts()
{
    const auto counts = m_proxy->viewCounts();
    for (int v = 0; v < TaskViewCount; ++v) {
        m_viewButtons->button(v)->setText(QStringLiteral("%1  %2")
                                              .arg(viewName(static_cast<TaskView>(v)))
                                              .arg(counts[static_cast<size_t>(v)]));
    }
}

QString MainWindow::viewButtonText(TaskView view) const
{
    return m_viewButtons->button(static_cast<int>(view))->text();
}

void MainWindow::updateFlowFilter()
{
    QMap<QString, qint64> flows;
    for (const Task &t : m_sync->tasks()) {
        if (t.flow && t.flow->id != 0)
            flows.insert(t.flow->name.isEmpty() ? QStringLiteral("Flow %1").arg(t.flow->id)
                                                : t.flow->name,
                         t.flow->id);
    }
    const QVariant selected = m_flowFilter->currentData();
    const QSignalBlocker blocker(m_flowFilter);
    m_flowFilter->clear();
    m_flowFilter->addItem(QStringLiteral("All flows"));
    for (auto it = flows.cbegin(); it != flows.cend(); ++it)
        m_flowFilter->addItem(it.key(), it.value());
    const int index = selected.isValid() ? m_flowFilter->findData(selected) : 0;
    m_flowFilter->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_proxy->setFlowFilter(std::nullopt);
}

void MainWindow::updateActionStates()
{
    const QList<qint64> ids = selectedIds();
    bool anyOpen = false, anyClosed = false, anyFailed = false;
    for (qint64 id : ids) {
        const std::optional<Task> t = m_sync->task(id);
        if (!t)
            continue;
        (t->status == TaskStatus::Open ? anyOpen : anyClosed) = true;
        anyFailed = anyFailed || m_sync->mark(id).failed;
    }
    m_doneAction->setEnabled(anyOpen);
    m_dismissAction->setEnabled(anyOpen);
    m_rescheduleAction->setEnabled(anyOpen);
    m_rescheduleMorningAction->setEnabled(anyOpen);
    m_reopenAction->setEnabled(anyClosed);
    m_retryAction->setEnabled(anyFailed);
    m_discardAction->setEnabled(anyFailed);
}

QString MainWindow::syncStatusText() const
{
    return m_syncStatus->text();
}

void MainWindow::updateSyncStatus()
{
    const int waiting = m_sync->waitingCount();
    QString state;
    switch (m_sync->state()) {
    case SyncEngine::State::NotConnected:
        state = waiting == 0 ? tr("Not connected to Gong")
                             : tr("Not connected to Gong · %1 to send").arg(waiting);
        break;
    case SyncEngine::State::Synced:
        state = tr("✓ Synced");
        break;
    case SyncEngine::State::Sending:
        state = QStringLiteral("Sending %1").arg(waiting);
        break;
    case SyncEngine::State::Waiting:
        state = QStringLiteral("Waiting · %1 to send").arg(waiting);
        break;
    case SyncEngine::State::Offline:
        state = waiting == 0   ? tr("Offline")
                : waiting == 1 ? tr("Offline — 1 change waiting")
                               : tr("Offline — %1 changes waiting").arg(waiting);
        break;
    case SyncEngine::State::Paused:
        state = QStringLiteral("Paused: check your credentials (Ctrl+,)");
        break;
    }
    const QDateTime at = m_sync->lastRefreshed();
    const QString asOf =
        at.isValid() ? QStringLiteral(" · as of %1")
                           .arg(at.toTimeZone(m_clock.timeZone()).toString(QStringLiteral("HH:mm")))
                     : QString();
    const int calls = m_sync->callsToday();
    const bool offline = m_sync->state() == SyncEngine::State::Offline;
    m_offlineBanner->setVisible(offline);
    if (offline) {
        // A portal or a wrong address answers, but not as Gong: "cannot be reached" would lie.
        const QString what = m_sync->answeredByNotGong()
                                 ? tr("The server at this address is not Gong's API")
                                 : tr("Offline — Gong cannot be reached");
        m_offlineBanner->setText(
            waiting == 0 ? tr("%1; trying again by itself.").arg(what)
            : waiting == 1
                ? tr("%1 · 1 change waiting; it is saved and will be sent by itself.").arg(what)
                : tr("%1 · %2 changes waiting; they are saved and will be sent by themselves.")
                      .arg(what)
                      .arg(waiting));
    }
    if (m_quitWhenSent && waiting == 0)
        QTimer::singleShot(0, this, &QWidget::close);
    m_syncStatus->setText(QStringLiteral("%1%2 · %3 call%4 to Gong today")
                              .arg(state, asOf)
                              .arg(calls)
                              .arg(calls == 1 ? QString() : QStringLiteral("s")));
}

QString MainWindow::errorText() const
{
    return m_errorBar->isHidden() ? QString() : m_errorText->text();
}

void MainWindow::showError(const QString &message)
{
    m_errorText->setText(message);
    m_errorBar->setVisible(!message.isEmpty());
}

void MainWindow::showNotice(const QString &text, bool undoable)
{
    m_notice->setText(text);
    m_noticeUndo->setVisible(undoable);
    m_noticeUndo->setToolTip(m_undoAction->toolTip());
}

QString MainWindow::noticeText() const
{
    return m_notice->text();
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<QModelIndex> sorted(rows.cbegin(), rows.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : sorted)
        ids.append(index.data(TaskListModel::TaskIdRole).toLongLong());
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids.append(m_view->currentIndex().data(TaskListModel::TaskIdRole).toLongLong());
    return ids;
}

std::optional<Task> MainWindow::currentTask() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_sync->task(index.data(TaskListModel::TaskIdRole).toLongLong());
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    m_view->setCurrentIndex(m_proxy->index(row, 0));
    m_view->setFocus();
}

QModelIndex MainWindow::proxyIndexOf(qint64 taskId) const
{
    const int sourceRow = taskId == 0 ? -1 : m_model->rowOf(taskId);
    if (sourceRow < 0)
        return {};
    return m_proxy->mapFromSource(m_model->index(sourceRow, 0));
}

void MainWindow::selectTask(qint64 taskId)
{
    const QModelIndex index = proxyIndexOf(taskId);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void MainWindow::advanceAfter(const QList<qint64> &ids)
{
    int last = -1;
    for (qint64 id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        last = std::max(last, index.row());
    }
    // The next row that is still open; closed rows stay visible until the next refresh.
    for (int row = last + 1; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(TaskListModel::TaskRole).value<Task>().status == TaskStatus::Open) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

void MainWindow::markDone()
{
    // A change the disk did not take was not made: the selection stays on it.
    const QList<qint64> ids = selectedIds();
    if (m_actions->markDone(ids))
        advanceAfter(ids);
}

void MainWindow::dismiss()
{
    const QList<qint64> ids = selectedIds();
    if (m_actions->dismiss(ids))
        advanceAfter(ids);
}

void MainWindow::reopen()
{
    m_actions->reopen(selectedIds());
}

void MainWindow::openReschedule()
{
    const std::optional<Task> task = currentTask();
    if (!task || m_rescheduleDialog)
        return;
    const QList<qint64> ids = selectedIds();
    m_rescheduleDialog = new RescheduleDialog(m_clock, *task, this);
    m_rescheduleDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rescheduleDialog, &QDialog::accepted, this,
            [this, ids] { m_actions->reschedule(ids, m_rescheduleDialog->chosenUtc()); });
    // Back to the list either way, so the next key works on the next task.
    connect(m_rescheduleDialog, &QDialog::finished, this, [this] {
        activateWindow();
        m_view->setFocus();
    });
    // open(): window-modal without a nested event loop, so tests and the sync keep running.
    m_rescheduleDialog->open();
}

void MainWindow::rescheduleNextMorning()
{
    m_actions->reschedule(
        selectedIds(), ReschedulePresets::nextBusinessMorning(m_clock.now(), m_clock.timeZone()));
}

void MainWindow::showShortcuts()
{
    QList<QAction *> all{
        m_doneAction,   m_dismissAction, m_rescheduleAction, m_rescheduleMorningAction,
        m_reopenAction, m_undoAction,    m_nextAction,       m_previousAction,
        m_searchAction, m_refreshAction, m_shortcutsAction,  m_settingsAction,
        m_quitAction};
    all.append(m_viewActions);
    auto *dialog = new ShortcutsDialog(all, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, QStringLiteral("About Engage Tasks"),
        QStringLiteral("<h3>Engage Tasks %1</h3>"
                       "<p>Work your Gong Engage call tasks from the keyboard: "
                       "mark done, dismiss, reschedule — and never lose a click.</p>"
                       "<p>Qt %2</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreState()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
    m_view->header()->restoreState(
        m_settings->value(QStringLiteral("window/columns")).toByteArray());
}

void MainWindow::saveState()
{
    if (!m_settings)
        return;
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_settings->setValue(QStringLiteral("window/columns"), m_view->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int waiting = m_sync->waitingCount();
    if (waiting > 0 && !m_quitWhenSent) {
        const QuitChoice choice = m_askQuit ? m_askQuit(waiting) : askQuit(waiting);
        if (choice == QuitChoice::Cancel) {
            event->ignore();
            return;
        }
        if (choice == QuitChoice::WaitThenQuit) {
            // The window closes by itself once Gong has everything (see updateSyncStatus).
            m_quitWhenSent = true;
            showNotice(QStringLiteral("Quitting once %1 change%2 reached Gong…")
                           .arg(waiting)
                           .arg(waiting == 1 ? QStringLiteral(" has") : QStringLiteral("s have")),
                       false);
            event->ignore();
            return;
        }
    }
    saveState();
    QMainWindow::closeEvent(event);
}

MainWindow::QuitChoice MainWindow::askQuit(int waiting)
{
    QMessageBox box(QMessageBox::Question, QStringLiteral("Changes not yet in Gong"),
                    QStringLiteral("%1 change%2 not reached Gong yet.")
                        .arg(waiting)
                        .arg(waiting == 1 ? QStringLiteral(" has") : QStringLiteral("s have")),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        QStringLiteral("They are saved on this computer either way, and are sent "
                       "the next time Engage Tasks starts."));
    QPushButton *wait = box.addButton(QStringLiteral("Wait, Then Quit"), QMessageBox::AcceptRole);
    QPushButton *now = box.addButton(QStringLiteral("Quit Now"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(wait);
    box.exec();
    if (box.clickedButton() == wait)
        return QuitChoice::WaitThenQuit;
    if (box.clickedButton() == now)
        return QuitChoice::QuitNow;
    return QuitChoice::Cancel;
}

} // namespace engage
