#include "core/FlowExpiry.h"

#include <QCoreApplication>

#include <algorithm>

namespace engage {

FlowExpiry::FlowExpiry(int expiryDays)
    : m_days(std::max(1, expiryDays))
{}

bool FlowExpiry::canExpire(const Task &task)
{
    return task.flow.has_value() && task.type != TaskType::Manual && task.dueDate.isValid();
}

QDateTime FlowExpiry::expiresAt(const Task &task) const
{
    return canExpire(task) ? task.dueDate.addMSecs(m_days * DayMs) : QDateTime();
}

int FlowExpiry::daysLeft(const Task &task, const QDateTime &now) const
{
    const QDateTime at = expiresAt(task);
    if (!at.isValid())
        return 0;
    const qint64 ms = now.msecsTo(at);
    if (ms < 0)
        return -static_cast<int>((-ms + DayMs - 1) / DayMs);
    return static_cast<int>((ms + DayMs - 1) / DayMs);
}

FlowExpiry::State FlowExpiry::state(const Task &task, const QDateTime &now) const
{
    const QDateTime at = expiresAt(task);
    if (!at.isValid())
        return State::None;
    if (now > at)
        return State::Past;
    return now.msecsTo(at) <= SoonDays * DayMs ? State::Soon : State::None;
}

bool FlowExpiry::movesPast(const Task &task, const QDateTime &newDue) const
{
    const QDateTime at = expiresAt(task);
    return at.isValid() && newDue.isValid() && newDue > at;
}

QString FlowExpiry::label(const Task &task, const QDateTime &now) const
{
    switch (state(task, now)) {
    case State::None:
        return {};
    case State::Past:
        return QCoreApplication::translate("FlowExpiry", "expired");
    case State::Soon:
        break;
    }
    const int days = daysLeft(task, now);
    return days <= 0 ? QCoreApplication::translate("FlowExpiry", "expires today")
                     : QCoreApplication::translate("FlowExpiry", "expires in %n d", nullptr, days);
}

} // namespace engage
