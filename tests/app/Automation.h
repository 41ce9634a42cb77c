#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace engage {

class MainWindow;
class SyncEngine;
class TaskActions;

// A line protocol on stdin/stdout for process-level tests (ENGAGE_AUTOMATION=1), so that a test
// can make changes through the same door the window uses, see what the rep sees, then kill the
// process at will. It prints "ready" once there is a task list to act on, then takes:
//   done ID | dismiss ID | reopen ID | reschedule ID ISO-8601  ->  "ok" once the journal holds
//             it, "notsaved" when TaskActions said the disk did not take it (nothing changed)
//   press-done ID  ->  selects the task's row in the window, as a click does, and presses the
//             window's Mark Done (the D key): "ok" or "notsaved" as above
//   waitsynced  ->  "synced" once every change has reached Gong
//   count  ->  "count N", the tasks in the list;  status  ->  the sync state, for diagnosis
//   task ID  ->  "task ID STATUS MARK": the row's status as the window shows it (OPEN, DONE,
//             DISMISSED) and its sync mark (clean, pending, failed, conflict)
//   screen  ->  "screen current=ID status=TEXT error=TEXT": the window's current row (0 for
//             none), its status bar's sync text and the error bar's text (empty when hidden);
//             backslash and line breaks escaped as \\, \n, \r. Answered before "ready" too.
//   quit  ->  ends at once, unsent changes kept in the journal (test_main answers the window's
//             "Changes not yet in Gong" question with "Quit now"). Answered before "ready" too.
class Automation : public QObject
{
    Q_OBJECT
public:
    Automation(TaskActions *actions, SyncEngine *sync, MainWindow *window,
               QObject *parent = nullptr);

private:
    void readCommands();
    void handle(const QByteArray &line);
    void checkSynced();
    void announceReady();
    QByteArray screen() const;
    QByteArray taskLine(qint64 id) const;
    QByteArray pressDone(qint64 id);
    static void reply(const QByteArray &text);

    TaskActions *m_actions;
    SyncEngine *m_sync;
    MainWindow *m_window;
    QSocketNotifier *m_notifier;
    bool m_waitingForSync = false;
    bool m_ready = false;
    QList<QByteArray> m_queued;
};

} // namespace engage
