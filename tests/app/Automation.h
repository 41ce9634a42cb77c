#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace engage {

class SyncEngine;
class TaskActions;

// A line protocol on stdin/stdout for process-level tests (ENGAGE_AUTOMATION=1), so that a test
// can make changes through the same door the window uses, then kill the process at will.
// It prints "ready" once there is a task list to act on, then takes:
//   done ID | dismiss ID | reopen ID | reschedule ID ISO-8601  ->  "ok" once the journal holds it
//   waitsynced  ->  "synced" once every change has reached Gong
//   count  ->  "count N", the tasks in the list;  status  ->  the sync state, for diagnosis
//   quit  ->  ends at once, unsent changes kept in the journal (test_main answers the window's
//             "Changes not yet in Gong" question with "Quit now")
class Automation : public QObject
{
    Q_OBJECT
public:
    Automation(TaskActions *actions, SyncEngine *sync, QObject *parent = nullptr);

private:
    void readCommands();
    void handle(const QByteArray &line);
    void checkSynced();
    void announceReady();
    static void reply(const char *text);

    TaskActions *m_actions;
    SyncEngine *m_sync;
    QSocketNotifier *m_notifier;
    bool m_waitingForSync = false;
    bool m_ready = false;
    QList<QByteArray> m_queued;
};

} // namespace engage
