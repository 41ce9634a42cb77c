// ConflictRule on its own: whether the rep's unconfirmed changes to a task must wait because Gong's
// task changed since the rep acted on it, and what to tell the rep. What the rep would notice: a
// colleague's close or reschedule is never overwritten silently, and the rep's own change whose
// answer was lost (a timeout, a kill) is never mistaken for someone else's.
#include "sync/ConflictRule.h"

#include <QTest>
#include <QTimeZone>

using namespace engage;

Q_DECLARE_METATYPE(engage::PendingChange)

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

constexpr qint64 TaskId = 9007199254740993LL; // 2^53 + 1

// The task as the rep acted on it.
const QDateTime SeenUpdated = utc(2026, 11, 28, 12, 0);
const QDateTime SeenDue = utc(2026, 12, 1, 8, 0);
// Stamps around it: Gong's version after the rep acted, and one before.
const QDateTime Later = utc(2026, 11, 30, 13, 10);
const QDateTime Earlier = utc(2026, 11, 27, 9, 30);
// Due dates: the one a colleague set in Gong, and the one the rep chose.
const QDateTime TheirDue = utc(2026, 12, 7, 15, 0);
const QDateTime MyDue = utc(2026, 12, 3, 9, 0);

Task seenTask()
{
    Task t;
    t.id = TaskId;
    t.status = TaskStatus::Open;
    t.type = TaskType::Flow;
    t.updated = SeenUpdated;
    t.dueDate = SeenDue;
    return t;
}

PendingChange change(const TaskUpdate &update, bool sent, const QDateTime &base = SeenUpdated)
{
    static qint64 seq = 0;
    PendingChange c;
    c.seq = ++seq;
    c.taskId = TaskId;
    c.update = update;
    c.baseUpdated = base;
    c.createdAt = utc(2026, 11, 30, 13, 0);
    c.sent = sent;
    return c;
}

PendingChange done(bool sent, const QDateTime &base = SeenUpdated)
{
    return change({TaskStatus::Done, {}}, sent, base);
}
PendingChange dismiss(bool sent, const QDateTime &base = SeenUpdated)
{
    return change({TaskStatus::Dismissed, {}}, sent, base);
}
PendingChange reopen(bool sent, const QDateTime &base = SeenUpdated)
{
    return change({TaskStatus::Open, {}}, sent, base);
}
PendingChange reschedule(const QDateTime &due, bool sent, const QDateTime &base = SeenUpdated)
{
    return change({{}, due}, sent, base);
}

constexpr bool Sent = true;
constexpr bool Unsent = false;

const QString ClosedInGong = QStringLiteral("it was closed in Gong");
const QString NowDone = QStringLiteral("Gong now says done");
const QString NowDismissed = QStringLiteral("Gong now says dismissed");
QString rescheduledTo(const char *when)
{
    return QStringLiteral("it was rescheduled in Gong to %1").arg(QLatin1String(when));
}

} // namespace

class TestConflictRule : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        // Gong's version: `listed` false means Gong no longer lists the task as open (fresh is
        // null). `expected` empty means no conflict; otherwise the exact words for the rep.
        QTest::addColumn<bool>("listed");
        QTest::addColumn<QString>("freshStatus");
        QTest::addColumn<QDateTime>("freshDue");
        QTest::addColumn<QDateTime>("freshUpdated");
        QTest::addColumn<QList<PendingChange>>("changes");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");

        const QString open = QStringLiteral("OPEN");
        const QString doneWire = QStringLiteral("DONE");
        const QString dismissedWire = QStringLiteral("DISMISSED");
        const QByteArray berlin = "Europe/Berlin";

        // Nothing of mine waits: nothing to hold, whatever Gong says.
        QTest::newRow("no changes, closed in Gong")
            << false << open << SeenDue << Later << QList<PendingChange>{} << berlin << QString();
        QTest::newRow("no changes, done in Gong") << true << doneWire << TheirDue << Later
                                                  << QList<PendingChange>{} << berlin << QString();

        // Gong's version is not newer than the one I acted on: its differences are not news.
        QTest::newRow("same stamp, status differs")
            << true << doneWire << SeenDue << SeenUpdated
            << QList<PendingChange>{reschedule(MyDue, Unsent)} << berlin << QString();
        QTest::newRow("older stamp, due differs")
            << true << open << TheirDue << Earlier << QList<PendingChange>{done(Unsent)} << berlin
            << QString();

        // Newer, but what I saw still holds (someone edited another field).
        QTest::newRow("newer, same status and due")
            << true << open << SeenDue << Later << QList<PendingChange>{done(Unsent)} << berlin
            << QString();

        // A colleague closed it in Gong while I rescheduled (the task is still listed).
        QTest::newRow("newer, done by a colleague")
            << true << doneWire << SeenDue << Later
            << QList<PendingChange>{reschedule(MyDue, Unsent)} << berlin << NowDone;
        QTest::newRow("newer, dismissed by a colleague")
            << true << dismissedWire << SeenDue << Later << QList<PendingChange>{done(Unsent)}
            << berlin << NowDismissed;

        // Rescheduled elsewhere: the new time in the rep's zone (15:00 UTC).
        QTest::newRow("rescheduled elsewhere, Berlin")
            << true << open << TheirDue << Later << QList<PendingChange>{done(Unsent)} << berlin
            << rescheduledTo("Mon 7 Dec, 16:00");
        QTest::newRow("rescheduled elsewhere, Tokyo (next day)")
            << true << open << TheirDue << Later << QList<PendingChange>{done(Unsent)}
            << QByteArray("Asia/Tokyo") << rescheduledTo("Tue 8 Dec, 00:00");
        QTest::newRow("rescheduled elsewhere, New York")
            << true << open << TheirDue << Later << QList<PendingChange>{done(Unsent)}
            << QByteArray("America/New_York") << rescheduledTo("Mon 7 Dec, 10:00");
        QTest::newRow("rescheduled elsewhere, UTC")
            << true << open << TheirDue << Later << QList<PendingChange>{done(Unsent)}
            << QByteArray("UTC") << rescheduledTo("Mon 7 Dec, 15:00");
        // Both changed: the status is what the rep hears about.
        QTest::newRow("newer, status and due both changed")
            << true << doneWire << TheirDue << Later
            << QList<PendingChange>{reschedule(MyDue, Unsent)} << berlin << NowDone;

        // A status difference my own change explains only when that change went out.
        QTest::newRow("status explained by my sent done")
            << true << doneWire << SeenDue << Later << QList<PendingChange>{done(Sent)} << berlin
            << QString();
        QTest::newRow("status not explained by my unsent done")
            << true << doneWire << SeenDue << Later << QList<PendingChange>{done(Unsent)} << berlin
            << NowDone;
        QTest::newRow("status not explained by my sent dismiss")
            << true << doneWire << SeenDue << Later << QList<PendingChange>{dismiss(Sent)} << berlin
            << NowDone;
        QTest::newRow("status explained by a sent done, then an unsent reschedule")
            << true << doneWire << SeenDue << Later
            << QList<PendingChange>{done(Sent), reschedule(MyDue, Unsent)} << berlin << QString();
        // My sent close explains the status; the due date someone else moved is still news.
        QTest::newRow("status explained, due changed elsewhere")
            << true << doneWire << TheirDue << Later << QList<PendingChange>{done(Sent)} << berlin
            << rescheduledTo("Mon 7 Dec, 16:00");

        // A due difference my own reschedule explains only when it went out.
        QTest::newRow("due explained by my sent reschedule")
            << true << open << MyDue << Later << QList<PendingChange>{reschedule(MyDue, Sent)}
            << berlin << QString();
        QTest::newRow("due not explained by my unsent reschedule")
            << true << open << MyDue << Later << QList<PendingChange>{reschedule(MyDue, Unsent)}
            << berlin << rescheduledTo("Thu 3 Dec, 10:00");
        QTest::newRow("due not explained by my sent reschedule to another time")
            << true << open << TheirDue << Later << QList<PendingChange>{reschedule(MyDue, Sent)}
            << berlin << rescheduledTo("Mon 7 Dec, 16:00");
        QTest::newRow("due explained by the first of two sent reschedules")
            << true << open << TheirDue << Later
            << QList<PendingChange>{reschedule(TheirDue, Sent), reschedule(MyDue, Sent)} << berlin
            << QString();

        // Gong no longer lists it as open: held only when I want it open and did not close it.
        QTest::newRow("closed in Gong, my unsent reschedule")
            << false << open << SeenDue << Later << QList<PendingChange>{reschedule(MyDue, Unsent)}
            << berlin << ClosedInGong;
        QTest::newRow("closed in Gong, my sent reschedule")
            << false << open << SeenDue << Later << QList<PendingChange>{reschedule(MyDue, Sent)}
            << berlin << ClosedInGong;
        QTest::newRow("closed in Gong, my unsent reopen")
            << false << open << SeenDue << Later << QList<PendingChange>{reopen(Unsent)} << berlin
            << ClosedInGong;
        QTest::newRow("closed in Gong, my sent reopen")
            << false << open << SeenDue << Later << QList<PendingChange>{reopen(Sent)} << berlin
            << ClosedInGong;
        QTest::newRow("closed by my sent done")
            << false << open << SeenDue << Later << QList<PendingChange>{done(Sent)} << berlin
            << QString();
        QTest::newRow("closed by my sent dismiss")
            << false << open << SeenDue << Later << QList<PendingChange>{dismiss(Sent)} << berlin
            << QString();
        // The header's rule: I want it closed too, so nothing waits (the close is sent and Gong
        // answers for the task, which is what the rep wanted).
        QTest::newRow("closed in Gong, my unsent done")
            << false << open << SeenDue << Later << QList<PendingChange>{done(Unsent)} << berlin
            << QString();
        QTest::newRow("closed in Gong, my unsent dismiss")
            << false << open << SeenDue << Later << QList<PendingChange>{dismiss(Unsent)} << berlin
            << QString();
        QTest::newRow("closed in Gong, my unsent reschedule then unsent done")
            << false << open << SeenDue << Later
            << QList<PendingChange>{reschedule(MyDue, Unsent), done(Unsent)} << berlin << QString();
        QTest::newRow("closed in Gong, my unsent done then unsent reopen")
            << false << open << SeenDue << Later
            << QList<PendingChange>{done(Unsent), reopen(Unsent)} << berlin << ClosedInGong;
        // I closed it (that went out), then reopened: my close explains Gong's.
        QTest::newRow("closed by my sent done, then my unsent reopen")
            << false << open << SeenDue << Later << QList<PendingChange>{done(Sent), reopen(Unsent)}
            << berlin << QString();

        // Several changes with different bases: the oldest base is the version I acted on.
        const QDateTime between = utc(2026, 11, 29, 10, 0); // after SeenUpdated, before Later
        QTest::newRow("oldest base first, Gong newer than it")
            << true << doneWire << SeenDue << between
            << QList<PendingChange>{reschedule(MyDue, Unsent, SeenUpdated),
                                    reschedule(MyDue, Unsent, Later)}
            << berlin << NowDone;
        QTest::newRow("oldest base last, Gong newer than it")
            << true << doneWire << SeenDue << between
            << QList<PendingChange>{reschedule(MyDue, Unsent, Later),
                                    reschedule(MyDue, Unsent, SeenUpdated)}
            << berlin << NowDone;
        QTest::newRow("every base at least Gong's stamp")
            << true << doneWire << SeenDue << between
            << QList<PendingChange>{reschedule(MyDue, Unsent, between),
                                    reschedule(MyDue, Unsent, Later)}
            << berlin << QString();

        // No base stamp: nothing to compare Gong's version with.
        QTest::newRow("invalid base")
            << true << doneWire << TheirDue << Later
            << QList<PendingChange>{reschedule(MyDue, Unsent, QDateTime())} << berlin << QString();
        QTest::newRow("invalid base beside a valid one")
            << true << doneWire << SeenDue << Later
            << QList<PendingChange>{reschedule(MyDue, Unsent, QDateTime()),
                                    reschedule(MyDue, Unsent, SeenUpdated)}
            << berlin << NowDone;
    }

    void check()
    {
        QFETCH(bool, listed);
        QFETCH(QString, freshStatus);
        QFETCH(QDateTime, freshDue);
        QFETCH(QDateTime, freshUpdated);
        QFETCH(QList<PendingChange>, changes);
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);

        const QTimeZone tz(zone);
        QVERIFY2(tz.isValid(), zone.constData());
        const Task seen = seenTask();
        Task fresh = seen;
        fresh.status = statusFromWire(freshStatus);
        fresh.dueDate = freshDue;
        fresh.updated = freshUpdated;

        const std::optional<QString> held =
            ConflictRule::check(seen, listed ? &fresh : nullptr, changes, tz);
        if (expected.isEmpty()) {
            QVERIFY2(!held, qPrintable(held.value_or(QString())));
        } else {
            QVERIFY(held);
            QCOMPARE(*held, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestConflictRule)
#include "tst_conflictrule.moc"
