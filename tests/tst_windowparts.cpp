// The window's parts on their own, without a sync engine: the message bar's words, the task
// table's place across a rebuild and its moves, the filter bar's counts and flows.
#include "core/Clock.h"
#include "ui/FilterBar.h"
#include "ui/MessageBar.h"
#include "ui/QuitGuard.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"
#include "ui/TaskTable.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace engage;

namespace {
// Monday 30 Nov 2026, 13:00 UTC = 14:00 in Berlin.
const QDateTime Now(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc());

Task task(qint64 id, int hoursFromNow, TaskStatus status = TaskStatus::Open)
{
    Task t;
    t.id = id;
    t.status = status;
    t.type = TaskType::Manual;
    t.title = QStringLiteral("Task %1").arg(id);
    t.dueDate = Now.addSecs(hoursFromNow * 3600);
    return t;
}

// Ten open tasks, id 1 the most overdue, id 10 the latest.
TaskList tenTasks()
{
    TaskList list;
    for (int i = 1; i <= 10; ++i)
        list.append(task(i, i - 5));
    return list;
}

QList<qint64> selectedSorted(const TaskTable &table)
{
    QList<qint64> ids = table.selectedIds();
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

class TestWindowParts : public QObject
{
    Q_OBJECT

private slots:
    void syncStatusSaysWhatItSaidBefore_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("waiting");
        QTest::addColumn<bool>("refreshed");
        QTest::addColumn<int>("calls");
        QTest::addColumn<bool>("notGong");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("banner"); // empty: hidden
        using S = SyncEngine::State;
        const auto row = [](const char *name, S state, int waiting, bool refreshed, int calls,
                            bool notGong, const char *status, const char *banner) {
            QTest::newRow(name) << static_cast<int>(state) << waiting << refreshed << calls
                                << notGong << QString::fromUtf8(status)
                                << QString::fromUtf8(banner);
        };
        row("not connected", S::NotConnected, 0, false, 0, false,
            "Not connected to Gong · 0 calls to Gong today", "");
        row("not connected, waiting", S::NotConnected, 2, false, 0, false,
            "Not connected to Gong · 2 to send · 0 calls to Gong today", "");
        row("synced", S::Synced, 0, true, 1, false, "✓ Synced · as of 14:05 · 1 call to Gong today",
            "");
        row("sending", S::Sending, 3, true, 12, false,
            "Sending 3 · as of 14:05 · 12 calls to Gong today", "");
        row("waiting", S::Waiting, 2, true, 12, false,
            "Waiting · 2 to send · as of 14:05 · 12 calls to Gong today", "");
        row("offline", S::Offline, 0, true, 4, false,
            "Offline · as of 14:05 · 4 calls to Gong today",
            "Offline — Gong cannot be reached; trying again by itself.");
        row("offline, one", S::Offline, 1, true, 4, false,
            "Offline — 1 change waiting · as of 14:05 · 4 calls to Gong today",
            "Offline — Gong cannot be reached · 1 change waiting; it is saved and will be sent "
            "by itself.");
        row("offline, three", S::Offline, 3, false, 4, false,
            "Offline — 3 changes waiting · 4 calls to Gong today",
            "Offline — Gong cannot be reached · 3 changes waiting; they are saved and will be "
            "sent by themselves.");
        row("not Gong", S::Offline, 3, false, 4, true,
            "Offline — 3 changes waiting · 4 calls to Gong today",
            "The server at this address is not Gong's API · 3 changes waiting; they are saved "
            "and will be sent by themselves.");
        row("paused", S::Paused, 1, true, 2, false,
            "Paused: check your credentials (Ctrl+,) · as of 14:05 · 2 calls to Gong today", "");
    }

    void syncStatusSaysWhatItSaidBefore()
    {
        QFETCH(int, state);
        QFETCH(int, waiting);
        QFETCH(bool, refreshed);
        QFETCH(int, calls);
        QFETCH(bool, notGong);
        QFETCH(QString, status);
        QFETCH(QString, banner);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *statusBar = new QStatusBar;
        auto *bar = new MessageBar(statusBar);
        layout->addWidget(bar);
        layout->addWidget(statusBar);
        window.show();
        SyncSummary sync;
        sync.state = static_cast<SyncEngine::State>(state);
        sync.waiting = waiting;
        sync.lastRefreshed = refreshed ? Now.addSecs(5 * 60) : QDateTime();
        sync.callsToday = calls;
        sync.answeredByNotGong = notGong;
        bar->showSync(sync, QTimeZone("Europe/Berlin"));
        QCOMPARE(bar->syncStatusText(), status);
        QCOMPARE(bar->offlineBanner()->isVisible(), !banner.isEmpty());
        if (!banner.isEmpty())
            QCOMPARE(bar->offlineBanner()->text(), banner);
        QCOMPARE(bar->offlineBanner()->textFormat(), Qt::PlainText);
    }

    void theErrorBarShowsCopiesAndCloses()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *statusBar = new QStatusBar;
        auto *bar = new MessageBar(statusBar);
        layout->addWidget(bar);
        layout->addWidget(statusBar);
        window.show();
        QCOMPARE(bar->errorText(), QString());
        const QString message = QStringLiteral("<b>Access denied</b>\nGong request ID: abc");
        bar->showError(message);
        QVERIFY(bar->errorLabel()->isVisible());
        QCOMPARE(bar->errorText(), message);
        QCOMPARE(bar->errorLabel()->textFormat(), Qt::PlainText);
        bar->findChild<QToolButton *>(QStringLiteral("errorCopy"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), message);
        bar->findChild<QToolButton *>(QStringLiteral("errorClose"))->click();
        QVERIFY(!bar->errorLabel()->isVisible());
        QCOMPARE(bar->errorText(), QString());
        bar->showError(message);
        bar->showError({});
        QCOMPARE(bar->errorText(), QString());
        // The notice and its Undo, which is the undo action's.
        QAction undo(QStringLiteral("Undo"));
        undo.setToolTip(QStringLiteral("Undo the last change (Ctrl+Z)"));
        QSignalSpy undone(&undo, &QAction::triggered);
        bar->setUndoAction(&undo);
        bar->showNotice(QStringLiteral("Marked done"), true);
        QCOMPARE(bar->noticeText(), QStringLiteral("Marked done"));
        auto *undoButton = statusBar->findChild<QToolButton *>(QStringLiteral("noticeUndo"));
        QVERIFY(undoButton && undoButton->isVisible());
        QCOMPARE(undoButton->toolTip(), undo.toolTip());
        undoButton->click();
        QCOMPARE(undone.size(), 1);
        bar->showNotice(QStringLiteral("Not saved"), false);
        QVERIFY(!undoButton->isVisible());
    }

    void theTableKeepsThePlaceAcrossARebuild()
    {
        ManualClock clock(Now, QTimeZone("Europe/Berlin"));
        TaskTable table(clock);
        table.proxy()->setView(TaskView::All);
        table.resize(600, 600);
        table.show();
        table.setTasks(tenTasks());
        QCOMPARE(table.model()->rowCount(), 10);
        // Rows 3, 5 and 7 selected (ids 4, 6, 8), the current one id 6.
        QItemSelection selection;
        for (qint64 id : {4, 6, 8})
            selection.select(table.proxyIndexOf(id), table.proxyIndexOf(id));
        table.selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
        table.selectionModel()->setCurrentIndex(table.proxyIndexOf(6),
                                                QItemSelectionModel::NoUpdate);
        QCOMPARE(table.selectedIds(), (QList<qint64>{4, 6, 8})); // in list order
        QCOMPARE(table.currentTaskId(), 6);

        // A rebuild with one more task on top: the same tasks selected, the same one current.
        TaskList more = tenTasks();
        more.append(task(11, -10));
        TaskTable::Place place = table.place();
        table.setTasks(more);
        table.restorePlace(place);
        QCOMPARE(selectedSorted(table), (QList<qint64>{4, 6, 8}));
        QCOMPARE(table.currentTaskId(), 6);
        QCOMPARE(table.currentIndex().row(), 6);

        // The current task leaves: the current row stays where it was, the rest stays selected.
        TaskList fewer;
        for (const Task &t : more) {
            if (t.id != 6)
                fewer.append(t);
        }
        place = table.place();
        table.setTasks(fewer);
        table.restorePlace(place);
        QCOMPARE(selectedSorted(table), (QList<qint64>{4, 8}));
        QCOMPARE(table.currentIndex().row(), 6);
        QCOMPARE(table.currentTaskId(), 7);

        // Nothing selected left at all: the row where the rep was becomes current and selected.
        table.selectionModel()->clearSelection();
        table.setCurrentIndex(table.proxyIndexOf(10));
        place = table.place();
        table.setTasks(TaskList(tenTasks().toList().mid(0, 5)));
        table.restorePlace(place);
        QCOMPARE(table.currentIndex().row(), 4);
        QCOMPARE(table.selectedIds(), QList<qint64>{5});
    }

    void theTableMovesAsTheKeysDo()
    {
        ManualClock clock(Now, QTimeZone("Europe/Berlin"));
        TaskTable table(clock);
        table.proxy()->setView(TaskView::All);
        QSignalSpy current(&table, &TaskTable::currentTaskChanged);
        TaskList list = tenTasks();
        list.replace(2, task(3, -2, TaskStatus::Done)); // a closed row stays until a refresh
        table.setTasks(list);
        QCOMPARE(table.currentTaskId(), 0);
        QCOMPARE(table.selectedIds(), QList<qint64>());
        table.selectFirstIfNone();
        QCOMPARE(table.currentTaskId(), 1);
        QCOMPARE(current.size(), 1);
        table.moveSelection(-1);
        QCOMPARE(table.currentTaskId(), 1);
        table.moveSelection(1);
        QCOMPARE(table.currentTaskId(), 2);
        // After done on id 2, the next open row: id 3 is closed, so id 4.
        table.advanceAfter({2});
        QCOMPARE(table.currentTaskId(), 4);
        table.moveSelection(100);
        QCOMPARE(table.currentTaskId(), 10);
        // Past the last open row there is nowhere to go: the current row stays.
        table.advanceAfter({10});
        QCOMPARE(table.currentTaskId(), 10);
        QCOMPARE(table.proxyIndexOf(99), QModelIndex());
    }

    void theFilterBarCountsAndListsFlows()
    {
        ManualClock clock(Now, QTimeZone("Europe/Berlin"));
        TaskListModel model(clock);
        TaskFilterProxy proxy(clock);
        proxy.setTaskModel(&model);
        FilterBar bar(&proxy);
        TaskList list = tenTasks();
        Task flowTask = task(11, 30);
        flowTask.type = TaskType::Flow;
        flowTask.flow = Flow{};
        flowTask.flow->id = 77;
        flowTask.flow->name = QStringLiteral("Q4 Outbound");
        list.append(flowTask);
        model.setTasks(list);
        proxy.refreshReference();
        bar.updateFlows(list);
        bar.updateCounts();
        // Ids 1-4 overdue, 5-10 due now or later today, 11 tomorrow.
        QCOMPARE(bar.viewButtonText(TaskView::Overdue), QStringLiteral("Overdue  4"));
        QCOMPARE(bar.viewButtonText(TaskView::All), QStringLiteral("All  11"));
        auto *flows = bar.findChild<QComboBox *>(QStringLiteral("flowFilter"));
        QCOMPARE(flows->count(), 2);
        QCOMPARE(flows->itemText(1), QStringLiteral("Q4 Outbound"));
        flows->setCurrentIndex(1);
        QCOMPARE(bar.viewButtonText(TaskView::All), QStringLiteral("All  1"));
        // The flow leaves the list: the filter goes back to all flows.
        list = tenTasks();
        model.setTasks(list);
        bar.updateFlows(list);
        QCOMPARE(flows->currentIndex(), 0);
        QCOMPARE(bar.viewButtonText(TaskView::All), QStringLiteral("All  10"));
        // A view button chooses the view.
        QSignalSpy chosen(&bar, &FilterBar::viewChosen);
        bar.chooseView(TaskView::Today);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(proxy.filter().view(), TaskView::Today);
    }

    void quittingWithChangesWaitingAsksOnce()
    {
        QWidget window;
        window.show();
        QuitGuard guard(&window);
        QList<int> asked;
        QuitGuard::Choice answer = QuitGuard::Choice::Cancel;
        guard.setAsker([&](int waiting) {
            asked << waiting;
            return answer;
        });
        QSignalSpy notice(&guard, &QuitGuard::waitingToQuit);
        QVERIFY(guard.mayClose(0)); // nothing waits: no question
        QVERIFY(!guard.mayClose(2));
        answer = QuitGuard::Choice::QuitNow;
        QVERIFY(guard.mayClose(2));
        answer = QuitGuard::Choice::WaitThenQuit;
        QVERIFY(!guard.mayClose(1));
        QCOMPARE(asked, (QList<int>{2, 2, 1}));
        QCOMPARE(notice.size(), 1);
        QCOMPARE(notice.first().first().toString(),
                 QStringLiteral("Quitting once 1 change has reached Gong…"));
        // Waiting: the window closes by itself at 0, and a second quit is not asked again.
        guard.waitingChanged(1);
        QTest::qWait(10);
        QVERIFY(window.isVisible());
        guard.waitingChanged(0);
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(guard.mayClose(3));
        QCOMPARE(asked.size(), 3);
    }
};

QTEST_MAIN(TestWindowParts)
#include "tst_windowparts.moc"
