#include "sync/DayLog.h"

#include "core/CsvWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace engage {

namespace {

// The ledger's action, as the log shows it.
QString changeText(const QString &action)
{
    if (action == QLatin1String("done"))
        return QCoreApplication::translate("DayLog", "Done");
    if (action == QLatin1String("dismissed"))
        return QCoreApplication::translate("DayLog", "Dismissed");
    if (action == QLatin1String("reopened"))
        return QCoreApplication::translate("DayLog", "Reopened");
    if (action == QLatin1String("rescheduled"))
        return QCoreApplication::translate("DayLog", "Rescheduled");
    if (action == QLatin1String("removed from flow")) // notr: a ledger key
        return QCoreApplication::translate("DayLog", "Removed from flow");
    return action;
}

// Lower is worse: what the rep must hear about comes first.
int severity(const QString &outcome)
{
    if (outcome == QLatin1String("refused") || outcome == QLatin1String("failed"))
        return 0;
    if (outcome == QLatin1String("conflict"))
        return 1;
    if (outcome == QLatin1String("pending"))
        return 2;
    if (outcome == QLatin1String("gone"))
        return 3;
    if (outcome == QLatin1String("confirmed"))
        return 5;
    return 4; // cancelled, discarded, unknown
}

bool takenBack(const QString &outcome)
{
    return outcome == QLatin1String("cancelled") || outcome == QLatin1String("discarded");
}

} // namespace

QString DayLog::confirmationText(const QString &outcome, const QString &detail)
{
    if (outcome == QLatin1String("confirmed"))
        return QCoreApplication::translate("DayLog", "confirmed by Gong");
    if (outcome == QLatin1String("pending"))
        return QCoreApplication::translate("DayLog", "waiting");
    if (outcome == QLatin1String("refused") || outcome == QLatin1String("failed"))
        return detail.isEmpty() ? QCoreApplication::translate("DayLog", "refused")
                                : QCoreApplication::translate("DayLog", "refused: %1").arg(detail);
    if (outcome == QLatin1String("conflict"))
        return QCoreApplication::translate("DayLog", "held: changed in Gong");
    if (outcome == QLatin1String("gone"))
        return QCoreApplication::translate("DayLog", "gone from Gong");
    if (takenBack(outcome))
        return QCoreApplication::translate("DayLog", "not sent");
    return outcome;
}

QString DayLog::withBehalf(const QString &confirmation, const QString &who)
{
    if (who.isEmpty())
        return confirmation;
    return QCoreApplication::translate("DayLog", "%1, on behalf of %2").arg(confirmation, who);
}

QList<DayLogRow> DayLog::rows(const TaskStore &store, const QDate &day, const QTimeZone &zone,
                              const std::function<QString(qint64)> &contactOf,
                              const std::function<QString(qint64)> &companyOf)
{
    const QDateTime from = day.startOfDay(zone);
    const QDateTime to = day.addDays(1).startOfDay(zone);
    // A call's changes are recorded with it, and an undo the next day joins it: look a day
    // either side for the changes that belong to a call.
    QHash<qint64, TaskStore::LedgerEntry> bySeq;
    for (const TaskStore::LedgerEntry &e : store.ledger(from.addDays(-1), to.addDays(1)))
        bySeq.insert(e.seq, e);
    QSet<qint64> callSeqs;
    for (const CallRecord &c : store.calls(from.addDays(-1), to.addDays(1))) {
        for (qint64 seq : c.seqs)
            callSeqs.insert(seq);
    }

    QList<DayLogRow> out;
    for (const CallRecord &c : store.calls(from, to)) {
        if (c.undone)
            continue;
        DayLogRow row{c.at, c.contactName, c.company,  c.outcome, c.note, c.sent,
                      {},   true,          c.connected};
        const TaskStore::LedgerEntry *worst = nullptr;
        for (qint64 seq : c.seqs) {
            const auto it = bySeq.constFind(seq);
            if (it != bySeq.cend() && (!worst || severity(it->outcome) < severity(worst->outcome)))
                worst = &*it;
        }
        row.confirmation = worst ? confirmationText(worst->outcome, worst->detail)
                                 : QCoreApplication::translate("DayLog", "nothing to send");
        for (qint64 seq : c.seqs) {
            if (const auto it = bySeq.constFind(seq);
                it != bySeq.cend() && row.onBehalfOf.isEmpty())
                row.onBehalfOf = it->onBehalfOf;
        }
        row.confirmation = withBehalf(row.confirmation, row.onBehalfOf);
        out.append(row);
    }
    for (const TaskStore::LedgerEntry &e : store.ledger(from, to)) {
        if (callSeqs.contains(e.seq) || takenBack(e.outcome))
            continue;
        out.append({e.at, contactOf ? contactOf(e.taskId) : QString(),
                    companyOf ? companyOf(e.taskId) : QString(), changeText(e.action), QString(),
                    QString(), withBehalf(confirmationText(e.outcome, e.detail), e.onBehalfOf),
                    false, false, e.onBehalfOf});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DayLogRow &a, const DayLogRow &b) { return a.at < b.at; });
    return out;
}

DayLog::Totals DayLog::totals(const QList<DayLogRow> &rows)
{
    Totals t;
    for (const DayLogRow &r : rows) {
        if (r.isCall) {
            ++t.calls;
            t.connected += r.connected ? 1 : 0;
            ++t.perOutcome[r.outcome];
        } else if (r.outcome == changeText(QStringLiteral("done"))) {
            ++t.done;
        } else if (r.outcome == changeText(QStringLiteral("rescheduled"))) {
            ++t.rescheduled;
        } else if (r.outcome == changeText(QStringLiteral("dismissed"))) {
            ++t.dismissed;
        }
    }
    return t;
}

QByteArray DayLog::toCsv(const QList<DayLogRow> &rows, const QTimeZone &zone)
{
    QList<QStringList> lines;
    lines.reserve(rows.size());
    for (const DayLogRow &r : rows) {
        lines.append({r.at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.contact,
                      r.company, r.outcome, r.note, r.sent, r.confirmation});
    }
    return CsvWriter::table({QCoreApplication::translate("DayLog", "Time"),
                             QCoreApplication::translate("DayLog", "Contact"),
                             QCoreApplication::translate("DayLog", "Company"),
                             QCoreApplication::translate("DayLog", "Outcome"),
                             QCoreApplication::translate("DayLog", "Note"),
                             QCoreApplication::translate("DayLog", "Sent"),
                             QCoreApplication::translate("DayLog", "Gong")},
                            lines);
}

} // namespace engage
