#pragma once

#include "sync/TaskStore.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <functional>

namespace engage {

// One line of the rep's day: a logged call, or a plain change made outside a call.
struct DayLogRow {
    QDateTime at;
    QString contact, company;
    QString outcome; // the call's outcome, or the change: "Done", "Rescheduled"
    QString note, sent;
    // "confirmed by Gong", "waiting", "refused: …"; for a change made in a teammate's queue,
    // followed by "on behalf of …" (the Gong column of the dialog and of the CSV shows it).
    QString confirmation;
    bool isCall = false;
    bool connected = false;  // a call that reached the person
    QString onBehalfOf = {}; // whose queue it was done in; empty for the rep's own
};

// What the rep did on one day, read from the store: the calls logged (not those undone) and the
// ledger's plain changes that are no part of a call, oldest first. A call's confirmation is its
// changes' own outcomes in the ledger, the worst of them: refused, held, waiting, gone, then
// confirmed.
class DayLog
{
public:
    struct Totals {
        int calls = 0;
        int connected = 0;
        QMap<QString, int> perOutcome; // calls per outcome name
        // The plain changes (a call's own changes are counted as its outcome).
        int done = 0;
        int rescheduled = 0;
        int dismissed = 0;
    };

    // The day is read in `zone` (midnight to midnight there). contactOf and companyOf name a
    // plain change's task (the ledger keeps only its id); either may be empty.
    static QList<DayLogRow> rows(const TaskStore &store, const QDate &day, const QTimeZone &zone,
                                 const std::function<QString(qint64)> &contactOf,
                                 const std::function<QString(qint64)> &companyOf);
    static Totals totals(const QList<DayLogRow> &rows);
    // Time (in zone), Contact, Company, Outcome, Note, Sent, Gong: CsvWriter's table.
    static QByteArray toCsv(const QList<DayLogRow> &rows, const QTimeZone &zone);

    // The words for a ledger outcome ("confirmed" → "confirmed by Gong").
    static QString confirmationText(const QString &outcome, const QString &detail);
    // "…, on behalf of Megan Foster (megan@…)"; `confirmation` alone when `who` is empty.
    static QString withBehalf(const QString &confirmation, const QString &who);
};

} // namespace engage
