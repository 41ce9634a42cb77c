// The expiry radar: the rule (core/FlowExpiry) at its boundaries and with the company's setting,
// the list's words and colour, the Expiring filter and its count under a search, and the
// question before a reschedule moves a flow to-do past its expiry, in the real window against
// the sandbox: "No" sends nothing, "Yes" sends the PATCH.
#include "WindowRig.h"
#include "core/CallSettings.h"
#include "core/FlowExpiry.h"
#include "sandbox/DemoData.h"
#include "ui/ExpiryGuard.h"
#include "ui/FilterBar.h"
#include "ui/RescheduleDialog.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"
#include "ui/Theme.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>

using namespace engage;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()); // Rig's clock
constexpr qint64 Day = 24 * 3600;

Task flowTask(qint64 id, qint64 overdueSecs, const QString &first = QStringLiteral("Jon"))
{
    Task t;
    t.id = id;
    t.userId = DemoData::RepUserId;
    t.status = TaskStatus::Open;
    t.type = TaskType::Flow;
    t.created = t.updated = Now.addDays(-60);
    t.dueDate = Now.addSecs(-overdueSecs);
    t.flow = Flow{77, QStringLiteral("Renewal outreach"), FlowStep{7, QStringLiteral("Call"), 3}};
    Contact c;
    c.crmId = QStringLiteral("003C%1").arg(id);
    c.firstName = first;
    c.lastName = QStringLiteral("Snow");
    c.timezone = QStringLiteral("Europe/Berlin");
    t.contact = c;
    return t;
}

Task manualTask(qint64 id, qint64 overdueSecs)
{
    Task t = flowTask(id, overdueSecs);
    t.type = TaskType::Manual;
    t.flow.reset();
    t.title = QStringLiteral("Send pricing");
    return t;
}

} // namespace

class TestExpiry : public QObject
{
    Q_OBJECT

private slots:
    void theRuleAtItsBoundaries_data()
    {
        QTest::addColumn<qint64>("overdue");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<QString>("label");
        using S = FlowExpiry::State;
        QTest::newRow("24 days: 6 left, quiet") << 24 * Day << int(S::None) << 6 << QString();
        QTest::newRow("25 days: 5 left, soon")
            << 25 * Day << int(S::Soon) << 5 << QStringLiteral("expires in 5 d");
        QTest::newRow("27 days") << 27 * Day << int(S::Soon) << 3
                                 << QStringLiteral("expires in 3 d");
        QTest::newRow("29 days") << 29 * Day << int(S::Soon) << 1
                                 << QStringLiteral("expires in 1 d");
        QTest::newRow("30 days exactly: the instant itself")
            << 30 * Day << int(S::Soon) << 0 << QStringLiteral("expires today");
        QTest::newRow("30 days and a second: past")
            << 30 * Day + 1 << int(S::Past) << -1 << QStringLiteral("expired");
        QTest::newRow("31 days") << 31 * Day << int(S::Past) << -1 << QStringLiteral("expired");
        QTest::newRow("due tomorrow") << -Day << int(S::None) << 31 << QString();
    }
    void theRuleAtItsBoundaries()
    {
        QFETCH(qint64, overdue);
        QFETCH(int, state);
        QFETCH(int, daysLeft);
        QFETCH(QString, label);
        const FlowExpiry expiry; // Gong's 30 days
        const Task t = flowTask(1, overdue);
        QCOMPARE(expiry.expiresAt(t), t.dueDate.addDays(30));
        QCOMPARE(int(expiry.state(t, Now)), state);
        QCOMPARE(expiry.daysLeft(t, Now), daysLeft);
        QCOMPARE(expiry.label(t, Now), label);
        // The list's integer form agrees with the rule.
        QCOMPARE(TaskFilter::dueKey(t) <= expiry.soonDueLimit(Now.toMSecsSinceEpoch()),
                 state != int(FlowExpiry::State::None));
    }

    void manualTasksNeverExpire()
    {
        const FlowExpiry expiry;
        const Task manual = manualTask(2, 90 * Day);
        QVERIFY(!expiry.expiresAt(manual).isValid());
        QCOMPARE(expiry.state(manual, Now), FlowExpiry::State::None);
        QVERIFY(!expiry.movesPast(manual, Now.addYears(1)));
        // A manual task that somehow carries a flow is still manual.
        Task typed = flowTask(3, 90 * Day);
        typed.type = TaskType::Manual;
        QCOMPARE(expiry.state(typed, Now), FlowExpiry::State::None);
        // No due date: nothing to count from.
        Task undated = flowTask(4, 0);
        undated.dueDate = {};
        QCOMPARE(expiry.state(undated, Now), FlowExpiry::State::None);
    }

    void theCompanysSetting()
    {
        const Task t = flowTask(1, 31 * Day);
        QCOMPARE(FlowExpiry(60).state(t, Now), FlowExpiry::State::None);
        QCOMPARE(FlowExpiry(60).daysLeft(t, Now), 29);
        QCOMPARE(FlowExpiry(35).label(t, Now), QStringLiteral("expires in 4 d"));
        QVERIFY(FlowExpiry(30).movesPast(t, Now.addSecs(-Day / 2)));
        QVERIFY(!FlowExpiry(30).movesPast(t, Now.addSecs(-2 * Day)));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(CallSettings::read(settings).flowExpiryDays, 30);
        settings.setValue(QStringLiteral("calling/flowExpiryDays"), 0);
        QCOMPARE(CallSettings::read(settings).flowExpiryDays, 30); // not a company's setting
        CallSettings s;
        s.flowExpiryDays = 45;
        s.write(settings);
        QCOMPARE(settings.value(QStringLiteral("calling/flowExpiryDays")).toInt(), 45);
        QCOMPARE(CallSettings::read(settings).expiry(), FlowExpiry(45));
    }

    void theRowSaysItAndThePastOneIsInTheFailedColour()
    {
        const ManualClock clock(Now, QTimeZone("Europe/Berlin"));
        TaskListModel model(clock);
        QAbstractItemModelTester tester(&model);
        model.setTasks(TaskList(QList<Task>{flowTask(1, 27 * Day), flowTask(2, 31 * Day),
                                            manualTask(3, 40 * Day), flowTask(4, Day)}));
        const auto due = [&](int row) {
            return model.index(row, TaskListModel::DueColumn).data().toString();
        };
        QCOMPARE(due(0), QStringLiteral("Overdue 27d · expires in 3 d"));
        QCOMPARE(due(1), QStringLiteral("Overdue 31d · expired"));
        QCOMPARE(due(2), QStringLiteral("Overdue 40d"));
        QCOMPARE(due(3), QStringLiteral("Overdue 1d"));
        const auto colour = [&](int row) {
            return model.index(row, TaskListModel::DueColumn)
                .data(Qt::ForegroundRole)
                .value<QBrush>()
                .color();
        };
        QCOMPARE(colour(1), Theme::colors().failedText);
        QCOMPARE(colour(0), Theme::colors().overdueText);
        // The company's setting moves it.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFlowExpiry(FlowExpiry(60));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(due(1), QStringLiteral("Overdue 31d"));
    }

    void theFilterAndItsCountFollowTheSearch()
    {
        const ManualClock clock(Now, QTimeZone("Europe/Berlin"));
        TaskListModel model(clock);
        TaskFilterProxy proxy(clock);
        proxy.setTaskModel(&model);
        FilterBar bar(&proxy);
        model.setTasks(TaskList(QList<Task>{flowTask(1, 27 * Day, QStringLiteral("Jon")),
                                            flowTask(2, 31 * Day, QStringLiteral("Arya")),
                                            flowTask(3, 26 * Day, QStringLiteral("Jon")),
                                            flowTask(4, 10 * Day, QStringLiteral("Jon")),
                                            manualTask(5, 40 * Day)}));
        bar.updateCounts();
        QCOMPARE(proxy.counts().expiring, 3);
        QCOMPARE(bar.expiringToggle()->text(), QStringLiteral("E&xpiring  3"));
        proxy.setSearchText(QStringLiteral("jon"));
        QCOMPARE(proxy.counts().expiring, 2);
        QCOMPARE(bar.expiringToggle()->text(), QStringLiteral("E&xpiring  2"));
        bar.expiringToggle()->click();
        QVERIFY(proxy.expiringOnly());
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.viewCounts()[size_t(TaskView::Overdue)], 2);
        proxy.setSearchText({});
        QCOMPARE(proxy.rowCount(), 3);
        // The setting narrows it: at 60 days none is within 5 days of it.
        model.setFlowExpiry(FlowExpiry(60));
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(bar.expiringToggle()->text(), QStringLiteral("E&xpiring  0"));
    }

    void reschedulingPastTheExpiryAsksFirst()
    {
        Rig rig;
        // Jon's to-do expires two hours from now (Mon 30 Nov, 16:00 in Berlin); Shift+R moves it
        // to Tuesday morning, past it.
        QVERIFY(rig.start([](SandboxServer &server) {
            server.setTasks({flowTask(501, 30 * Day - 2 * 3600), manualTask(502, 40 * Day)});
        }));
        QTRY_VERIFY(!rig.sync->isRefreshing());
        QCOMPARE(rig.idAt(0), 502); // the most overdue first
        QStringList asked;
        bool answer = false;
        rig.window->expiryGuard()->setAsker([&](const QString &q) {
            asked << q;
            return answer;
        });
        // A manual task never asks.
        rig.key(Qt::Key_R, Qt::ShiftModifier);
        QVERIFY(asked.isEmpty());
        QTRY_COMPARE(rig.patches().size(), 1);
        rig.server.clearRequests();

        rig.view()->setCurrentIndex(rig.window->taskTable()->proxyIndexOf(501));
        QCOMPARE(rig.idAt(rig.currentRow()), 501);
        rig.key(Qt::Key_R, Qt::ShiftModifier);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first(),
                 QStringLiteral("This flow to-do expires on Mon 30 Nov; moving it past then drops "
                                "Jon Snow from the flow in Gong. Move it anyway?"));
        QTest::qWait(300);
        QVERIFY(rig.patches().isEmpty()); // "No": nothing sent
        QVERIFY(rig.sync->task(501)->dueDate < Now);

        answer = true;
        rig.key(Qt::Key_R, Qt::ShiftModifier);
        QCOMPARE(asked.size(), 2);
        QTRY_COMPARE(rig.patches().size(), 1);
        QVERIFY(rig.patches().first().path.endsWith(QStringLiteral("/501")));
        QVERIFY(jsonOf(rig.patches().first().body).contains(QStringLiteral("dueDate")));
    }

    void altXTogglesTheFilterInTheWindow()
    {
        // Alt+E would be the Edit menu's too (an ambiguous shortcut fires neither): Alt+X.
        Rig rig;
        QVERIFY(rig.start([](SandboxServer &server) {
            server.setTasks({flowTask(801, 27 * Day), flowTask(802, 2 * Day)});
        }));
        QTRY_VERIFY(!rig.sync->isRefreshing());
        QCOMPARE(rig.model()->rowCount(), 2);
        rig.key(Qt::Key_X, Qt::AltModifier);
        // A mnemonic clicks the button animated, a moment later.
        QTRY_VERIFY(rig.window->filterBar()->expiringToggle()->isChecked());
        QCOMPARE(rig.model()->rowCount(), 1);
        QCOMPARE(rig.idAt(0), 801);
    }

    void theRescheduleDialogAsksToo()
    {
        Rig rig;
        QVERIFY(
            rig.start([](SandboxServer &server) { server.setTasks({flowTask(601, 27 * Day)}); }));
        QTRY_VERIFY(!rig.sync->isRefreshing());
        int asked = 0;
        rig.window->expiryGuard()->setAsker([&](const QString &) {
            ++asked;
            return false;
        });
        // Next Monday, past Thursday's expiry: asked, "No", nothing sent.
        rig.key(Qt::Key_R);
        QTRY_VERIFY(rig.window->rescheduleDialog());
        rig.window->rescheduleDialog()->pickPreset(4);
        QVERIFY(rig.window->rescheduleDialog()->chosenUtc() > Now.addDays(3));
        rig.window->rescheduleDialog()->accept();
        QCOMPARE(asked, 1);
        QTest::qWait(300);
        QVERIFY(rig.patches().isEmpty());
        // Tomorrow morning, within it: no question, sent.
        QTRY_VERIFY(!rig.window->rescheduleDialog());
        rig.view()->setFocus();
        rig.key(Qt::Key_R);
        QTRY_VERIFY(rig.window->rescheduleDialog());
        rig.window->rescheduleDialog()->pickPreset(2);
        rig.window->rescheduleDialog()->accept();
        QCOMPARE(asked, 1);
        QTRY_COMPARE(rig.patches().size(), 1);
    }
};

QTEST_MAIN(TestExpiry)
#include "tst_expiry.moc"
