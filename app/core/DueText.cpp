#include "core/DueText.h"

#include <QCoreApplication>
#include <QLocale>

namespace engage {

QString DueText::format(const QDateTime &due, const QDateTime &now, const QTimeZone &zone)
{
    if (!due.isValid())
        return QCoreApplication::translate("DueText", "No due date");
    const QDateTime local = due.toTimeZone(zone);
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (due < now) {
        const qint64 secs = due.secsTo(now);
        if (secs < 3600)
            return QCoreApplication::translate("DueText", "Overdue %1m")
                .arg(std::max<qint64>(1, secs / 60));
        if (secs < 86400)
            return QCoreApplication::translate("DueText", "Overdue %1h").arg(secs / 3600);
        return QCoreApplication::translate("DueText", "Overdue %1d").arg(secs / 86400);
    }
    const QDate today = now.toTimeZone(zone).date();
    const qint64 days = today.daysTo(local.date());
    // Day and month names in the rep's language, as the rest of the window.
    const QLocale c;
    if (days == 0)
        return QCoreApplication::translate("DueText", "Today %1").arg(time);
    if (days == 1)
        return QCoreApplication::translate("DueText", "Tomorrow %1").arg(time);
    if (days < 7)
        return c.toString(local.date(), QStringLiteral("ddd ")) + time;
    if (local.date().year() == today.year())
        return c.toString(local.date(), QStringLiteral("d MMM ")) + time;
    return c.toString(local.date(), QStringLiteral("d MMM yyyy"));
}

} // namespace engage
