#pragma once

#include "core/CallingHours.h"
#include "core/Clock.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace engage {

class BacklogDialog;
class SyncEngine;
class TaskActions;

// Task › Spread Over Days (Ctrl+Shift+R): opens the planner over the selected open tasks and,
// on Return, sends its plan through TaskActions::rescheduleEach (one PATCH a task through the
// journal and the rate limiter, one undo for the batch). While the engine's queue drains, the
// notice counts the batch: "Rescheduled · sending 23 of 40".
class BacklogActions : public QObject
{
    Q_OBJECT
public:
    BacklogActions(SyncEngine *sync, TaskActions *actions, const Clock &clock, QWidget *window);

    void setHours(const CallingHoursSettings &hours) { m_hours = hours; }
    // The planner over the open ones among taskIds; nothing when none is open.
    void open(const QList<qint64> &taskIds);
    BacklogDialog *dialog() const;
    // The batch still being sent (empty once Gong has it all, or after another action).
    int sending() const { return static_cast<int>(m_batch.size()); }

signals:
    void notice(const QString &text, bool undoable);
    // The planner closed, applied or not: the keyboard goes back to the list.
    void dialogClosed();

private:
    void apply();
    void updateProgress();

    SyncEngine *m_sync;
    TaskActions *m_actions;
    const Clock &m_clock;
    QWidget *m_window;
    CallingHoursSettings m_hours;
    QPointer<BacklogDialog> m_dialog;
    QList<qint64> m_batch; // the tasks of the batch being sent
    QString m_shown;       // the progress line last shown
    bool m_applying = false;
};

} // namespace engage
