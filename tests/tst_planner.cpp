// Spreading a backlog over days (issue 13): core's BacklogPlan at fixed instants (the days and
// the cap, weekends, calling hours in the contact's zone, DST days, oldest first, overflow), then
// the real window from the keyboard (Shift+Down, Ctrl+Shift+R, Return) with what the sandbox
// received, and one Ctrl+Z taking the whole batch back; bulk Done and Dismiss likewise.
#include "WindowRig.h"
#include "core/BacklogPlan.h"
#include "ui/BacklogActions.h"
#include "ui/BacklogDialog.h"
#include "ui/BacklogPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSpinBox>

#include <set>

using namespace engage;

namespace {

QDateTime utc(const char *iso)
{
    const QDateTime at = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    Q_ASSERT(at.isValid());
    return at.toUTC();
}

const QTimeZone Berlin("Europe/Berlin");
// Monday 30 Nov 2026, 14:00 in Berlin, as the window's rig.
const QDateTime Monday = utc("2026-11-30T13:00:00Z");

// n tasks of one zone, each a minute older than the next: ids 1000.., the oldest first.
QList<BacklogPlan::Item> backlog(int n, const QString &zone = QStringLiteral("Europe/Berlin"))
{
    QList<BacklogPlan::Item> items;
    for (int i = 0; i < n; ++i)
        items.append({1000 + i, Monday.addDays(-30).addSecs(60 * i), zone});
    return items;
}

BacklogPlan::Options options(int days, int perDay)
{
    BacklogPlan::Options o;
    o.days = days;
    o.perDay = perDay;
    return o;
}

QList<int> countsOf(const BacklogPlan &plan)
{
    QList<int> counts;
    for (int day = 0; day < plan.days().size(); ++day)
        counts << plan.countOn(day);
    return counts;
}

// Every slot inside its contact's hours, on its own day, and no two closer than the spacing.
void checkEveryPlace(const BacklogPlan &plan, const CallingHoursSettings &hours)
{
    CallingHoursSettings readIn = hours;
    readIn.withoutZone = CallingHoursSettings::WithoutZone::UseRepZone;
    std::set<qint64> at;
    for (const BacklogPlan::Slot &slot : plan.tasks()) {
        const QDateTime local = slot.newDue.toTimeZone(slot.zone);
        QCOMPARE(slot.newDue.timeSpec(), Qt::UTC);
        QCOMPARE(local.date(), plan.days().at(slot.day));
        QVERIFY2(CallingHours(slot.zone, Berlin, readIn).isOpen(slot.newDue),
                 qPrintable(local.toString(Qt::ISODate)));
        QVERIFY(local.time() >= hours.opens && local.time() < hours.closes);
        at.insert(slot.newDue.toSecsSinceEpoch());
    }
    QCOMPARE(int(at.size()), int(plan.tasks().size()));
    for (auto it = at.begin(); it != at.end() && std::next(it) != at.end(); ++it)
        QVERIFY(*std::next(it) - *it >= plan.options().spacingMinutes * 60);
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void spreadsEvenlyNeverOverTheCap_data()
    {
        QTest::addColumn<int>("tasks");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("perDay");
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<bool>("overflowed");
        QTest::newRow("4 over 3 days") << 4 << 3 << 20 << QList<int>{2, 1, 1} << false;
        QTest::newRow("1 task") << 1 << 3 << 20 << QList<int>{1} << false;
        QTest::newRow("2 over 3: no empty day") << 2 << 3 << 20 << QList<int>{1, 1} << false;
        QTest::newRow("10 over 5") << 10 << 5 << 20 << QList<int>{2, 2, 2, 2, 2} << false;
        QTest::newRow("60 fill 3 x 20") << 60 << 3 << 20 << QList<int>{20, 20, 20} << false;
        QTest::newRow("61: a 4th day") << 61 << 3 << 20 << QList<int>{16, 15, 15, 15} << true;
        QTest::newRow("45 over 2 at 20") << 45 << 2 << 20 << QList<int>{15, 15, 15} << true;
        QTest::newRow("100 at 20: 5 days")
            << 100 << 3 << 20 << QList<int>{20, 20, 20, 20, 20} << true;
        QTest::newRow("7 at 1 a day") << 7 << 3 << 1 << QList<int>{1, 1, 1, 1, 1, 1, 1} << true;
    }
    void spreadsEvenlyNeverOverTheCap()
    {
        QFETCH(int, tasks);
        QFETCH(int, days);
        QFETCH(int, perDay);
        QFETCH(QList<int>, counts);
        QFETCH(bool, overflowed);
        const BacklogPlan plan =
            BacklogPlan::make(backlog(tasks), Monday, Berlin, {}, options(days, perDay));
        QCOMPARE(countsOf(plan), counts);
        QCOMPARE(plan.overflowed(), overflowed);
        QCOMPARE(int(plan.tasks().size()), tasks);
        QVERIFY(plan.busiestDay() <= perDay);
        checkEveryPlace(plan, {});
        // Tuesday on, Monday to Friday.
        QCOMPARE(plan.days().first(), QDate(2026, 12, 1));
        QCOMPARE(plan.changes().size(), plan.tasks().size());
    }

    void skipsDaysWithoutCalling_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QList<int>>("callingDays");
        QTest::addColumn<QList<QDate>>("days");
        const QList<int> weekdays = CallingHoursSettings::weekdays();
        QTest::newRow("Friday: Mon Tue Wed")
            << utc("2026-12-04T13:00:00Z") << weekdays
            << QList<QDate>{{2026, 12, 7}, {2026, 12, 8}, {2026, 12, 9}};
        QTest::newRow("Saturday: Mon Tue Wed")
            << utc("2026-12-05T10:00:00Z") << weekdays
            << QList<QDate>{{2026, 12, 7}, {2026, 12, 8}, {2026, 12, 9}};
        QTest::newRow("Thursday: Fri Mon Tue")
            << utc("2026-12-03T13:00:00Z") << weekdays
            << QList<QDate>{{2026, 12, 4}, {2026, 12, 7}, {2026, 12, 8}};
        // 23:30 UTC on Sunday is already Monday in Berlin: today is the rep's.
        QTest::newRow("Sunday night UTC is Monday in Berlin")
            << utc("2026-11-29T23:30:00Z") << weekdays
            << QList<QDate>{{2026, 12, 1}, {2026, 12, 2}, {2026, 12, 3}};
        QTest::newRow("Mon Wed Fri only")
            << Monday << QList<int>{1, 3, 5}
            << QList<QDate>{{2026, 12, 2}, {2026, 12, 4}, {2026, 12, 7}};
    }
    void skipsDaysWithoutCalling()
    {
        QFETCH(QDateTime, now);
        QFETCH(QList<int>, callingDays);
        QFETCH(QList<QDate>, days);
        CallingHoursSettings hours;
        hours.days = callingDays;
        const BacklogPlan plan = BacklogPlan::make(backlog(3), now, Berlin, hours, options(3, 20));
        QCOMPARE(plan.days(), days);
        QCOMPARE(countsOf(plan), (QList<int>{1, 1, 1}));
        checkEveryPlace(plan, hours);
    }

    void placesInsideTheContactsHours_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("first");
        QTest::addColumn<QDateTime>("second");
        QTest::addColumn<bool>("contactZone");
        // Tuesday 1 Dec at 08:00 and 08:05 on the contact's own clock.
        QTest::newRow("Tokyo (already Tuesday)")
            << QStringLiteral("Asia/Tokyo") << utc("2026-11-30T23:00:00Z")
            << utc("2026-11-30T23:05:00Z") << true;
        QTest::newRow("New York") << QStringLiteral("America/New_York")
                                  << utc("2026-12-01T13:00:00Z") << utc("2026-12-01T13:05:00Z")
                                  << true;
        QTest::newRow("Kolkata, half an hour off")
            << QStringLiteral("Asia/Kolkata") << utc("2026-12-01T02:30:00Z")
            << utc("2026-12-01T02:35:00Z") << true;
        QTest::newRow("Berlin") << QStringLiteral("Europe/Berlin") << utc("2026-12-01T07:00:00Z")
                                << utc("2026-12-01T07:05:00Z") << true;
        QTest::newRow("no zone: the rep's")
            << QString() << utc("2026-12-01T07:00:00Z") << utc("2026-12-01T07:05:00Z") << false;
        QTest::newRow("unknown zone: the rep's")
            << QStringLiteral("Mars/Olympus_Mons") << utc("2026-12-01T07:00:00Z")
            << utc("2026-12-01T07:05:00Z") << false;
    }
    void placesInsideTheContactsHours()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, first);
        QFETCH(QDateTime, second);
        QFETCH(bool, contactZone);
        const BacklogPlan plan =
            BacklogPlan::make(backlog(2, zone), Monday, Berlin, {}, options(1, 20));
        QCOMPARE(plan.tasks().size(), 2);
        QCOMPARE(plan.tasks().at(0).newDue, first);
        QCOMPARE(plan.tasks().at(1).newDue, second);
        QCOMPARE(plan.tasks().at(0).contactZone, contactZone);
        checkEveryPlace(plan, {});
    }

    void mixedZonesShareTheDayWithoutClashing()
    {
        // Berlin and Paris open at the same instant: the second waits five minutes.
        QList<BacklogPlan::Item> items{
            {1, Monday.addDays(-3), QStringLiteral("Europe/Berlin")},
            {2, Monday.addDays(-2), QStringLiteral("Europe/Paris")},
        };
        BacklogPlan plan = BacklogPlan::make(items, Monday, Berlin, {}, options(1, 20));
        QCOMPARE(plan.tasks().at(0).newDue, utc("2026-12-01T07:00:00Z"));
        QCOMPARE(plan.tasks().at(1).newDue, utc("2026-12-01T07:05:00Z"));
        // Sixty from Tokyo, New York, Berlin and nowhere, over three days: all inside.
        items.clear();
        const QStringList zones{QStringLiteral("Asia/Tokyo"), QStringLiteral("America/New_York"),
                                QStringLiteral("Europe/Berlin"), QString()};
        for (int i = 0; i < 60; ++i)
            items.append({100 + i, Monday.addDays(-60 + i), zones.at(i % zones.size())});
        plan = BacklogPlan::make(items, Monday, Berlin, {}, options(3, 20));
        QCOMPARE(countsOf(plan), (QList<int>{20, 20, 20}));
        checkEveryPlace(plan, {});
    }

    void aFullDayMovesOnNeverPastClosing()
    {
        // An hour holds twelve at five minutes apart: the rest lead the next day.
        CallingHoursSettings hours;
        hours.opens = QTime(8, 0);
        hours.closes = QTime(9, 0);
        const BacklogPlan plan =
            BacklogPlan::make(backlog(15), Monday, Berlin, hours, options(1, 20));
        QCOMPARE(countsOf(plan), (QList<int>{12, 3}));
        QVERIFY(plan.overflowed());
        QCOMPARE(plan.tasks().at(11).newDue, utc("2026-12-01T07:55:00Z")); // 08:55 Berlin
        QCOMPARE(plan.tasks().at(12).newDue, utc("2026-12-02T07:00:00Z")); // 08:00 next day
        QCOMPARE(plan.tasks().at(12).taskId, 1012);                        // the oldest left
        checkEveryPlace(plan, hours);
    }

    void dstDaysKeepTheWallClock_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QTime>("opens");
        QTest::addColumn<QDateTime>("first");
        QTest::addColumn<QDateTime>("second");
        // The day planned is the Sunday of the change; every day is a calling day here.
        QTest::newRow("Berlin springs forward, 08:00 CEST")
            << QStringLiteral("Europe/Berlin") << utc("2026-03-28T12:00:00Z") << QTime(8, 0)
            << utc("2026-03-29T06:00:00Z") << utc("2026-03-29T06:05:00Z");
        QTest::newRow("Berlin: opening in the gap, 03:00 CEST")
            << QStringLiteral("Europe/Berlin") << utc("2026-03-28T12:00:00Z") << QTime(2, 30)
            << utc("2026-03-29T01:00:00Z") << utc("2026-03-29T01:05:00Z");
        QTest::newRow("Berlin falls back, 08:00 CET")
            << QStringLiteral("Europe/Berlin") << utc("2026-10-24T12:00:00Z") << QTime(8, 0)
            << utc("2026-10-25T07:00:00Z") << utc("2026-10-25T07:05:00Z");
        QTest::newRow("Berlin: opening in the hour twice, the first")
            << QStringLiteral("Europe/Berlin") << utc("2026-10-24T12:00:00Z") << QTime(2, 30)
            << utc("2026-10-25T00:30:00Z") << utc("2026-10-25T00:35:00Z");
        QTest::newRow("New York springs forward, 08:00 EDT")
            << QStringLiteral("America/New_York") << utc("2026-03-07T18:00:00Z") << QTime(8, 0)
            << utc("2026-03-08T12:00:00Z") << utc("2026-03-08T12:05:00Z");
        QTest::newRow("New York: opening in the gap, 03:00 EDT")
            << QStringLiteral("America/New_York") << utc("2026-03-07T18:00:00Z") << QTime(2, 30)
            << utc("2026-03-08T07:00:00Z") << utc("2026-03-08T07:05:00Z");
        QTest::newRow("New York falls back, 08:00 EST")
            << QStringLiteral("America/New_York") << utc("2026-10-31T18:00:00Z") << QTime(8, 0)
            << utc("2026-11-01T13:00:00Z") << utc("2026-11-01T13:05:00Z");
        QTest::newRow("New York: 01:30 twice, the first (EDT)")
            << QStringLiteral("America/New_York") << utc("2026-10-31T18:00:00Z") << QTime(1, 30)
            << utc("2026-11-01T05:30:00Z") << utc("2026-11-01T05:35:00Z");
    }
    void dstDaysKeepTheWallClock()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, now);
        QFETCH(QTime, opens);
        QFETCH(QDateTime, first);
        QFETCH(QDateTime, second);
        CallingHoursSettings hours;
        hours.opens = opens;
        hours.days = {1, 2, 3, 4, 5, 6, 7};
        const BacklogPlan plan =
            BacklogPlan::make(backlog(2, zone), now, Berlin, hours, options(1, 20));
        QCOMPARE(plan.days().first().dayOfWeek(), int(Qt::Sunday));
        QCOMPARE(plan.tasks().at(0).newDue, first);
        QCOMPARE(plan.tasks().at(1).newDue, second);
        checkEveryPlace(plan, hours);
    }

    void theOldestGoFirst()
    {
        // Given in no order; ties by id; no due date last.
        const QList<BacklogPlan::Item> items{
            {7, Monday.addDays(-1), QStringLiteral("Asia/Tokyo")},
            {3, Monday.addDays(-9), QStringLiteral("America/New_York")},
            {9, QDateTime(), QString()},
            {5, Monday.addDays(-4), QStringLiteral("Europe/Berlin")},
            {2, Monday.addDays(-9), QStringLiteral("Asia/Tokyo")},
            {8, Monday.addDays(-2), QStringLiteral("America/New_York")},
        };
        const BacklogPlan plan = BacklogPlan::make(items, Monday, Berlin, {}, options(3, 20));
        QList<qint64> order;
        QList<int> days;
        for (const BacklogPlan::Slot &slot : plan.tasks()) {
            order << slot.taskId;
            days << slot.day;
        }
        QCOMPARE(order, (QList<qint64>{2, 3, 5, 8, 7, 9}));
        QCOMPARE(days, (QList<int>{0, 0, 1, 1, 2, 2}));
        // The same plan whatever order the rows were selected in.
        QList<BacklogPlan::Item> reversed(items.crbegin(), items.crend());
        QCOMPARE(BacklogPlan::make(reversed, Monday, Berlin, {}, options(3, 20)).changes(),
                 plan.changes());
    }

    void previewModelIsSound()
    {
        const BacklogPlan plan = BacklogPlan::make(backlog(30), Monday, Berlin, {});
        BacklogPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan, {{1000, QStringLiteral("Jon Snow")}}, Berlin);
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.index(0, BacklogPreviewModel::ContactColumn).data().toString(),
                 QStringLiteral("Jon Snow"));
        QVERIFY(model.index(0, BacklogPreviewModel::TheirTimeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Europe/Berlin")));
    }

    // --- the real window ----------------------------------------------------------------------

    void spreadFromTheKeyboardAndOneUndo()
    {
        Rig rig;
        // The four oldest: Tokyo, New York, Berlin and a contact with no zone; the rest not due.
        const QStringList zones{QStringLiteral("Asia/Tokyo"), QStringLiteral("America/New_York"),
                                QStringLiteral("Europe/Berlin"), QString()};
        QMap<qint64, QDateTime> old;
        QVERIFY(rig.start([&](SandboxServer &server) {
            QList<Task> tasks = server.tasks();
            int k = 0;
            for (Task &t : tasks) {
                if (!t.contact || t.status != TaskStatus::Open || k >= zones.size()) {
                    t.dueDate = rig.clock.now().addDays(20);
                    continue;
                }
                t.contact->timezone = zones.at(k);
                t.dueDate = utc("2026-11-01T09:00:00Z").addDays(7 * k);
                old.insert(t.id, t.dueDate);
                ++k;
            }
            server.setTasks(tasks);
        }));
        QCOMPARE(old.size(), 4);
        QCOMPARE(rig.currentRow(), 0);
        for (int i = 0; i < 3; ++i)
            rig.key(Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(rig.view()->selectionModel()->selectedRows().size(), 4);
        const QList<qint64> ids = old.keys(); // the seeded order is the due order
        for (int row = 0; row < 4; ++row)
            QCOMPARE(rig.idAt(row), ids.at(row));

        rig.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        BacklogActions *backlog = rig.window->backlog();
        QTRY_VERIFY(backlog->dialog() && backlog->dialog()->isVisible());
        BacklogDialog *dialog = backlog->dialog();
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QCOMPARE(dialog->previewModel()->rowCount(), 4);
        QCOMPARE(dialog->daysBox()->value(), 3);
        QCOMPARE(dialog->perDayBox()->value(), 20);
        QVERIFY(dialog->previewModel()
                    ->index(0, BacklogPreviewModel::TheirTimeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Asia/Tokyo")));
        // Live: one day more spreads them one a day; back to three, two on the first.
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus == dialog->daysBox() || dialog->daysBox()->isAncestorOf(focus));
        rig.key(Qt::Key_Up);
        QCOMPARE(dialog->plan().days().size(), 4);
        QCOMPARE(dialog->plan().busiestDay(), 1);
        rig.key(Qt::Key_Down);
        QCOMPARE(dialog->plan().days().size(), 3);
        QCOMPARE(dialog->plan().busiestDay(), 2);

        QSignalSpy notices(backlog, &BacklogActions::notice);
        rig.key(Qt::Key_Return); // from the spin box: the dialog applies
        QTRY_VERIFY(!backlog->dialog());
        QTRY_COMPARE(rig.patches().size(), 4);
        // Tue: Tokyo and New York at 08:00 there; Wed: Berlin; Thu: no zone, the rep's 08:00.
        const QStringList expected{
            QStringLiteral("2026-11-30T23:00:00Z"), QStringLiteral("2026-12-01T13:00:00Z"),
            QStringLiteral("2026-12-02T07:00:00Z"), QStringLiteral("2026-12-03T07:00:00Z")};
        for (int i = 0; i < 4; ++i) {
            const RecordedRequest patch = rig.patches().at(i);
            QCOMPARE(patch.path, QStringLiteral("/v2/tasks/%1").arg(ids.at(i)));
            QCOMPARE(jsonOf(patch.body).value(QLatin1String("dueDate")).toString(), expected.at(i));
        }
        for (int i = 0; i < 4; ++i)
            QTRY_COMPARE(rig.server.task(ids.at(i))->dueDate, utc(qPrintable(expected.at(i))));
        QTRY_COMPARE(backlog->sending(), 0);
        QStringList said;
        for (const QList<QVariant> &n : notices)
            said << n.first().toString();
        QVERIFY2(said.contains(QStringLiteral("Rescheduled · sending 1 of 4")),
                 qPrintable(said.join(QStringLiteral(" | "))));
        QVERIFY2(said.last().endsWith(QStringLiteral(" in Gong")), qPrintable(said.last()));
        QCOMPARE(rig.window->noticeText(), said.last());

        // One Ctrl+Z, from the list: every task is due when it was again, in Gong too.
        QVERIFY(rig.view()->hasFocus());
        rig.key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(rig.patches().size(), 8);
        for (qint64 id : ids) {
            QTRY_COMPARE(rig.server.task(id)->dueDate, old.value(id));
            QCOMPARE(rig.sync->task(id)->dueDate, old.value(id));
        }
        QVERIFY(!rig.actions->canUndo());
    }

    void escapeCancelsThePlanner()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.key(Qt::Key_Down, Qt::ShiftModifier);
        rig.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(rig.window->backlog()->dialog() &&
                    rig.window->backlog()->dialog()->isVisible());
        QCOMPARE(rig.window->backlog()->dialog()->previewModel()->rowCount(), 2);
        QTRY_COMPARE(QApplication::activeWindow(), rig.window->backlog()->dialog());
        rig.key(Qt::Key_Escape);
        QTRY_VERIFY(!rig.window->backlog()->dialog());
        QTest::qWait(300);
        QCOMPARE(rig.patches().size(), 0);
        QVERIFY(!rig.actions->canUndo());
    }

    void bulkCloseIsUndoneByOneCtrlZ_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("statusValue");
        QTest::newRow("D: done") << int(Qt::Key_D) << int(TaskStatus::Done);
        QTest::newRow("Delete: dismissed") << int(Qt::Key_Delete) << int(TaskStatus::Dismissed);
    }
    void bulkCloseIsUndoneByOneCtrlZ()
    {
        QFETCH(int, key);
        QFETCH(int, statusValue);
        const auto status = static_cast<TaskStatus>(statusValue);
        Rig rig;
        QVERIFY(rig.start());
        const QList<qint64> ids{rig.idAt(0), rig.idAt(1), rig.idAt(2)};
        rig.key(Qt::Key_Down, Qt::ShiftModifier);
        rig.key(Qt::Key_Down, Qt::ShiftModifier);
        rig.key(key);
        QTRY_COMPARE(rig.patches().size(), 3);
        for (qint64 id : ids)
            QTRY_COMPARE(rig.server.task(id)->status, status);
        rig.key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(rig.patches().size(), 6);
        for (qint64 id : ids) {
            QTRY_COMPARE(rig.server.task(id)->status, TaskStatus::Open);
            QCOMPARE(rig.sync->task(id)->status, TaskStatus::Open);
        }
        QVERIFY(!rig.actions->canUndo());
    }
};

QTEST_MAIN(TestPlanner)
#include "tst_planner.moc"
