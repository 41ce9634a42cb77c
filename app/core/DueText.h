#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace engage {

// A due date as the rep reads it in a list: "Overdue 2d", "Today 14:30", "Tomorrow 09:00",
// "Tue 09:00", "12 Dec 09:00", "No due date". Times are in the rep's zone.
struct DueText {
    static QString format(const QDateTime &due, const QDateTime &now, const QTimeZone &zone);
};

} // namespace engage
