#pragma once

#include "Clock.h"

#include <QMainWindow>

class QLabel;
class QTreeView;

namespace engage {

class SyncEngine;
class TaskFilterProxy;
class TaskListModel;
struct ApiError;

// The rep's window: the task list and what it needs to work it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SyncEngine *sync, const Clock &clock, QWidget *parent = nullptr);

    QTreeView *taskView() const { return m_view; }
    TaskListModel *taskModel() const { return m_model; }
    TaskFilterProxy *proxy() const { return m_proxy; }
    QLabel *errorBar() const { return m_errorBar; }

private:
    void onTasksReset();
    void onRefreshFailed(const ApiError &error);
    void updateStatus();

    SyncEngine *m_sync;
    const Clock &m_clock;
    TaskListModel *m_model;
    TaskFilterProxy *m_proxy;
    QTreeView *m_view;
    QLabel *m_errorBar;
    QLabel *m_status;
};

} // namespace engage
