#pragma once

#include "core/Task.h"

#include <QDateTime>

namespace engage {

// Gong's flow to-dos expire: an open flow to-do overdue by more than the company's expiry (a
// company setting, 30 days unless the rep says otherwise) drops the prospect from the flow.
// Manual tasks never expire. Pure: the list, the filter and the reschedule question ask it.
class FlowExpiry
{
public:
    enum class State { None, Soon, Past };
    static constexpr int DefaultDays = 30;
    // "Soon": within this many days of the expiry.
    static constexpr int SoonDays = 5;
    static constexpr qint64 DayMs = 24LL * 3600 * 1000;

    explicit FlowExpiry(int expiryDays = DefaultDays);
    int expiryDays() const { return m_days; }

    // Whether the task can expire at all: a flow to-do with a due date.
    static bool canExpire(const Task &task);
    // The instant it expires (its due date plus the expiry), invalid when it cannot.
    QDateTime expiresAt(const Task &task) const;
    // Whole days until then, rounded up (0 at the instant itself); negative once it is past.
    int daysLeft(const Task &task, const QDateTime &now) const;
    State state(const Task &task, const QDateTime &now) const;
    // Whether a new due date lands after the task's expiry instant.
    bool movesPast(const Task &task, const QDateTime &newDue) const;
    // The list's words: "expires in 3 d", "expires today", "expired"; empty for None.
    QString label(const Task &task, const QDateTime &now) const;

    // The same on the list's integer keys (TaskFilter::dueKey): a task due at or before the
    // returned instant is Soon or Past at `nowMs`.
    qint64 soonDueLimit(qint64 nowMs) const { return nowMs - (m_days - SoonDays) * DayMs; }

    friend bool operator==(const FlowExpiry &, const FlowExpiry &) = default;

private:
    int m_days;
};

} // namespace engage
