#pragma once

#include "core/CallingHours.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

namespace engage {

// A backlog spread over the next business days (issue 13, Ctrl+Shift+R). Pure: the tasks, now
// and the settings in, a new due instant (UTC) per task out; no clock, no store.
//
// The tasks go oldest due first over the rep's next `days` calling days after today (the
// settings' weekdays, read in the rep's zone), as evenly as they go and never more than
// `perDay` on one day; when days × perDay is too few, more days are used (overflowed()). On its
// day each task is placed inside its contact's calling hours, on that date's wall clock in the
// contact's own zone (a contact without a usable zone: the rep's): from the opening time,
// `spacingMinutes` apart from every other task of the day, never at or after closing. A task
// that does not fit goes first on the next day. Wall-clock times go through
// CallingHours::firstInstantAt, so a DST change is the zone's business.
class BacklogPlan
{
public:
    struct Item {
        qint64 taskId = 0;
        QDateTime due;  // the current due date; tasks without one come last
        QString zoneId; // the contact's IANA zone; empty or unknown: the rep's
    };
    struct Options {
        int days = 3;           // N: the business days after today to spread over
        int perDay = 20;        // M: the most on one day
        int spacingMinutes = 5; // between any two tasks of one day
        friend bool operator==(const Options &, const Options &) = default;
    };
    struct Slot {
        qint64 taskId = 0;
        QDateTime oldDue;
        QDateTime newDue;         // UTC
        QTimeZone zone;           // where the hours were read: the contact's, else the rep's
        bool contactZone = false; // zone is the contact's own
        int day = 0;              // index into days()
    };

    BacklogPlan() = default;
    static BacklogPlan make(const QList<Item> &items, const QDateTime &now,
                            const QTimeZone &repZone, const CallingHoursSettings &hours,
                            const Options &options);
    static BacklogPlan make(const QList<Item> &items, const QDateTime &now,
                            const QTimeZone &repZone, const CallingHoursSettings &hours)
    {
        return make(items, now, repZone, hours, Options());
    }

    // One per task, oldest old due first.
    const QList<Slot> &tasks() const { return m_slots; }
    // The rep's calling days used, earliest first; tasks() index into it.
    const QList<QDate> &days() const { return m_days; }
    int daysAsked() const { return m_options.days; }
    const Options &options() const { return m_options; }
    // More days than asked: days × perDay were too few, or the hours too short.
    bool overflowed() const { return m_days.size() > m_options.days; }
    int countOn(int day) const;
    int busiestDay() const; // the most tasks on one day
    // What TaskActions::rescheduleEach takes: (task id, new due in UTC), oldest first.
    QList<QPair<qint64, QDateTime>> changes() const;

private:
    QList<Slot> m_slots;
    QList<QDate> m_days;
    Options m_options;
};

} // namespace engage
