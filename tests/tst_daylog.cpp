// DayLog: the rep's day as the store has it, the calls logged and the plain changes beside them,
// each with what Gong made of it, and its CSV. What the rep (or their manager) would notice: a
// call appears once with its own changes folded in, an undone call not at all, the day is the
// rep's local day, and what Gong refused says so.
#include "sync/DayLog.h"

#include <QTest>

using namespace engage;

namespace {

const QTimeZone Berlin("Europe/Berlin"); // UTC+1 in winter

QDateTime utc(int d, int h, int mi)
{
    return QDateTime(QDate(2026, 11, d), QTime(h, mi), QTimeZone::utc());
}

Task plain(qint64 id)
{
    Task t;
    t.id = id;
    t.status = TaskStatus::Done;
    return t;
}

CallRecord call(const QDateTime &at, qint64 taskId, const QString &contact, const QString &outcome,
                bool connected, const QList<qint64> &seqs)
{
    CallRecord c;
    c.at = at;
    c.taskId = taskId;
    c.contactName = contact;
    c.company = QStringLiteral("Globex, Ltd.");
    c.outcome = outcome;
    c.connected = connected;
    c.sent = QStringLiteral("Marked done");
    c.seqs = seqs;
    return c;
}

struct Day {
    TaskStore store;
    const TaskUpdate done{TaskStatus::Done, {}};
    const TaskUpdate dismiss{TaskStatus::Dismissed, {}};
    const TaskUpdate moveOn{std::nullopt, utc(30, 15, 0)};

    qint64 change(qint64 taskId, const TaskUpdate &u, const QDateTime &at)
    {
        return store.appendChange(taskId, u, at, at);
    }
    QList<DayLogRow> rows()
    {
        return DayLog::rows(
            store, QDate(2026, 11, 30), Berlin,
            [](qint64 id) { return QStringLiteral("contact %1").arg(id); },
            [](qint64 id) { return QStringLiteral("company %1").arg(id); });
    }
};

QStringList describe(const QList<DayLogRow> &rows)
{
    QStringList out;
    for (const DayLogRow &r : rows) {
        out.append(QStringList{r.at.toTimeZone(Berlin).toString(QStringLiteral("HH:mm")),
                               r.isCall ? QStringLiteral("call") : QStringLiteral("change"),
                               r.contact, r.company, r.outcome, r.confirmation}
                       .join(QStringLiteral(" | ")));
    }
    return out;
}

} // namespace

class TestDayLog : public QObject
{
    Q_OBJECT

private slots:
    void callsAndPlainChangesOfTheRepsDay()
    {
        Day d;
        QVERIFY(d.store.open(QStringLiteral(":memory:")));
        // Plain changes.
        const qint64 early = d.change(1, d.done, utc(29, 23, 30)); // 00:30 in Berlin: today
        QVERIFY(d.store.confirmChanges({early}, plain(1)));
        const qint64 moved = d.change(2, d.moveOn, utc(30, 8, 0)); // waiting
        const qint64 dismissed = d.change(3, d.dismiss, utc(30, 8, 10));
        QVERIFY(d.store.markFailed({dismissed}, QStringLiteral("Gong said no")));
        const qint64 cancelled = d.change(4, d.done, utc(30, 8, 20));
        QVERIFY(d.store.removeChanges({cancelled}));
        const qint64 tomorrow = d.change(5, d.done, utc(30, 23, 30)); // 00:30 on 1 Dec there
        QVERIFY(moved && tomorrow);

        // Calls, each with its own changes.
        const qint64 retry = d.change(10, d.moveOn, utc(30, 9, 0));
        QVERIFY(d.store.appendCall(call(utc(30, 9, 0), 10, QStringLiteral("Zoë"),
                                        QStringLiteral("No answer"), false, {retry})) > 0);
        const qint64 closed = d.change(11, d.done, utc(30, 9, 5));
        const qint64 removal =
            d.store.appendUnassign(11, QStringLiteral("003A"), 77, utc(30, 9, 5), utc(30, 9, 5));
        QVERIFY(d.store.confirmChanges({closed}, plain(11)));
        QVERIFY(d.store.removeChanges({removal}, QStringLiteral("refused"),
                                      QStringLiteral("no api:flows:write")));
        QVERIFY(d.store.appendCall(call(utc(30, 9, 5), 11, QStringLiteral("Ann"),
                                        QStringLiteral("Not interested"), true,
                                        {closed, removal})) > 0);
        // Undone: neither the call nor its way back shows.
        const qint64 regret = d.change(12, d.done, utc(30, 9, 10));
        const qint64 regretCall = d.store.appendCall(call(
            utc(30, 9, 10), 12, QStringLiteral("Bo"), QStringLiteral("Opt out"), true, {regret}));
        QVERIFY(d.store.confirmChanges({regret}, plain(12)));
        const qint64 back = d.change(12, {TaskStatus::Open, {}}, utc(30, 9, 11));
        QVERIFY(d.store.setCallUndone(regretCall, true, {back}));
        const qint64 booked = d.change(13, d.done, utc(30, 9, 20));
        QVERIFY(d.store.confirmChanges({booked}, plain(13)));
        QVERIFY(d.store.appendCall(call(utc(30, 9, 20), 13, QStringLiteral("Cy"),
                                        QStringLiteral("Meeting booked"), true, {booked})) > 0);

        const QList<DayLogRow> rows = d.rows();
        QCOMPARE(describe(rows),
                 (QStringList{
                     QStringLiteral("00:30 | change | contact 1 | company 1 | Done | confirmed by "
                                    "Gong"),
                     QStringLiteral("09:00 | change | contact 2 | company 2 | Rescheduled | "
                                    "waiting"),
                     QStringLiteral("09:10 | change | contact 3 | company 3 | Dismissed | "
                                    "refused: Gong said no"),
                     QStringLiteral("10:00 | call | Zoë | Globex, Ltd. | No answer | waiting"),
                     QStringLiteral("10:05 | call | Ann | Globex, Ltd. | Not interested | "
                                    "refused: no api:flows:write"),
                     QStringLiteral("10:20 | call | Cy | Globex, Ltd. | Meeting booked | "
                                    "confirmed by Gong"),
                 }));
        QCOMPARE(rows.at(3).sent, QStringLiteral("Marked done"));
        QVERIFY(!rows.at(3).connected);
        QVERIFY(rows.at(4).connected);

        const DayLog::Totals t = DayLog::totals(rows);
        QCOMPARE(t.calls, 3);
        QCOMPARE(t.connected, 2);
        QCOMPARE(t.perOutcome, (QMap<QString, int>{{QStringLiteral("No answer"), 1},
                                                   {QStringLiteral("Not interested"), 1},
                                                   {QStringLiteral("Meeting booked"), 1}}));
        QCOMPARE(t.done, 1);
        QCOMPARE(t.rescheduled, 1);
        QCOMPARE(t.dismissed, 1);
    }

    void anEmptyDay()
    {
        Day d;
        QVERIFY(d.store.open(QStringLiteral(":memory:")));
        QVERIFY(d.rows().isEmpty());
        const DayLog::Totals t = DayLog::totals({});
        QCOMPARE(t.calls, 0);
        QVERIFY(t.perOutcome.isEmpty());
        QCOMPARE(DayLog::toCsv({}, Berlin), QByteArray("Time,Contact,Company,Outcome,Note,Sent,"
                                                       "Gong\r\n"));
        // Without names for plain changes, their columns stay empty.
        QVERIFY(d.change(1, d.done, utc(30, 9, 0)) > 0);
        const QList<DayLogRow> rows = DayLog::rows(d.store, QDate(2026, 11, 30), Berlin, {}, {});
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().contact.isEmpty() && rows.first().company.isEmpty());
    }

    void theCsvIsTheRowsInTheRepsTime()
    {
        DayLogRow callRow{utc(30, 9, 5),
                          QStringLiteral("Zoë Ångström"),
                          QStringLiteral("Globex, Ltd."),
                          QStringLiteral("Not interested"),
                          QStringLiteral("=HYPERLINK(\"x\")\nsaid no"),
                          QStringLiteral("Marked done · removed from flow Q4"),
                          QStringLiteral("confirmed by Gong"),
                          true,
                          true};
        DayLogRow change{utc(30, 23, 30),           {},    {},   QStringLiteral("Done"), {}, {},
                         QStringLiteral("waiting"), false, false};
        QCOMPARE(DayLog::toCsv({callRow, change}, Berlin),
                 QByteArray("Time,Contact,Company,Outcome,Note,Sent,Gong\r\n"
                            "2026-11-30 10:05,Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m,\"Globex, Ltd.\","
                            "Not interested,\"'=HYPERLINK(\"\"x\"\")\nsaid no\","
                            "Marked done \xc2\xb7 removed from flow Q4,confirmed by Gong\r\n"
                            "2026-12-01 00:30,,,Done,,,waiting\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestDayLog)
#include "tst_daylog.moc"
