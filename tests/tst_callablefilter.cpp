// Calling hours in the list: the model's Local time column (text, moon, tooltip) at a fixed
// time, its hours kept per zone, and the proxy's "Callable now" with its counts as the clock
// moves; the filter bar's toggle.
#include "core/Clock.h"
#include "ui/FilterBar.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"
#include "ui/TaskTable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace engage;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

// Monday 30 Nov 2026, 12:00 UTC: 13:00 in Berlin (open), 21:00 in Tokyo and 07:00 in New York
// (both closed under the default 08:00–18:00).
const QDateTime Noon = utc(2026, 11, 30, 12, 0);

enum Id : qint64 { Tokyo = 1, Berlin, NewYork, NoZone, UnknownZone, BerlinTomorrow, NoContact };

Task task(qint64 id, const char *zone, int hoursFromNoon = 0)
{
    Task t;
    t.id = id;
    t.status = TaskStatus::Open;
    t.type = TaskType::Manual;
    t.title = QStringLiteral("Call %1").arg(id);
    t.dueDate = Noon.addSecs(hoursFromNoon * 3600);
    if (zone) {
        t.contact = Contact{};
        t.contact->firstName = QStringLiteral("Contact %1").arg(id);
        t.contact->timezone = QString::fromLatin1(zone);
    }
    return t;
}

TaskList sixZones()
{
    TaskList list;
    list.append(task(Tokyo, "Asia/Tokyo", -1));
    list.append(task(Berlin, "Europe/Berlin"));
    list.append(task(NewYork, "America/New_York", 1));
    list.append(task(NoZone, "", 2));
    list.append(task(UnknownZone, "Mars/Olympus_Mons", 3));
    list.append(task(BerlinTomorrow, "Europe/Berlin", 24));
    list.append(task(NoContact, nullptr, 4));
    return list;
}

QList<qint64> shown(const TaskFilterProxy &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(TaskListModel::TaskIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

// A model and proxy over sixZones() on a clock in Berlin, wired as TaskTable wires them.
struct List {
    ManualClock clock{Noon, QTimeZone("Europe/Berlin")};
    TaskListModel model{clock};
    TaskFilterProxy proxy{clock};
    QAbstractItemModelTester modelTester{&model};
    QAbstractItemModelTester proxyTester{&proxy};

    List()
    {
        proxy.setTaskModel(&model);
        // Written for contacts without a zone read on the rep's clock (the default calls them
        // always callable).
        CallingHoursSettings repClock;
        repClock.withoutZone = CallingHoursSettings::WithoutZone::UseRepZone;
        model.setCallingHours(repClock, clock.timeZone());
        model.setTasks(sixZones());
        proxy.refreshReference();
    }
    QModelIndex cell(qint64 id, int column) const { return model.index(model.rowOf(id), column); }
    QString text(qint64 id) const
    {
        return cell(id, TaskListModel::LocalTimeColumn).data().toString();
    }
    QString tip(qint64 id) const
    {
        return cell(id, TaskListModel::LocalTimeColumn).data(Qt::ToolTipRole).toString();
    }
    bool closedMark(qint64 id) const
    {
        const auto icon = cell(id, TaskListModel::LocalTimeColumn).data(Qt::DecorationRole);
        return icon.value<QIcon>().cacheKey() == TaskListModel::closedIcon().cacheKey();
    }
};

} // namespace

class TestCallableFilter : public QObject
{
    Q_OBJECT

private slots:
    void theColumnShowsTheContactsClock()
    {
        List list;
        QCOMPARE(list.model.columnCount(), int(TaskListModel::ColumnCount));
        QCOMPARE(list.model.headerData(TaskListModel::LocalTimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Local time"));
        QCOMPARE(list.text(Berlin), QStringLiteral("13:00"));
        // Tokyo opens at 08:00 Tuesday there, 00:00 Tuesday on the rep's clock.
        QCOMPARE(list.text(Tokyo), QStringLiteral("opens 00:00 Tue your time"));
        QCOMPARE(list.text(NewYork), QStringLiteral("opens 14:00 your time"));
        QCOMPARE(list.text(NoZone), QStringLiteral("no time zone"));
        QCOMPARE(list.text(NoContact), QStringLiteral("no time zone"));
        QCOMPARE(list.text(UnknownZone), QStringLiteral("unknown time zone"));
        QVERIFY(list.closedMark(Tokyo));
        QVERIFY(list.closedMark(NewYork));
        QVERIFY(!list.closedMark(Berlin));
        QVERIFY(!list.closedMark(NoZone));
        QVERIFY(!list.cell(Tokyo, TaskListModel::LocalTimeColumn)
                     .data(TaskListModel::CallableRole)
                     .toBool());
        QVERIFY(
            list.cell(Berlin, TaskListModel::DueColumn).data(TaskListModel::CallableRole).toBool());
        // The tooltip is the call card's line, as plain text.
        const QString tip = list.tip(Tokyo);
        QVERIFY2(
            tip.contains(QStringLiteral("21:00 there · outside calling hours (opens 08:00 Tue)")),
            qPrintable(tip));
        const QString noZoneTip = list.tip(NoZone);
        QVERIFY2(noZoneTip.contains(QStringLiteral("13:00 your time (no time zone for this "
                                                   "contact) · good time")),
                 qPrintable(noZoneTip));

        // Time moves: an hour later New York is open, and the text says so without a reset.
        list.clock.setNow(Noon.addSecs(3600));
        QCOMPARE(list.text(NewYork), QStringLiteral("08:00"));
        QVERIFY(!list.closedMark(NewYork));
        // Saturday: Berlin's hours open again on Monday.
        list.clock.setNow(utc(2026, 12, 5, 12, 0));
        QCOMPARE(list.text(Berlin), QStringLiteral("opens 08:00 Mon your time"));
    }

    void theColumnKnowsDaylightSavingTime()
    {
        List list;
        CallingHoursSettings everyDay;
        everyDay.withoutZone = CallingHoursSettings::WithoutZone::UseRepZone;
        everyDay.days = {1, 2, 3, 4, 5, 6, 7};
        list.model.setCallingHours(everyDay, QTimeZone("Europe/Berlin"));
        // New York leaves daylight time on Sunday 1 Nov 2026 at 06:00 UTC (02:00 EDT -> 01:00
        // EST): 01:30 happens twice, and 12:30 UTC is 07:30, not 08:30, after it.
        // Opening at 08:00 EST is 13:00 UTC, 14:00 in Berlin (already on winter time).
        const QString opens = QStringLiteral("opens 14:00 your time");
        const QString closedAt = QStringLiteral("%1 there · outside calling hours (opens 08:00)");
        list.clock.setNow(utc(2026, 11, 1, 5, 30));
        QCOMPARE(list.text(NewYork), opens);
        QVERIFY2(list.tip(NewYork).contains(closedAt.arg(QStringLiteral("01:30"))),
                 qPrintable(list.tip(NewYork)));
        list.clock.setNow(utc(2026, 11, 1, 6, 30));
        QCOMPARE(list.text(NewYork), opens);
        QVERIFY(list.tip(NewYork).contains(closedAt.arg(QStringLiteral("01:30"))));
        list.clock.setNow(utc(2026, 11, 1, 12, 30));
        QCOMPARE(list.text(NewYork), opens);
        QVERIFY(list.tip(NewYork).contains(closedAt.arg(QStringLiteral("07:30"))));
        QVERIFY(list.closedMark(NewYork));
        list.clock.setNow(utc(2026, 11, 1, 13, 0));
        QCOMPARE(list.text(NewYork), QStringLiteral("08:00"));
        QVERIFY(!list.closedMark(NewYork));
        // The week before, on daylight time, 12:30 UTC was 08:30 there.
        list.clock.setNow(utc(2026, 10, 25, 12, 30));
        QCOMPARE(list.text(NewYork), QStringLiteral("08:30"));
    }

    void theHoursAreKeptPerZoneUntilTheSettingsChange()
    {
        List list;
        const CallingHours berlin =
            list.model.hoursFor(list.model.taskAt(list.model.rowOf(Berlin)));
        QVERIFY(berlin.usesContactZone());
        QCOMPARE(berlin.zone(), QTimeZone("Europe/Berlin"));
        QCOMPARE(list.model.hoursForZone(QStringLiteral("Europe/Berlin")), berlin);
        QCOMPARE(list.model.hoursFor(list.model.taskAt(list.model.rowOf(NoContact))).zoneSource(),
                 CallingHours::ZoneSource::MissingZone);

        QSignalSpy changed(&list.model, &QAbstractItemModel::dataChanged);
        QSignalSpy hoursChanged(&list.model, &TaskListModel::callingHoursChanged);
        CallingHoursSettings late;
        late.opens = QTime(14, 0);
        late.closes = QTime(20, 0);
        late.withoutZone = CallingHoursSettings::WithoutZone::AlwaysOpen;
        list.model.setCallingHours(late, QTimeZone("Asia/Tokyo"));
        QCOMPARE(hoursChanged.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(),
                 int(TaskListModel::LocalTimeColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(),
                 int(TaskListModel::LocalTimeColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().row(), list.model.rowCount() - 1);
        QCOMPARE(list.model.hoursForZone(QStringLiteral("Europe/Berlin")).settings(), late);
        QCOMPARE(list.model.repZone(), QTimeZone("Asia/Tokyo"));
        // Berlin 13:00 is before 14:00 now, and "your time" is Tokyo's.
        QCOMPARE(list.text(Berlin), QStringLiteral("opens 22:00 your time"));
        QCOMPARE(list.text(NoZone), QStringLiteral("no time zone"));
        QVERIFY(!list.closedMark(NoZone));
    }

    void callableNowHidesContactsOutsideTheirHours()
    {
        List list;
        list.proxy.setView(TaskView::All);
        QSignalSpy criteria(&list.proxy, &TaskFilterProxy::criteriaChanged);
        QCOMPARE(shown(list.proxy), (QList<qint64>{1, 2, 3, 4, 5, 6, 7}));
        list.proxy.setCallableOnly(true);
        QVERIFY(list.proxy.callableOnly());
        QCOMPARE(criteria.size(), 1);
        // A contact without a (known) zone is read on the rep's clock: 13:00, open.
        QCOMPARE(shown(list.proxy),
                 (QList<qint64>{Berlin, NoZone, UnknownZone, BerlinTomorrow, NoContact}));
        QVERIFY(!list.proxy.isCallable(list.model.rowOf(Tokyo)));
        QVERIFY(list.proxy.isCallable(list.model.rowOf(Berlin)));
        // Counts: Tokyo (overdue) and New York (today) leave; the rest are 4 today, 1 upcoming.
        auto counts = list.proxy.viewCounts();
        QCOMPARE(counts[size_t(TaskView::Overdue)], 0);
        QCOMPARE(counts[size_t(TaskView::Today)], 4);
        QCOMPARE(counts[size_t(TaskView::Upcoming)], 1);
        QCOMPARE(counts[size_t(TaskView::All)], 5);
        list.proxy.setCallableOnly(false);
        QCOMPARE(shown(list.proxy).size(), 7);
        QCOMPARE(list.proxy.viewCounts()[size_t(TaskView::All)], 7);
        QCOMPARE(list.proxy.viewCounts()[size_t(TaskView::Overdue)], 1);

        // The clock moves on; refreshReference (the window's minute timer) catches up.
        list.proxy.setCallableOnly(true);
        list.clock.setNow(Noon.addSecs(3600)); // New York 08:00: open
        QCOMPARE(shown(list.proxy).contains(NewYork), false);
        list.proxy.refreshReference();
        QVERIFY(shown(list.proxy).contains(NewYork));
        list.clock.setNow(Noon.addSecs(6 * 3600)); // Berlin 19:00: closed; New York 13:00
        list.proxy.refreshReference();
        QCOMPARE(shown(list.proxy), (QList<qint64>{NewYork}));
        QCOMPARE(list.proxy.viewCounts()[size_t(TaskView::All)], 1);

        // New settings apply at once: zone-less contacts always callable.
        CallingHoursSettings always;
        always.withoutZone = CallingHoursSettings::WithoutZone::AlwaysOpen;
        list.model.setCallingHours(always, QTimeZone("Europe/Berlin"));
        QCOMPARE(shown(list.proxy), (QList<qint64>{NewYork, NoZone, UnknownZone, NoContact}));
        QCOMPARE(list.proxy.viewCounts()[size_t(TaskView::All)], 4);
    }

    void theWindowsMinuteTickRecomputesWhoIsCallable()
    {
        ManualClock clock(Noon, QTimeZone("Europe/Berlin"));
        TaskTable table(clock);
        table.proxy()->setView(TaskView::All);
        table.setTasks(sixZones());
        table.proxy()->setCallableOnly(true);
        QVERIFY(!table.proxyIndexOf(NewYork).isValid());
        QCOMPARE(table.columnWidth(TaskListModel::LocalTimeColumn) > 0, true);
        clock.setNow(Noon.addSecs(3600)); // 08:00 in New York
        table.refreshTimes();             // what MainWindow's minute timer calls
        QVERIFY(table.proxyIndexOf(NewYork).isValid());
        QCOMPARE(table.proxyIndexOf(NewYork).siblingAtColumn(TaskListModel::LocalTimeColumn).data(),
                 QVariant(QStringLiteral("08:00")));
    }

    void callableNowCombinesWithSearchAndViews()
    {
        List list;
        list.proxy.setCallableOnly(true);
        list.proxy.setView(TaskView::Due);
        QCOMPARE(shown(list.proxy), (QList<qint64>{Berlin, NoZone, UnknownZone, NoContact}));
        list.proxy.setSearchText(QStringLiteral("contact"));
        QCOMPARE(shown(list.proxy), (QList<qint64>{Berlin, NoZone, UnknownZone}));
        list.proxy.setView(TaskView::Overdue);
        QCOMPARE(shown(list.proxy), QList<qint64>{});
    }

    void sortingByLocalTimePutsTheCallableFirst()
    {
        List list;
        list.proxy.setView(TaskView::All);
        list.proxy.sort(TaskListModel::LocalTimeColumn, Qt::AscendingOrder);
        QList<qint64> order;
        for (int row = 0; row < list.proxy.rowCount(); ++row)
            order << list.proxy.index(row, 0).data(TaskListModel::TaskIdRole).toLongLong();
        // The open ones by due date, then New York (opens 13:00 UTC), then Tokyo (23:00 UTC).
        QCOMPARE(order, (QList<qint64>{Berlin, NoZone, UnknownZone, NoContact, BerlinTomorrow,
                                       NewYork, Tokyo}));
    }

    void theFilterBarTogglesCallableNow()
    {
        List list;
        FilterBar bar(&list.proxy);
        bar.show();
        QVERIFY(QTest::qWaitForWindowActive(&bar));
        bar.updateCounts();
        QCOMPARE(bar.viewButtonText(TaskView::All), QStringLiteral("All  7"));
        auto *toggle = bar.findChild<QToolButton *>(QStringLiteral("filter.callableNow"));
        QVERIFY(toggle);
        QCOMPARE(toggle, bar.callableToggle());
        QVERIFY(toggle->isCheckable());
        QVERIFY(!toggle->toolTip().isEmpty());
        QVERIFY(!toggle->isChecked());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(list.proxy.callableOnly());
        QCOMPARE(bar.viewButtonText(TaskView::All), QStringLiteral("All  5"));
        // Alt+N, its mnemonic, turns it off again (a button's mnemonic clicks it animated).
        QTest::keyClick(&bar, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(!toggle->isChecked());
        QVERIFY(!list.proxy.callableOnly());
        QCOMPARE(bar.viewButtonText(TaskView::All), QStringLiteral("All  7"));
    }
};

QTEST_MAIN(TestCallableFilter)
#include "tst_callablefilter.moc"
