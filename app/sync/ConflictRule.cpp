#include "sync/ConflictRule.h"

#include <QCoreApplication>
#include <QLocale>

namespace engage {

std::optional<QString> ConflictRule::check(const Task &seen, const Task *fresh,
                                           const QList<PendingChange> &changes,
                                           const QTimeZone &zone)
{
    if (changes.isEmpty())
        return std::nullopt;
    TaskUpdate mine; // what all of them set
    QList<TaskStatus> sentStatuses;
    QList<QDateTime> sentDueDates;
    QDateTime oldestBase;
    for (const PendingChange &c : changes) {
        mine = mine.mergedWith(c.update);
        if (c.baseUpdated.isValid() && (!oldestBase.isValid() || c.baseUpdated < oldestBase))
            oldestBase = c.baseUpdated;
        if (!c.sent)
            continue;
        if (c.update.status)
            sentStatuses.append(*c.update.status);
        if (c.update.dueDate.isValid())
            sentDueDates.append(c.update.dueDate);
    }
    if (!fresh) {
        // Closed elsewhere: only a conflict when the rep wants it open and did not close it.
        const bool closedByMe =
            sentStatuses.contains(TaskStatus::Done) || sentStatuses.contains(TaskStatus::Dismissed);
        if ((!mine.status || *mine.status == TaskStatus::Open) && !closedByMe)
            return QCoreApplication::translate("ConflictRule", "it was closed in Gong");
        return std::nullopt;
    }
    if (!oldestBase.isValid() || fresh->updated <= oldestBase)
        return std::nullopt;
    if (fresh->status != seen.status && !sentStatuses.contains(fresh->status))
        return QCoreApplication::translate("ConflictRule", "Gong now says %1")
            .arg(statusToWire(fresh->status).toLower());
    if (fresh->dueDate != seen.dueDate && !sentDueDates.contains(fresh->dueDate))
        return QCoreApplication::translate("ConflictRule", "it was rescheduled in Gong to %1")
            .arg(QLocale().toString(fresh->dueDate.toTimeZone(zone),
                                    QStringLiteral("ddd d MMM, HH:mm")));
    return std::nullopt;
}

} // namespace engage
