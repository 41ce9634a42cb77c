#include "core/Clock.h"
#include "core/DueText.h"
#include "core/TaskFilter.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace engage;

namespace {

QTimeZone zone(const char *ianaId)
{
    const QTimeZone z{QByteArray(ianaId)};
    if (!z.isValid())
        qFatal("time zone %s is not available", ianaId);
    return z;
}

QTimeZone berlin()
{
    return zone("Europe/Berlin");
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QDateTime local(const QTimeZone &z, int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), z);
}

Task task(qint64 id, const QDateTime &due = QDateTime())
{
    Task t;
    t.id = id;
    t.status = TaskStatus::Open;
    t.type = TaskType::Manual;
    t.title = QStringLiteral("Task %1").arg(id);
    t.dueDate = due.isValid() ? due.toUTC() : QDateTime();
    return t;
}

Contact person(const QString &first, const QString &last, const QString &company = QString())
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.companyName = company;
    return c;
}

Flow flow(qint64 id, const QString &name, const QString &stepName)
{
    Flow f;
    f.id = id;
    f.name = name;
    FlowStep step;
    step.id = id * 10;
    step.name = stepName;
    step.stepNumber = 2;
    f.step = step;
    return f;
}

QList<qint64> idsOf(const QList<Task> &tasks)
{
    QList<qint64> ids;
    for (const Task &t : tasks)
        ids.append(t.id);
    return ids;
}

QList<qint64> accepted(const TaskFilter &filter, const QList<Task> &tasks)
{
    QList<qint64> ids;
    for (const Task &t : tasks) {
        if (filter.accepts(t)) {
            ids.append(t.id);
            // The cached-key overload agrees.
            if (!filter.accepts(TaskFilter::keys(t)))
                qFatal("accepts(task) and accepts(task, key) disagree for %lld", t.id);
        }
    }
    return ids;
}

// Tasks for search and type/flow filtering; all due today so the Due view shows them all.
QList<Task> searchTasks(const QDateTime &dueToday)
{
    Task zoe = task(1, dueToday);
    zoe.contact = person(QStringLiteral("Zoë"), QStringLiteral("Martin"), QStringLiteral("Acme"));
    zoe.title = QStringLiteral("Call about the invoice");

    Task jose = task(2, dueToday);
    jose.type = TaskType::Flow;
    jose.title.clear();
    jose.contact =
        person(QStringLiteral("José"), QStringLiteral("Álvarez"), QStringLiteral("Initech"));
    Account initrode;
    initrode.name = QStringLiteral("Initrode Holdings");
    jose.account = initrode;
    jose.flow = flow(10, QStringLiteral("Renewal outreach"), QStringLiteral("Make a call"));

    Task baker = task(3, dueToday);
    baker.type = TaskType::Flow;
    baker.title.clear();
    baker.contact =
        person(QStringLiteral("Zoe"), QStringLiteral("Baker"), QStringLiteral("Globex"));
    Opportunity globex;
    globex.name = QStringLiteral("Globex - Platform renewal 2026");
    baker.opportunity = globex;
    baker.flow = flow(20, QStringLiteral("New business"), QStringLiteral("Send intro"));

    Task qbr = task(4, dueToday);
    qbr.title = QStringLiteral("Prepare QBR deck");
    Account umbrella;
    umbrella.name = QStringLiteral("Umbrella Corp");
    qbr.account = umbrella;

    return {zoe, jose, baker, qbr};
}

} // namespace

class TestTaskFilter : public QObject
{
    Q_OBJECT

private slots:
    void viewNames();
    void views_data();
    void views();
    void acrossMidnight();
    void acrossTimeZones_data();
    void acrossTimeZones();
    void sortOrder();
    void tasksWithoutDueDate();
    void search_data();
    void search();
    void typeAndFlowFilter_data();
    void typeAndFlowFilter();
    void counts();
    void fold_data();
    void fold();
    void dueText_data();
    void dueText();
};

void TestTaskFilter::viewNames()
{
    QCOMPARE(viewName(TaskView::Due), QStringLiteral("Due"));
    QCOMPARE(viewName(TaskView::Overdue), QStringLiteral("Overdue"));
    QCOMPARE(viewName(TaskView::Today), QStringLiteral("Today"));
    QCOMPARE(viewName(TaskView::Upcoming), QStringLiteral("Upcoming"));
    QCOMPARE(viewName(TaskView::All), QStringLiteral("All"));
}

void TestTaskFilter::views_data()
{
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("today");
    QTest::addColumn<bool>("upcoming");

    // The reference is 2026-07-07 10:00 in Berlin (08:00Z); tomorrow starts at 22:00Z.
    const QTimeZone z = berlin();
    QTest::newRow("no due date") << QDateTime() << false << false << true;
    QTest::newRow("last week") << local(z, 2026, 6, 30, 9, 0) << true << false << false;
    QTest::newRow("yesterday evening") << local(z, 2026, 7, 6, 23, 30) << true << false << false;
    QTest::newRow("early today") << local(z, 2026, 7, 7, 0, 30) << true << false << false;
    QTest::newRow("one second ago") << local(z, 2026, 7, 7, 9, 59, 59) << true << false << false;
    QTest::newRow("exactly now") << local(z, 2026, 7, 7, 10, 0) << false << true << false;
    QTest::newRow("this afternoon") << local(z, 2026, 7, 7, 14, 30) << false << true << false;
    QTest::newRow("last second of today")
        << local(z, 2026, 7, 7, 23, 59, 59) << false << true << false;
    QTest::newRow("midnight, start of tomorrow")
        << local(z, 2026, 7, 8, 0, 0) << false << false << true;
    QTest::newRow("tomorrow morning") << local(z, 2026, 7, 8, 9, 0) << false << false << true;
    QTest::newRow("next year") << local(z, 2027, 1, 4, 9, 0) << false << false << true;
    // Still 7 July in UTC, but already 8 July in Berlin.
    QTest::newRow("today in UTC, tomorrow locally")
        << utc(2026, 7, 7, 22, 30) << false << false << true;
}

void TestTaskFilter::views()
{
    QFETCH(QDateTime, due);
    QFETCH(bool, overdue);
    QFETCH(bool, today);
    QFETCH(bool, upcoming);

    const ManualClock clock(local(berlin(), 2026, 7, 7, 10, 0), berlin());
    TaskFilter filter;
    filter.setReference(clock.now(), clock.timeZone());
    QCOMPARE(filter.now(), utc(2026, 7, 7, 8, 0));
    QCOMPARE(filter.startOfTomorrow(), utc(2026, 7, 7, 22, 0));

    const Task t = task(1, due);
    QCOMPARE(filter.inView(t, TaskView::Overdue), overdue);
    QCOMPARE(filter.inView(t, TaskView::Today), today);
    QCOMPARE(filter.inView(t, TaskView::Due), overdue || today);
    QCOMPARE(filter.inView(t, TaskView::Upcoming), upcoming);
    QCOMPARE(filter.inView(t, TaskView::All), true);
    // Overdue, Today and Upcoming split All: exactly one holds.
    QCOMPARE(int(overdue) + int(today) + int(upcoming), 1);

    // accepts() honours the selected view.
    const struct {
        TaskView view;
        bool expected;
    } selected[] = {{TaskView::Due, overdue || today},
                    {TaskView::Overdue, overdue},
                    {TaskView::Today, today},
                    {TaskView::Upcoming, upcoming},
                    {TaskView::All, true}};
    for (const auto &s : selected) {
        filter.setView(s.view);
        QCOMPARE(filter.view(), s.view);
        QCOMPARE(filter.accepts(t), s.expected);
    }
}

void TestTaskFilter::acrossMidnight()
{
    const QTimeZone z = berlin();
    ManualClock clock(local(z, 2026, 7, 7, 23, 59), z);
    TaskFilter filter;
    filter.setReference(clock.now(), clock.timeZone());

    const Task afterMidnight = task(1, local(z, 2026, 7, 8, 0, 30));
    const Task lateEvening = task(2, local(z, 2026, 7, 7, 23, 0));
    const Task lastMinute = task(3, local(z, 2026, 7, 7, 23, 59, 30));
    const Task tomorrowEvening = task(4, local(z, 2026, 7, 8, 23, 0));

    QVERIFY(filter.inView(afterMidnight, TaskView::Upcoming));
    QVERIFY(!filter.inView(afterMidnight, TaskView::Today));
    QVERIFY(!filter.inView(afterMidnight, TaskView::Due));
    QVERIFY(filter.inView(lateEvening, TaskView::Overdue));
    QVERIFY(filter.inView(lateEvening, TaskView::Due));
    QVERIFY(filter.inView(lastMinute, TaskView::Today));
    QVERIFY(!filter.inView(lastMinute, TaskView::Overdue));
    QVERIFY(filter.inView(tomorrowEvening, TaskView::Upcoming));

    // Two minutes later it is the next day.
    clock.advanceSecs(120);
    QCOMPARE(clock.now(), local(z, 2026, 7, 8, 0, 1));
    filter.setReference(clock.now(), clock.timeZone());
    QCOMPARE(filter.startOfTomorrow(), local(z, 2026, 7, 9, 0, 0));

    QVERIFY(filter.inView(afterMidnight, TaskView::Today));
    QVERIFY(filter.inView(afterMidnight, TaskView::Due));
    QVERIFY(!filter.inView(afterMidnight, TaskView::Upcoming));
    QVERIFY(filter.inView(lateEvening, TaskView::Overdue));
    QVERIFY(!filter.inView(lateEvening, TaskView::Today));
    QVERIFY(filter.inView(lastMinute, TaskView::Overdue));
    QVERIFY(!filter.inView(lastMinute, TaskView::Today));
    QVERIFY(filter.inView(tomorrowEvening, TaskView::Today));
    QVERIFY(!filter.inView(tomorrowEvening, TaskView::Upcoming));

    // The filter does not follow the clock by itself: only setReference moves it.
    clock.advanceSecs(24 * 3600);
    QVERIFY(filter.inView(tomorrowEvening, TaskView::Today));
    QCOMPARE(filter.now(), local(z, 2026, 7, 8, 0, 1));
}

void TestTaskFilter::acrossTimeZones_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<QDateTime>("startOfTomorrow");
    QTest::addColumn<int>("view"); // the one of Overdue, Today, Upcoming that holds

    const int today = int(TaskView::Today);
    const int upcoming = int(TaskView::Upcoming);
    const int overdue = int(TaskView::Overdue);

    // 14:00Z is 07:00 on 7 July in Los Angeles but 23:00 in Tokyo; a task due 18:00Z is
    // 11:00 the same day in Los Angeles and 03:00 the next day in Tokyo.
    QTest::newRow("Los Angeles: today")
        << QByteArrayLiteral("America/Los_Angeles") << utc(2026, 7, 7, 14, 0)
        << utc(2026, 7, 7, 18, 0) << utc(2026, 7, 8, 7, 0) << today;
    QTest::newRow("Tokyo: upcoming")
        << QByteArrayLiteral("Asia/Tokyo") << utc(2026, 7, 7, 14, 0) << utc(2026, 7, 7, 18, 0)
        << utc(2026, 7, 7, 15, 0) << upcoming;
    QTest::newRow("UTC: today") << QByteArrayLiteral("UTC") << utc(2026, 7, 7, 14, 0)
                                << utc(2026, 7, 7, 18, 0) << utc(2026, 7, 8, 0, 0) << today;
    // 20:00Z is 13:00 on 7 July in Los Angeles and 05:00 on 8 July in Tokyo; due 08:00Z is
    // 01:00 on 8 July (tomorrow) in Los Angeles and 17:00 on 8 July (today) in Tokyo.
    QTest::newRow("Los Angeles: upcoming")
        << QByteArrayLiteral("America/Los_Angeles") << utc(2026, 7, 7, 20, 0)
        << utc(2026, 7, 8, 8, 0) << utc(2026, 7, 8, 7, 0) << upcoming;
    QTest::newRow("Tokyo: today") << QByteArrayLiteral("Asia/Tokyo") << utc(2026, 7, 7, 20, 0)
                                  << utc(2026, 7, 8, 8, 0) << utc(2026, 7, 8, 15, 0) << today;

    // Berlin leaves summer time on 2026-10-25 at 03:00: that day has 25 hours and tomorrow
    // starts at 23:00Z, not 22:00Z.
    QTest::newRow("Berlin 25-hour day: 23:30 local is today")
        << QByteArrayLiteral("Europe/Berlin") << utc(2026, 10, 24, 22, 30)
        << utc(2026, 10, 25, 22, 30) << utc(2026, 10, 25, 23, 0) << today;
    QTest::newRow("Berlin 25-hour day: midnight is upcoming")
        << QByteArrayLiteral("Europe/Berlin") << utc(2026, 10, 24, 22, 30)
        << utc(2026, 10, 25, 23, 0) << utc(2026, 10, 25, 23, 0) << upcoming;
    QTest::newRow("Berlin 25-hour day, late evening")
        << QByteArrayLiteral("Europe/Berlin") << utc(2026, 10, 25, 22, 30)
        << utc(2026, 10, 25, 22, 45) << utc(2026, 10, 25, 23, 0) << today;
    QTest::newRow("Berlin 25-hour day, late evening, overdue")
        << QByteArrayLiteral("Europe/Berlin") << utc(2026, 10, 25, 22, 30)
        << utc(2026, 10, 24, 22, 15) << utc(2026, 10, 25, 23, 0) << overdue;
    // Berlin enters summer time on 2026-03-29: a 23-hour day, tomorrow starts at 22:00Z.
    QTest::newRow("Berlin 23-hour day: 23:59:59 local is today")
        << QByteArrayLiteral("Europe/Berlin") << utc(2026, 3, 28, 23, 30)
        << utc(2026, 3, 29, 21, 59, 59) << utc(2026, 3, 29, 22, 0) << today;
    QTest::newRow("Berlin 23-hour day: 00:30 next day is upcoming")
        << QByteArrayLiteral("Europe/Berlin") << utc(2026, 3, 28, 23, 30)
        << utc(2026, 3, 29, 22, 30) << utc(2026, 3, 29, 22, 0) << upcoming;
    // Los Angeles leaves daylight time on 2026-11-01: tomorrow starts at 08:00Z on 2 Nov.
    QTest::newRow("Los Angeles 25-hour day: 23:30 local is today")
        << QByteArrayLiteral("America/Los_Angeles") << utc(2026, 11, 1, 8, 0)
        << utc(2026, 11, 2, 7, 30) << utc(2026, 11, 2, 8, 0) << today;
}

void TestTaskFilter::acrossTimeZones()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, due);
    QFETCH(QDateTime, startOfTomorrow);
    QFETCH(int, view);

    const QTimeZone z(zoneId);
    QVERIFY2(z.isValid(), zoneId.constData());
    const ManualClock clock(now, z);
    TaskFilter filter;
    filter.setReference(clock.now(), clock.timeZone());
    QCOMPARE(filter.startOfTomorrow(), startOfTomorrow);
    QCOMPARE(filter.startOfTomorrow().toTimeZone(z).time(), QTime(0, 0));

    const Task t = task(7, due);
    QCOMPARE(filter.inView(t, TaskView::Overdue), view == int(TaskView::Overdue));
    QCOMPARE(filter.inView(t, TaskView::Today), view == int(TaskView::Today));
    QCOMPARE(filter.inView(t, TaskView::Upcoming), view == int(TaskView::Upcoming));
    QCOMPARE(filter.inView(t, TaskView::Due), view != int(TaskView::Upcoming));
    QVERIFY(filter.inView(t, TaskView::All));
}

void TestTaskFilter::sortOrder()
{
    const QTimeZone z = berlin();
    const QDateTime jul8 = utc(2026, 7, 8, 16, 0);
    QList<Task> tasks = {
        task(5),
        task(3, jul8),
        task(1),
        task(4, utc(2026, 7, 1, 9, 0)),
        task(2, jul8),
        task(9, utc(2026, 7, 8, 15, 59, 59)),
        task(8, utc(2027, 1, 4, 9, 0)),
    };
    // Same instant as jul8, written in another zone: still a tie, broken by id.
    Task sameInstant = task(6);
    sameInstant.dueDate = jul8.toTimeZone(zone("America/Los_Angeles"));
    tasks.append(sameInstant);

    std::sort(tasks.begin(), tasks.end(), &TaskFilter::dueBefore);
    QCOMPARE(idsOf(tasks), (QList<qint64>{4, 9, 2, 3, 6, 8, 1, 5}));

    const Task noDue = task(1);
    const Task withDue = task(2, local(z, 2026, 7, 7, 9, 0));
    QVERIFY(TaskFilter::dueBefore(withDue, noDue));
    QVERIFY(!TaskFilter::dueBefore(noDue, withDue));
    QVERIFY(!TaskFilter::dueBefore(withDue, withDue));
    QVERIFY(!TaskFilter::dueBefore(noDue, noDue));
    // A later due date sorts after an earlier one even with a smaller id.
    QVERIFY(TaskFilter::dueBefore(task(9, utc(2026, 7, 1, 0, 0)), task(1, utc(2026, 7, 2, 0, 0))));
    QVERIFY(!TaskFilter::dueBefore(task(1, utc(2026, 7, 2, 0, 0)), task(9, utc(2026, 7, 1, 0, 0))));
}

void TestTaskFilter::tasksWithoutDueDate()
{
    const ManualClock clock(utc(2026, 7, 7, 8, 0), berlin());
    TaskFilter filter;
    filter.setReference(clock.now(), clock.timeZone());
    const Task noDue = task(1);
    QVERIFY(!filter.inView(noDue, TaskView::Due));
    QVERIFY(!filter.inView(noDue, TaskView::Overdue));
    QVERIFY(!filter.inView(noDue, TaskView::Today));
    QVERIFY(filter.inView(noDue, TaskView::Upcoming));
    QVERIFY(filter.inView(noDue, TaskView::All));

    const QList<Task> tasks = {noDue, task(2, utc(2026, 7, 6, 8, 0)),
                               task(3, utc(2026, 7, 7, 9, 0)), task(4, utc(2026, 7, 9, 8, 0))};
    const auto n = filter.counts(tasks);
    QCOMPARE(n[size_t(TaskView::Overdue)], 1);
    QCOMPARE(n[size_t(TaskView::Today)], 1);
    QCOMPARE(n[size_t(TaskView::Due)], 2);
    QCOMPARE(n[size_t(TaskView::Upcoming)], 2);
    QCOMPARE(n[size_t(TaskView::All)], 4);
}

void TestTaskFilter::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expected");

    using Ids = QList<qint64>;
    QTest::newRow("empty shows all") << QString() << Ids{1, 2, 3, 4};
    QTest::newRow("only spaces shows all") << QStringLiteral("   ") << Ids{1, 2, 3, 4};
    QTest::newRow("zoe finds Zoë and Zoe") << QStringLiteral("zoe") << Ids{1, 3};
    QTest::newRow("Zoë finds Zoë and Zoe") << QStringLiteral("Zoë") << Ids{1, 3};
    QTest::newRow("ZOË upper case") << QStringLiteral("ZOË") << Ids{1, 3};
    QTest::newRow("zoe with combining diaeresis") << QStringLiteral("Zoe\u0308") << Ids{1, 3};
    QTest::newRow("jose alvarez finds José Álvarez") << QStringLiteral("jose alvarez") << Ids{2};
    QTest::newRow("JOSÉ ÁLVAREZ") << QStringLiteral("JOSÉ ÁLVAREZ") << Ids{2};
    QTest::newRow("words in any order") << QStringLiteral("alvarez jose") << Ids{2};
    QTest::newRow("extra spaces") << QStringLiteral("  zoe   martin ") << Ids{1};
    QTest::newRow("words are ANDed") << QStringLiteral("zoe baker") << Ids{3};
    QTest::newRow("unmatched word hides") << QStringLiteral("jose zebra") << Ids{};
    QTest::newRow("nothing matches") << QStringLiteral("zebra") << Ids{};
    QTest::newRow("first name") << QStringLiteral("JOSE") << Ids{2};
    QTest::newRow("last name") << QStringLiteral("martin") << Ids{1};
    QTest::newRow("company") << QStringLiteral("acme") << Ids{1};
    QTest::newRow("account name") << QStringLiteral("initrode") << Ids{2};
    QTest::newRow("account name, second task") << QStringLiteral("Umbrella") << Ids{4};
    QTest::newRow("opportunity name") << QStringLiteral("platform renewal") << Ids{3};
    QTest::newRow("flow name") << QStringLiteral("outreach") << Ids{2};
    QTest::newRow("flow name, other flow") << QStringLiteral("new business") << Ids{3};
    QTest::newRow("word in flow and opportunity") << QStringLiteral("renewal") << Ids{2, 3};
    QTest::newRow("step name") << QStringLiteral("intro") << Ids{3};
    QTest::newRow("step name and title") << QStringLiteral("call") << Ids{1, 2};
    QTest::newRow("title") << QStringLiteral("qbr") << Ids{4};
    QTest::newRow("title, mixed case") << QStringLiteral("InVoice") << Ids{1};
    QTest::newRow("substring") << QStringLiteral("glob") << Ids{3};
    QTest::newRow("words across fields") << QStringLiteral("initech renewal") << Ids{2};
}

void TestTaskFilter::search()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expected);

    const ManualClock clock(utc(2026, 7, 7, 8, 0), berlin());
    TaskFilter filter;
    filter.setReference(clock.now(), clock.timeZone());
    filter.setView(TaskView::All);
    filter.setSearchText(query);
    QCOMPARE(filter.searchText(), query);

    const QList<Task> tasks = searchTasks(utc(2026, 7, 7, 12, 0));
    QCOMPARE(accepted(filter, tasks), expected);

    // Search is view-independent for these tasks, all due today.
    filter.setView(TaskView::Due);
    QCOMPARE(accepted(filter, tasks), expected);
    filter.setView(TaskView::Upcoming);
    QCOMPARE(accepted(filter, tasks), QList<qint64>());

    const auto n = filter.counts(tasks);
    QCOMPARE(n[size_t(TaskView::All)], int(expected.size()));
    QCOMPARE(n[size_t(TaskView::Today)], int(expected.size()));
}

void TestTaskFilter::typeAndFlowFilter_data()
{
    QTest::addColumn<int>("type");      // -1: any
    QTest::addColumn<qint64>("flowId"); // 0: any
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expected");

    using Ids = QList<qint64>;
    const int flowType = int(TaskType::Flow);
    const int manualType = int(TaskType::Manual);
    QTest::newRow("no filter") << -1 << qint64(0) << QString() << Ids{1, 2, 3, 4};
    QTest::newRow("FLOW") << flowType << qint64(0) << QString() << Ids{2, 3};
    QTest::newRow("MANUAL") << manualType << qint64(0) << QString() << Ids{1, 4};
    QTest::newRow("flow 10") << -1 << qint64(10) << QString() << Ids{2};
    QTest::newRow("flow 20") << -1 << qint64(20) << QString() << Ids{3};
    QTest::newRow("unknown flow") << -1 << qint64(30) << QString() << Ids{};
    QTest::newRow("FLOW and flow 20") << flowType << qint64(20) << QString() << Ids{3};
    QTest::newRow("MANUAL and flow 20") << manualType << qint64(20) << QString() << Ids{};
    QTest::newRow("FLOW and search zoe")
        << flowType << qint64(0) << QStringLiteral("zoe") << Ids{3};
    QTest::newRow("MANUAL and search zoe")
        << manualType << qint64(0) << QStringLiteral("zoe") << Ids{1};
    QTest::newRow("flow 10 and search zoe") << -1 << qint64(10) << QStringLiteral("zoe") << Ids{};
}

void TestTaskFilter::typeAndFlowFilter()
{
    QFETCH(int, type);
    QFETCH(qint64, flowId);
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expected);

    const ManualClock clock(utc(2026, 7, 7, 8, 0), berlin());
    TaskFilter filter;
    filter.setReference(clock.now(), clock.timeZone());
    filter.setView(TaskView::All);
    filter.setSearchText(query);
    if (type >= 0)
        filter.setType(static_cast<TaskType>(type));
    if (flowId != 0)
        filter.setFlowId(flowId);

    const QList<Task> tasks = searchTasks(utc(2026, 7, 7, 12, 0));
    QCOMPARE(accepted(filter, tasks), expected);

    // Clearing the filters brings everything back.
    filter.setType(std::nullopt);
    filter.setFlowId(std::nullopt);
    filter.setSearchText(QString());
    QVERIFY(!filter.type());
    QVERIFY(!filter.flowId());
    QCOMPARE(accepted(filter, tasks), (QList<qint64>{1, 2, 3, 4}));
}

void TestTaskFilter::counts()
{
    const QTimeZone z = berlin();
    const ManualClock clock(local(z, 2026, 7, 7, 10, 0), z);
    TaskFilter filter;
    filter.setReference(clock.now(), clock.timeZone());

    // Four search tasks due at different times plus extra ones.
    QList<Task> tasks = searchTasks(local(z, 2026, 7, 7, 12, 0));
    tasks[0].dueDate = local(z, 2026, 7, 6, 9, 0).toUTC();  // Zoë: overdue
    tasks[1].dueDate = local(z, 2026, 7, 7, 15, 0).toUTC(); // José: today
    tasks[2].dueDate = local(z, 2026, 7, 9, 9, 0).toUTC();  // Zoe Baker: upcoming
    tasks[3].dueDate = QDateTime();                         // QBR: no due date
    Task flowOverdue = task(5, local(z, 2026, 7, 7, 8, 0));
    flowOverdue.type = TaskType::Flow;
    flowOverdue.flow = flow(10, QStringLiteral("Renewal outreach"), QStringLiteral("Email"));
    tasks.append(flowOverdue);
    tasks.append(task(6, local(z, 2026, 7, 7, 23, 0))); // manual, today

    struct Case {
        const char *name;
        std::optional<TaskType> type;
        QString query;
        std::array<int, TaskViewCount> expected; // Due, Overdue, Today, Upcoming, All
    };
    const Case cases[] = {
        {"everything", std::nullopt, QString(), {4, 2, 2, 2, 6}},
        {"FLOW", TaskType::Flow, QString(), {2, 1, 1, 1, 3}},
        {"MANUAL", TaskType::Manual, QString(), {2, 1, 1, 1, 3}},
        {"search zoe", std::nullopt, QStringLiteral("zoe"), {1, 1, 0, 1, 2}},
        {"search renewal", std::nullopt, QStringLiteral("renewal"), {2, 1, 1, 1, 3}},
        {"FLOW and renewal", TaskType::Flow, QStringLiteral("renewal"), {2, 1, 1, 1, 3}},
        {"MANUAL and renewal", TaskType::Manual, QStringLiteral("renewal"), {0, 0, 0, 0, 0}},
        {"search nothing", std::nullopt, QStringLiteral("zebra"), {0, 0, 0, 0, 0}},
    };
    for (const Case &c : cases) {
        filter.setType(c.type);
        filter.setSearchText(c.query);
        for (const TaskView selected : {TaskView::Due, TaskView::Upcoming}) {
            // The selected view does not change the counts.
            filter.setView(selected);
            const auto n = filter.counts(tasks);
            for (int v = 0; v < TaskViewCount; ++v) {
                const auto view = static_cast<TaskView>(v);
                QVERIFY2(n[size_t(v)] == c.expected[size_t(v)],
                         qPrintable(QStringLiteral("%1, %2: got %3, expected %4")
                                        .arg(QLatin1String(c.name), viewName(view))
                                        .arg(n[size_t(v)])
                                        .arg(c.expected[size_t(v)])));
                // Consistent with inView and the criteria, and with what accepts() shows.
                int shown = 0;
                int inView = 0;
                TaskFilter probe = filter;
                probe.setView(view);
                for (const Task &t : std::as_const(tasks)) {
                    if (probe.accepts(t))
                        ++shown;
                    if (filter.inView(t, view) && filter.matchesCriteria(TaskFilter::keys(t)))
                        ++inView;
                }
                QCOMPARE(n[size_t(v)], shown);
                QCOMPARE(n[size_t(v)], inView);
            }
            QCOMPARE(n[size_t(TaskView::Due)],
                     n[size_t(TaskView::Overdue)] + n[size_t(TaskView::Today)]);
            QCOMPARE(n[size_t(TaskView::All)], n[size_t(TaskView::Overdue)] +
                                                   n[size_t(TaskView::Today)] +
                                                   n[size_t(TaskView::Upcoming)]);
        }
    }

    // A flow filter narrows the counts too.
    filter.setType(std::nullopt);
    filter.setSearchText(QString());
    filter.setFlowId(10);
    const auto n = filter.counts(tasks);
    QCOMPARE(n[size_t(TaskView::Overdue)], 1);
    QCOMPARE(n[size_t(TaskView::Today)], 1);
    QCOMPARE(n[size_t(TaskView::Upcoming)], 0);
    QCOMPARE(n[size_t(TaskView::All)], 2);
}

void TestTaskFilter::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii") << QStringLiteral("Jon SNOW") << QStringLiteral("jon snow");
    QTest::newRow("diaeresis") << QStringLiteral("Zoë") << QStringLiteral("zoe");
    QTest::newRow("acute") << QStringLiteral("José Álvarez") << QStringLiteral("jose alvarez");
    QTest::newRow("decomposed input") << QStringLiteral("Zoe\u0308") << QStringLiteral("zoe");
    QTest::newRow("cedilla and tilde")
        << QStringLiteral("François Muñoz") << QStringLiteral("francois munoz");
    QTest::newRow("documented example")
        << QStringLiteral("Zoë Ørsted") << QStringLiteral("zoe ørsted");
    QTest::newRow("empty") << QString() << QString();
}

void TestTaskFilter::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TaskFilter::fold(text), expected);
}

void TestTaskFilter::dueText_data()
{
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QString>("expected");

    const QTimeZone z = berlin();
    const QByteArray b = QByteArrayLiteral("Europe/Berlin");
    // Tuesday 7 July 2026, 10:00 in Berlin.
    const QDateTime now = local(z, 2026, 7, 7, 10, 0);

    QTest::newRow("overdue 43m") << local(z, 2026, 7, 7, 9, 17) << now << b
                                 << QStringLiteral("Overdue 43m");
    QTest::newRow("overdue 30s shows 1m")
        << local(z, 2026, 7, 7, 9, 59, 30) << now << b << QStringLiteral("Overdue 1m");
    QTest::newRow("overdue 59m") << local(z, 2026, 7, 7, 9, 0, 1) << now << b
                                 << QStringLiteral("Overdue 59m");
    QTest::newRow("overdue exactly 1h")
        << local(z, 2026, 7, 7, 9, 0) << now << b << QStringLiteral("Overdue 1h");
    QTest::newRow("overdue 5h") << local(z, 2026, 7, 7, 5, 0) << now << b
                                << QStringLiteral("Overdue 5h");
    QTest::newRow("overdue 5h30 rounds down")
        << local(z, 2026, 7, 7, 4, 30) << now << b << QStringLiteral("Overdue 5h");
    QTest::newRow("overdue 23h") << local(z, 2026, 7, 6, 10, 30) << now << b
                                 << QStringLiteral("Overdue 23h");
    QTest::newRow("overdue 2d") << local(z, 2026, 7, 5, 8, 0) << now << b
                                << QStringLiteral("Overdue 2d");
    QTest::newRow("due exactly now") << now << now << b << QStringLiteral("Today 10:00");
    QTest::newRow("today 14:30") << local(z, 2026, 7, 7, 14, 30) << now << b
                                 << QStringLiteral("Today 14:30");
    QTest::newRow("today 23:59") << local(z, 2026, 7, 7, 23, 59) << now << b
                                 << QStringLiteral("Today 23:59");
    QTest::newRow("tomorrow 09:00")
        << local(z, 2026, 7, 8, 9, 0) << now << b << QStringLiteral("Tomorrow 09:00");
    QTest::newRow("tomorrow 00:00")
        << local(z, 2026, 7, 8, 0, 0) << now << b << QStringLiteral("Tomorrow 00:00");
    QTest::newRow("Thursday") << local(z, 2026, 7, 9, 9, 0) << now << b
                              << QStringLiteral("Thu 09:00");
    QTest::newRow("Monday, 6 days")
        << local(z, 2026, 7, 13, 9, 0) << now << b << QStringLiteral("Mon 09:00");
    QTest::newRow("Tuesday from a Saturday")
        << local(z, 2026, 7, 14, 9, 0) << local(z, 2026, 7, 11, 10, 0) << b
        << QStringLiteral("Tue 09:00");
    QTest::newRow("7 days: date") << local(z, 2026, 7, 14, 9, 0) << now << b
                                  << QStringLiteral("14 Jul 09:00");
    QTest::newRow("12 Dec same year")
        << local(z, 2026, 12, 12, 9, 0) << now << b << QStringLiteral("12 Dec 09:00");
    QTest::newRow("4 Jan next year")
        << local(z, 2027, 1, 4, 9, 0) << now << b << QStringLiteral("4 Jan 2027");
    QTest::newRow("next year within a week: weekday")
        << local(z, 2027, 1, 4, 9, 0) << local(z, 2026, 12, 30, 10, 0) << b
        << QStringLiteral("Mon 09:00");
    QTest::newRow("no due date") << QDateTime() << now << b << QStringLiteral("No due date");

    // The same instants read in other zones. 22:30Z is 00:30 on 8 July in Berlin but 15:30 on
    // 7 July in Los Angeles and 07:30 on 8 July in Tokyo (where it is already 17:00 on 7 July).
    const QDateTime nowUtc = utc(2026, 7, 7, 8, 0);
    QTest::newRow("Berlin: tomorrow")
        << utc(2026, 7, 7, 22, 30) << nowUtc << b << QStringLiteral("Tomorrow 00:30");
    QTest::newRow("Los Angeles: today")
        << utc(2026, 7, 7, 22, 30) << nowUtc << QByteArrayLiteral("America/Los_Angeles")
        << QStringLiteral("Today 15:30");
    QTest::newRow("Tokyo: tomorrow")
        << utc(2026, 7, 7, 22, 30) << nowUtc << QByteArrayLiteral("Asia/Tokyo")
        << QStringLiteral("Tomorrow 07:30");
    QTest::newRow("UTC: today") << utc(2026, 7, 7, 22, 30) << nowUtc << QByteArrayLiteral("UTC")
                                << QStringLiteral("Today 22:30");
    // The day Berlin leaves summer time has 25 hours.
    QTest::newRow("Berlin DST end: 23:30 CET is today")
        << utc(2026, 10, 25, 22, 30) << utc(2026, 10, 24, 22, 30) << b
        << QStringLiteral("Today 23:30");
    QTest::newRow("Berlin DST end: midnight is tomorrow")
        << utc(2026, 10, 25, 23, 0) << utc(2026, 10, 24, 22, 30) << b
        << QStringLiteral("Tomorrow 00:00");
}

void TestTaskFilter::dueText()
{
    QFETCH(QDateTime, due);
    QFETCH(QDateTime, now);
    QFETCH(QByteArray, zoneId);
    QFETCH(QString, expected);

    const QTimeZone z(zoneId);
    QVERIFY2(z.isValid(), zoneId.constData());
    const ManualClock clock(now, z);
    QCOMPARE(DueText::format(due, clock.now(), clock.timeZone()), expected);
    // The representation of the instants does not matter, only the instants do.
    if (due.isValid())
        QCOMPARE(DueText::format(due.toUTC(), now.toUTC(), z), expected);
}

QTEST_GUILESS_MAIN(TestTaskFilter)
#include "tst_taskfilter.moc"
