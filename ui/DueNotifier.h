#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>


namespace engage {

class DesktopNotifications;
class SyncEngine;
class TaskActions;
struct Task;

// Says "Call Anna Tester now" when a timed open task comes due (core's DueCalls::comingDue),
// once per task and due time: a refresh does not say it again, a task rescheduled to another
// time may. The notification's actions go where the window's keys go: Done and Snooze through
// TaskActions (journaled, sent to Gong), Call asks the window to dial (callRequested).
class DueNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int CheckIntervalMs = 15 * 1000;
    static constexpr qint64 SnoozeSecs = 10 * 60;

    DueNotifier(SyncEngine *sync, TaskActions *actions, DesktopNotifications *notifications,
                const Clock &clock, QObject *parent = nullptr);

    // Off: no new notifications (the ones shown keep their actions).
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    // Looks for calls coming due now; the timer and every change of the list call it.
    void check();

    // The words of a task's notification.
    QString summaryFor(const Task &task) const;
    QString bodyFor(const Task &task) const;

signals:
    // Call: show the window and dial this task, as C does.
    void callRequested(qint64 taskId);
    // A click on the notification's body: show the window.
    void showRequested();
    // A notification went to the server for this task (its server id; 0 when none was shown).
    void notified(qint64 taskId, uint notificationId);

private:
    void checkSoon();
    void onAction(uint id, const QString &key);

    SyncEngine *m_sync;
    TaskActions *m_actions;
    DesktopNotifications *m_notifications;
    const Clock &m_clock;
    QTimer *m_timer;
    bool m_enabled = true;
    QTimer m_soon;
    QSet<QPair<qint64, qint64>> m_told; // task id, due (ms since the epoch)
    // What each notification on screen is about: a task at the due time it announced.
    struct Shown {
        qint64 taskId = 0;
        qint64 dueMs = 0;
    };
    QHash<uint, Shown> m_taskOf; // notification id -> what it announced
    // A notification whose task was closed or moved (here or in Gong) no longer acts.
    bool stillAsAnnounced(const Shown &shown) const;
    void withdrawStale(qint64 taskId);
};

} // namespace engage
