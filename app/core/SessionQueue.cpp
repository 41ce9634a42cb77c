#include "core/SessionQueue.h"

#include "core/Clock.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace engage {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

} // namespace

SessionQueue::SessionQueue(const QList<SessionTask> &tasks, const Clock &clock)
    : m_clock(clock)
    , m_runningSince(clock.now())
{
    for (const SessionTask &task : tasks) {
        if (task.taskId == 0 || m_index.contains(task.taskId))
            continue;
        m_index.insert(task.taskId, m_tasks.size());
        m_tasks << task;
    }
    for (const SessionTask &task : std::as_const(m_tasks))
        m_order << task.taskId;
    const QDateTime now = clock.now();
    std::stable_partition(m_order.begin(), m_order.end(),
                          [this, &now](qint64 id) { return isOpen(id, now); });
    m_pos = 0;
}

bool SessionQueue::isOpen(qint64 taskId, const QDateTime &now) const
{
    return m_tasks.at(m_index.value(taskId)).hours.isOpen(now);
}

QList<qint64> SessionQueue::order() const
{
    return m_order;
}

qint64 SessionQueue::current() const
{
    return isFinished() ? 0 : m_order.at(m_pos);
}

qsizetype SessionQueue::nextUndone() const
{
    const qsizetype n = m_order.size();
    for (qsizetype step = 1; step < n; ++step) {
        const qsizetype i = (m_pos + step) % n;
        if (!m_done.contains(m_order.at(i)))
            return i;
    }
    return -1;
}

bool SessionQueue::next()
{
    if (isFinished())
        return false;
    if (const qsizetype i = nextUndone(); i >= 0) {
        m_pos = i;
        return true;
    }
    if (remaining() == 0) { // back on a done task, and nothing is left: the end
        m_pos = m_order.size();
        return true;
    }
    return false; // the current task is the only one left
}

bool SessionQueue::back()
{
    if (m_pos == 0)
        return false;
    --m_pos;
    return true;
}

bool SessionQueue::markDone(qint64 taskId)
{
    if (!contains(taskId) || isDone(taskId))
        return false;
    m_done.insert(taskId);
    if (taskId == current()) {
        const qsizetype i = nextUndone();
        m_pos = i >= 0 ? i : m_order.size();
    }
    return true;
}

bool SessionQueue::unmarkDone(qint64 taskId)
{
    if (!m_done.remove(taskId))
        return false;
    m_pos = m_order.indexOf(taskId);
    return true;
}

void SessionQueue::reorder(const QDateTime &now)
{
    if (m_pos + 1 >= m_order.size())
        return;
    // Each task's hours are read once: (closed, place in the list, id).
    QList<std::tuple<bool, qsizetype, qint64>> ahead;
    for (auto it = m_order.cbegin() + m_pos + 1; it != m_order.cend(); ++it)
        ahead.emplaceBack(!isOpen(*it, now), m_index.value(*it), *it);
    std::sort(ahead.begin(), ahead.end());
    qsizetype i = m_pos + 1;
    for (const auto &entry : std::as_const(ahead))
        m_order[i++] = std::get<2>(entry);
}

int SessionQueue::position() const
{
    return isFinished() ? total() : int(m_pos) + 1;
}

void SessionQueue::pause()
{
    if (m_paused)
        return;
    m_accumulatedMs += std::max<qint64>(0, m_runningSince.msecsTo(m_clock.now()));
    m_paused = true;
}

void SessionQueue::resume()
{
    if (!m_paused)
        return;
    m_runningSince = m_clock.now();
    m_paused = false;
}

qint64 SessionQueue::elapsedMs() const
{
    if (m_paused)
        return m_accumulatedMs;
    return m_accumulatedMs + std::max<qint64>(0, m_runningSince.msecsTo(m_clock.now()));
}

std::optional<qint64> SessionQueue::estimatedLeftMs() const
{
    if (doneCount() == 0)
        return std::nullopt;
    return elapsedMs() * remaining() / doneCount();
}

QString SessionQueue::progressText() const
{
    return formatProgress(position(), total(), elapsedMs(), estimatedLeftMs(), isPaused());
}

QString SessionQueue::formatProgress(int position, int total, qint64 elapsedMs,
                                     std::optional<qint64> leftMs, bool paused)
{
    QStringList parts{
        QCoreApplication::translate("SessionQueue", "%1 of %2").arg(position).arg(total),
        formatDuration(elapsedMs)};
    if (leftMs && *leftMs > 0) {
        // An estimate: to the nearest minute, and never "0 min" while calls are left.
        const qint64 rounded = std::max(MinuteMs, (*leftMs + MinuteMs / 2) / MinuteMs * MinuteMs);
        parts << QCoreApplication::translate("SessionQueue", "about %1 left")
                     .arg(formatDuration(rounded));
    }
    if (paused)
        parts << QCoreApplication::translate("SessionQueue", "paused");
    return parts.join(QStringLiteral(" · "));
}

QString SessionQueue::formatDuration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms) / MinuteMs;
    if (minutes < 60)
        return QCoreApplication::translate("SessionQueue", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    if (rest == 0)
        return QCoreApplication::translate("SessionQueue", "%1 h").arg(hours);
    return QCoreApplication::translate("SessionQueue", "%1 h %2")
        .arg(hours)
        .arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace engage
