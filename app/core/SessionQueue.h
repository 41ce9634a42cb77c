#pragma once

#include "core/CallingHours.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace engage {

class Clock;

// One task of a call session, with its contact's calling hours.
struct SessionTask {
    qint64 taskId = 0;
    CallingHours hours;
};

// The order of a call session and where the rep is in it; pure, with time from a Clock.
//
// The tasks come in the list's order. Those whose contact is inside calling hours go first, in
// that order; the others after them, in that order too. reorder(now) sorts what is still ahead
// of the current task the same way again, so a contact whose hours have opened comes back to
// their place and one whose hours have closed goes to the end; the current task and those behind
// it never move.
//
// next() skips to the next task not done (no change to the skipped one), going round to the
// skipped ones at the end; back() goes to the one before, done or not. markDone() records that
// an outcome was logged and, for the current task, moves on; when every task is done the session
// is finished (current() is 0). unmarkDone() takes an outcome back and returns to its task.
//
// The clock runs from construction and stops while paused. The estimate left is the average
// time per logged call so far times the tasks not done.
class SessionQueue
{
public:
    // Task ids of 0 and repeated ids are dropped. The clock must outlive the queue.
    SessionQueue(const QList<SessionTask> &tasks, const Clock &clock);

    QList<qint64> order() const;
    // The task on the card; 0 when the session is finished or empty.
    qint64 current() const;
    bool isFinished() const { return m_pos == m_order.size(); }
    bool contains(qint64 taskId) const { return m_index.contains(taskId); }
    bool isDone(qint64 taskId) const { return m_done.contains(taskId); }

    // Each returns whether anything changed.
    bool next();
    bool back();
    bool markDone(qint64 taskId);
    bool unmarkDone(qint64 taskId);
    void reorder(const QDateTime &now);

    // "7 of 18": the current task's place (total once finished), the number of tasks.
    int position() const;
    int total() const { return int(m_order.size()); }
    int doneCount() const { return int(m_done.size()); }
    int remaining() const { return total() - doneCount(); }

    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    qint64 elapsedMs() const;
    // Nothing before the first logged call; 0 when every task is done.
    std::optional<qint64> estimatedLeftMs() const;

    // "7 of 18 · 42 min · about 1 h 20 left", "… · paused".
    QString progressText() const;
    static QString formatProgress(int position, int total, qint64 elapsedMs,
                                  std::optional<qint64> leftMs, bool paused = false);
    // "0 min", "42 min", "1 h", "1 h 05": whole minutes, rounded down.
    static QString formatDuration(qint64 ms);

private:
    bool isOpen(qint64 taskId, const QDateTime &now) const;
    // The next task not done after the cursor, going round; -1 when there is none.
    qsizetype nextUndone() const;

    const Clock &m_clock;
    QList<SessionTask> m_tasks;       // in the list's order
    QHash<qint64, qsizetype> m_index; // task id -> place in m_tasks
    QList<qint64> m_order;
    qsizetype m_pos = 0; // into m_order; m_order.size() when finished
    QSet<qint64> m_done;
    qint64 m_accumulatedMs = 0;
    QDateTime m_runningSince;
    bool m_paused = false;
};

} // namespace engage
