#include "core/DueText.h"

#include <QLocale>

namespace engage {

QString DueText::format(const QDateTime &due, const QDateTime &now, const QTimeZone &zone)
{
    if (!due.isValid())
        return QStringLiteral("No due date");
    const QDateTime local = due.toTimeZone(zone);
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (due < now) {
        const qint64 secs = due.secsTo(now);
        if (secs < 3600)
            return QStringLiteral("Overdue %1m").arg(std::max<qint64>(1, secs / 60));
        if (secs < 86400)
            return QStringLiteral("Overdue %1h").arg(secs / 3600);
        return QStringLiteral("Overdue %1d").arg(secs / 86400);
    }
    const QDate today = now.toTimeZone(zone).date();
    const qint64 days = today.daysTo(local.date());
    // English day and month names: the rest of the UI is English too.
    const QLocale c(QLocale::English);
    if (days == 0)
        return QStringLiteral("Today ") + time;
    if (days == 1)
        return QStringLiteral("Tomorrow ") + time;
    if (days < 7)
        return c.toString(local.date(), QStringLiteral("ddd ")) + time;
    if (local.date().year() == today.year())
        return c.toString(local.date(), QStringLiteral("d MMM ")) + time;
    return c.toString(local.date(), QStringLiteral("d MMM yyyy"));
}

} // namespace engage
