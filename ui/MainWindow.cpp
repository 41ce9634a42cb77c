#include "MainWindow.h"

#include "SyncEngine.h"
#include "TaskFilterProxy.h"
#include "TaskListModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace engage {

MainWindow::MainWindow(SyncEngine *sync, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_sync(sync)
    , m_clock(clock)
    , m_model(new TaskListModel(clock, this))
    , m_proxy(new TaskFilterProxy(clock, this))
    , m_view(new QTreeView)
    , m_errorBar(new QLabel)
    , m_status(new QLabel)
{
    setWindowTitle(QStringLiteral("Engage Tasks"));
    m_proxy->setTaskModel(m_model);
    m_proxy->setView(TaskView::All);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(TaskListModel::DueColumn, 120);
    m_view->setColumnWidth(TaskListModel::ContactColumn, 170);
    m_view->setColumnWidth(TaskListModel::CompanyColumn, 170);
    m_view->setColumnWidth(TaskListModel::WhatColumn, 260);
    m_view->setColumnWidth(TaskListModel::TypeColumn, 70);

    m_errorBar->setTextFormat(Qt::PlainText);
    m_errorBar->setWordWrap(true);
    m_errorBar->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBar->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #611a15; padding: 6px; border-bottom: 1px solid #f5c6cb; }"));
    m_errorBar->hide();

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_view);
    setCentralWidget(central);

    auto *toolbar = addToolBar(QStringLiteral("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    auto *refresh = toolbar->addAction(QStringLiteral("Refresh"));
    refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    refresh->setToolTip(QStringLiteral("Refresh (F5)"));
    connect(refresh, &QAction::triggered, m_sync, &SyncEngine::refresh);

    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);

    connect(m_sync, &SyncEngine::tasksReset, this, &MainWindow::onTasksReset);
    connect(m_sync, &SyncEngine::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(m_sync, &SyncEngine::refreshStarted, this,
            [this] { m_status->setText(QStringLiteral("Refreshing…")); });
    resize(1100, 700);
    onTasksReset();
}

void MainWindow::onTasksReset()
{
    m_model->setTasks(m_sync->tasks());
    m_proxy->refreshReference();
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_errorBar->hide();
    updateStatus();
}

void MainWindow::onRefreshFailed(const ApiError &error)
{
    m_errorBar->setText(error.fullMessage());
    m_errorBar->show();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QDateTime at = m_sync->lastRefreshed();
    const int count = static_cast<int>(m_sync->tasks().size());
    m_status->setText(at.isValid()
                          ? QStringLiteral("%1 open call tasks · as of %2")
                                .arg(count)
                                .arg(at.toTimeZone(m_clock.timeZone()).toString(QStringLiteral("HH:mm")))
                          : QStringLiteral("Not yet loaded"));
}

} // namespace engage
