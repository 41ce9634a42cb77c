// The real MainWindow, driven from the keyboard offscreen against the sandbox: what the rep does
// and what reaches Gong.
#include "WindowRig.h"
#include "core/CallOutcome.h"
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"
#include "ui/ContactPanel.h"
#include "ui/MainWindow.h"
#include "ui/RescheduleDialog.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <array>

using namespace engage;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void modelsPassTheTester()
    {
        Rig rig;
        QVERIFY(rig.start());
        QAbstractItemModelTester source(rig.window->taskModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxy(rig.window->proxy(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Exercise the models under the testers: filter, search, change, refresh.
        rig.window->proxy()->setView(TaskView::All);
        rig.window->proxy()->setSearchText(QStringLiteral("globex"));
        rig.window->proxy()->setSearchText(QString());
        rig.actions->markDone({rig.idAt(0)});
        rig.sync->refresh();
        QTRY_VERIFY(!rig.sync->isRefreshing());
    }

    void aChangeTheDiskRefusesIsNotMadeAndTheSelectionStays()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        const qint64 first = rig.idAt(0);
        const int patchesBefore = static_cast<int>(rig.patches().size());
        // Another program holds the file: the journal cannot take the change.
        {
            QSqlDatabase blocker =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
            blocker.setDatabaseName(rig.dir.filePath(QStringLiteral("t.sqlite")));
            QVERIFY(blocker.open());
            QSqlQuery lock(blocker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            rig.key(Qt::Key_D);
            // Not shown as made, the selection has not moved, and the rep reads why and where.
            QCOMPARE(rig.currentRow(), 0);
            QCOMPARE(rig.idAt(0), first);
            QCOMPARE(rig.sync->task(first)->status, TaskStatus::Open);
            QVERIFY(!rig.sync->mark(first).pending);
            QVERIFY(rig.window->errorBar()->isVisible());
            const QString why = rig.window->errorBar()->text();
            QVERIFY2(why.contains(QStringLiteral("was not saved")) &&
                         why.contains(QDir::toNativeSeparators(rig.dir.path())),
                     qPrintable(why));
            QCOMPARE(rig.window->noticeText(), QStringLiteral("Not saved"));
            QVERIFY(!rig.actions->canUndo());
            QCOMPARE(static_cast<int>(rig.patches().size()), patchesBefore);
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            lock.finish();
            blocker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        // The window kept working: the next D is kept, moves on and reaches Gong.
        rig.key(Qt::Key_D);
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Done);
        QCOMPARE(rig.currentRow(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.task(first)->status, TaskStatus::Done, 10000);
    }

    void aRefreshKeepsTheSelectionTheCurrentRowAndTheScroll()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        rig.window->resize(900, 400); // fewer rows than tasks: the list scrolls
        rig.window->proxy()->setView(TaskView::All);
        QTRY_VERIFY(rig.view()->verticalScrollBar()->maximum() > 0);
        QList<qint64> picked;
        QItemSelection selection;
        for (int row : {3, 5, 6, 9, 12}) {
            picked.append(rig.idAt(row));
            const QModelIndex index = rig.model()->index(row, 0);
            selection.select(index, index);
        }
        rig.view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        rig.view()->selectionModel()->setCurrentIndex(rig.model()->index(9, 0),
                                                      QItemSelectionModel::NoUpdate);
        rig.view()->verticalScrollBar()->setValue(4);
        const qint64 current = rig.idAt(9);
        const qint64 top =
            rig.view()->indexAt(QPoint(0, 0)).data(TaskListModel::TaskIdRole).toLongLong();
        // Someone else closes the first task (above the top of the view) and renames another;
        // the refresh brings both in, and the rows move up by one.
        const qint64 gone = rig.idAt(0);
        rig.server.changeElsewhere(gone, [](Task &t) { t.status = TaskStatus::Done; });
        rig.server.changeElsewhere(rig.idAt(1), [](Task &t) { t.title += QStringLiteral("!"); });
        QSignalSpy refreshed(rig.sync.get(), &SyncEngine::refreshSucceeded);
        rig.key(Qt::Key_F5);
        QTRY_COMPARE(refreshed.size(), 1);
        QList<qint64> after;
        for (const QModelIndex &index : rig.view()->selectionModel()->selectedRows())
            after.append(index.data(TaskListModel::TaskIdRole).toLongLong());
        std::sort(after.begin(), after.end());
        std::sort(picked.begin(), picked.end());
        QCOMPARE(after, picked);
        QCOMPARE(rig.view()->currentIndex().data(TaskListModel::TaskIdRole).toLongLong(), current);
        QCOMPARE(rig.view()->indexAt(QPoint(0, 0)).data(TaskListModel::TaskIdRole).toLongLong(),
                 top);
        QVERIFY(top != rig.idAt(0));                                            // it was scrolled
        QVERIFY(!rig.sync->task(gone));                                         // it refreshed
        QVERIFY(rig.sync->task(rig.idAt(0))->title.endsWith(QLatin1Char('!'))); // (renamed)
    }

    void aRefreshThatTakesTheCurrentRowKeepsTheRestOfTheSelection()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        rig.window->proxy()->setView(TaskView::All);
        QList<qint64> picked;
        QItemSelection selection;
        for (int row : {2, 4, 6}) {
            picked.append(rig.idAt(row));
            const QModelIndex index = rig.model()->index(row, 0);
            selection.select(index, index);
        }
        rig.view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        rig.view()->selectionModel()->setCurrentIndex(rig.model()->index(4, 0),
                                                      QItemSelectionModel::NoUpdate);
        // A colleague closes the current task; the refresh takes it off the list.
        const qint64 gone = picked.takeAt(1);
        rig.server.changeElsewhere(gone, [](Task &t) { t.status = TaskStatus::Dismissed; });
        QSignalSpy refreshed(rig.sync.get(), &SyncEngine::refreshSucceeded);
        rig.key(Qt::Key_F5);
        QTRY_COMPARE(refreshed.size(), 1);
        QVERIFY(!rig.sync->task(gone));
        QList<qint64> after;
        for (const QModelIndex &index : rig.view()->selectionModel()->selectedRows())
            after.append(index.data(TaskListModel::TaskIdRole).toLongLong());
        std::sort(after.begin(), after.end());
        std::sort(picked.begin(), picked.end());
        QCOMPARE(after, picked);
        // The current row stays where it was, on the task that moved up into its place.
        QCOMPARE(rig.currentRow(), 4);
    }

    void dMarksTheMostOverdueTaskDoneAndMovesOn()
    {
        Rig rig;
        QVERIFY(rig.start());
        // The keyboard starts in the list, on the first task.
        QCOMPARE(QApplication::focusWidget(), rig.view());
        QCOMPARE(rig.currentRow(), 0);
        const qint64 first = rig.idAt(0);
        const qint64 second = rig.idAt(1);
        // The first row is the most overdue task of all.
        QDateTime oldest;
        for (const Task &t : rig.server.tasks()) {
            if (t.dueDate.isValid() && (!oldest.isValid() || t.dueDate < oldest))
                oldest = t.dueDate;
        }
        QCOMPARE(rig.server.task(first)->dueDate, oldest);

        rig.key(Qt::Key_D);
        QCOMPARE(rig.idAt(rig.currentRow()), second);
        QTRY_COMPARE(rig.patches().size(), 1);
        const RecordedRequest patch = rig.patches().first();
        QCOMPARE(patch.path, QStringLiteral("/v2/tasks/%1").arg(first));
        QCOMPARE(jsonOf(patch.body), jsonOf(R"({"userId":"234599484848423","status":"DONE"})"));
        QTRY_COMPARE(rig.server.task(first)->status, TaskStatus::Done);
        QVERIFY(rig.window->noticeText().startsWith(QStringLiteral("Marked done")));
    }

    void deleteDismisses()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 first = rig.idAt(0);
        rig.key(Qt::Key_Delete);
        QTRY_COMPARE(rig.patches().size(), 1);
        QCOMPARE(jsonOf(rig.patches().first().body),
                 jsonOf(R"({"userId":"234599484848423","status":"DISMISSED"})"));
        QTRY_COMPARE(rig.server.task(first)->status, TaskStatus::Dismissed);
    }

    void severalSelectedRowsTakeOneActionTogether()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 a = rig.idAt(0), b = rig.idAt(1), c = rig.idAt(2);
        rig.key(Qt::Key_Down, Qt::ShiftModifier);
        rig.key(Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(rig.view()->selectionModel()->selectedRows().size(), 3);
        rig.key(Qt::Key_D);
        QTRY_COMPARE(rig.patches().size(), 3);
        for (qint64 id : {a, b, c})
            QTRY_COMPARE(rig.server.task(id)->status, TaskStatus::Done);
        QCOMPARE(rig.window->noticeText(), QStringLiteral("Marked done · 3 tasks"));
    }

    void rTwoReturnReschedulesToTomorrowNine()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 first = rig.idAt(0);
        rig.key(Qt::Key_R);
        QTRY_VERIFY(rig.window->rescheduleDialog() && rig.window->rescheduleDialog()->isVisible());
        QTest::keyClick(rig.window->rescheduleDialog(), Qt::Key_2);
        QTest::keyClick(rig.window->rescheduleDialog(), Qt::Key_Return);
        QTRY_COMPARE(rig.patches().size(), 1);
        // Tomorrow 09:00 in Berlin (CET, UTC+1) is 08:00Z.
        QCOMPARE(jsonOf(rig.patches().first().body),
                 jsonOf(R"({"userId":"234599484848423","dueDate":"2026-12-01T08:00:00Z"})"));
        QCOMPARE(rig.patches().first().path, QStringLiteral("/v2/tasks/%1").arg(first));
    }

    void escapeCancelsTheRescheduleDialog()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.key(Qt::Key_R);
        QTRY_VERIFY(rig.window->rescheduleDialog() && rig.window->rescheduleDialog()->isVisible());
        QTest::keyClick(rig.window->rescheduleDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!rig.window->rescheduleDialog());
        QTest::qWait(100);
        QCOMPARE(rig.patches().size(), 0);
    }

    void shiftRReschedulesToTheNextBusinessMorning()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.key(Qt::Key_R, Qt::ShiftModifier);
        QTRY_COMPARE(rig.patches().size(), 1);
        // Monday afternoon → Tuesday 09:00 Berlin.
        QCOMPARE(jsonOf(rig.patches().first().body).value(QLatin1String("dueDate")).toString(),
                 QStringLiteral("2026-12-01T08:00:00Z"));
    }

    void undoBeforeSendingCancelsWithNoTraffic()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 first = rig.idAt(0);
        rig.server.setLatencyMs(0);
        // D and Ctrl+Z in the same breath: the change never leaves the journal.
        QTest::keyClick(rig.view(), Qt::Key_D);
        QTest::keyClick(rig.view(), Qt::Key_Z, Qt::ControlModifier);
        QTest::qWait(300);
        QCOMPARE(rig.patches().size(), 0);
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Open);
        QCOMPARE(rig.store.pendingChanges().size(), 0);
    }

    void undoAfterSendingReopens()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 first = rig.idAt(0);
        rig.key(Qt::Key_D);
        QTRY_COMPARE(rig.server.task(first)->status, TaskStatus::Done);
        rig.key(Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(rig.patches().size(), 2);
        QCOMPARE(jsonOf(rig.patches().last().body),
                 jsonOf(R"({"userId":"234599484848423","status":"OPEN"})"));
        QTRY_COMPARE(rig.server.task(first)->status, TaskStatus::Open);
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Open);
    }

    void jAndKMoveTheSelection()
    {
        Rig rig;
        QVERIFY(rig.start());
        QCOMPARE(rig.currentRow(), 0);
        rig.key(Qt::Key_J);
        rig.key(Qt::Key_J);
        QCOMPARE(rig.currentRow(), 2);
        rig.key(Qt::Key_K);
        QCOMPARE(rig.currentRow(), 1);
        rig.key(Qt::Key_K);
        rig.key(Qt::Key_K);
        QCOMPARE(rig.currentRow(), 0);
    }

    void slashSearchesAndTypingFilters()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.key(Qt::Key_1, Qt::AltModifier); // the "Due" view... then All, to search everything
        rig.key(Qt::Key_5, Qt::AltModifier);
        QCOMPARE(rig.model()->rowCount(), static_cast<int>(rig.server.tasks().size()));
        rig.key(Qt::Key_Slash);
        QVERIFY(rig.window->searchField()->hasFocus());
        // "zoe" finds Zoë Ørsted, accents ignored; typing "d" here types, it marks nothing done.
        QTest::keyClicks(rig.window->searchField(), QStringLiteral("zoe"));
        QCOMPARE(rig.model()->rowCount(), 1);
        QCOMPARE(rig.model()->index(0, TaskListModel::ContactColumn).data().toString(),
                 QStringLiteral("Zoë Ørsted"));
        QTest::keyClick(rig.window->searchField(), Qt::Key_Escape);
        QCOMPARE(rig.window->searchField()->text(), QString());
        QVERIFY(rig.view()->hasFocus());
        QCOMPARE(rig.patches().size(), 0);
    }

    void viewCountsMatchTheData()
    {
        Rig rig;
        QVERIFY(rig.start());
        // Counted here from the due dates alone, not by TaskFilter or the proxy: now is Mon 30 Nov
        // 2026, 14:00 in Berlin, so "today" ends at local midnight before Tue 1 Dec.
        const QDateTime now = rig.clock.now();
        const QDateTime tomorrow(QDate(2026, 12, 1), QTime(0, 0), QTimeZone("Europe/Berlin"));
        int overdue = 0;
        int today = 0;
        int upcoming = 0;
        for (const Task &task : rig.server.tasks()) {
            QCOMPARE(task.status, TaskStatus::Open);
            if (!task.dueDate.isValid() || task.dueDate >= tomorrow)
                ++upcoming;
            else if (task.dueDate < now)
                ++overdue;
            else
                ++today;
        }
        // What the seeded demo is: 5 rows overdue from earlier days and 3 from earlier today,
        // 10 later today, 13 this week, 9 later and 2 without a due date.
        QCOMPARE(overdue, 8);
        QCOMPARE(today, 10);
        QCOMPARE(upcoming, 24);
        std::array<int, TaskViewCount> expected{};
        expected[static_cast<size_t>(TaskView::Due)] = overdue + today;
        expected[static_cast<size_t>(TaskView::Overdue)] = overdue;
        expected[static_cast<size_t>(TaskView::Today)] = today;
        expected[static_cast<size_t>(TaskView::Upcoming)] = upcoming;
        expected[static_cast<size_t>(TaskView::All)] = overdue + today + upcoming;
        // The buttons say how many open tasks each view holds; the list shows `rows` of them.
        const auto checkViews = [&rig](const std::array<int, TaskViewCount> &counts,
                                       const std::array<int, TaskViewCount> &rows) {
            for (int v = 0; v < TaskViewCount; ++v) {
                const auto view = static_cast<TaskView>(v);
                QCOMPARE(rig.window->viewButtonText(view),
                         QStringLiteral("%1  %2")
                             .arg(viewName(view))
                             .arg(counts[static_cast<size_t>(v)]));
                rig.window->proxy()->setView(view);
                QCOMPARE(rig.model()->rowCount(), rows[static_cast<size_t>(v)]);
            }
        };
        checkViews(expected, expected);
        if (QTest::currentTestFailed())
            return;

        // Done with the most overdue task: it no longer counts as work left in Due, Overdue and
        // All, but its row stays in the list, struck through, until the next refresh.
        rig.window->proxy()->setView(TaskView::Due);
        rig.view()->setCurrentIndex(rig.model()->index(0, 0));
        rig.view()->setFocus();
        rig.key(Qt::Key_D);
        QTRY_COMPARE(rig.window->viewButtonText(TaskView::Overdue),
                     QStringLiteral("Overdue  %1").arg(overdue - 1));
        const std::array<int, TaskViewCount> rows = expected;
        for (const TaskView view : {TaskView::Due, TaskView::Overdue, TaskView::All})
            --expected[static_cast<size_t>(view)];
        checkViews(expected, rows);
    }

    void panelsShowTheSelectedTask()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.window->proxy()->setView(TaskView::All);
        for (int row = 0; row < rig.model()->rowCount(); ++row) {
            rig.view()->setCurrentIndex(rig.model()->index(row, 0));
            const Task task =
                rig.model()->index(row, 0).data(TaskListModel::TaskRole).value<Task>();
            const auto *name = rig.window->findChild<QLabel *>(QStringLiteral("contactName"));
            QVERIFY(name);
            // The panels follow the current row once its events are handled.
            QTRY_COMPARE(name->text(), task.contact->displayName());
            QCOMPARE(name->textFormat(), Qt::PlainText);
            const auto *warning = rig.window->findChild<QWidget *>(QStringLiteral("optOutWarning"));
            QVERIFY(warning);
            QCOMPARE(warning->isVisible(), task.contact->optedOutOfCalls());
            if (task.flow) {
                const auto *flow = rig.window->findChild<QLabel *>(QStringLiteral("flowName"));
                QVERIFY(flow);
                QCOMPARE(flow->text(), task.flow->name);
            }
        }
    }

    void offlineBannerCountsWaitingChanges()
    {
        Rig rig;
        QVERIFY(rig.start());
        GongConfig c = rig.client.config();
        c.timeoutMs = 300;
        rig.client.setConfig(c);
        rig.server.setSilent(true);
        rig.key(Qt::Key_D);
        rig.key(Qt::Key_D);
        rig.key(Qt::Key_D);
        QTRY_VERIFY_WITH_TIMEOUT(rig.window->offlineBanner()->isVisible(), 5000);
        QCOMPARE(
            rig.window->offlineBanner()->text(),
            QStringLiteral("Offline — Gong cannot be reached · 3 changes waiting; they are saved "
                           "and will be sent by themselves."));
        QVERIFY(
            rig.window->syncStatusText().startsWith(QStringLiteral("Offline — 3 changes waiting")));
        // Back online: they go by themselves and the banner leaves.
        rig.server.setSilent(false);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.window->offlineBanner()->isVisible(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sync->waitingCount(), 0, 20000);
    }

    void quittingWithUnsentChangesAsks()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.server.setSilent(true); // nothing gets through
        rig.key(Qt::Key_D);
        rig.key(Qt::Key_D);
        int asked = -1;
        rig.window->setQuitAsker([&](int waiting) {
            asked = waiting;
            return MainWindow::QuitChoice::Cancel;
        });
        QVERIFY(!rig.window->close());
        QCOMPARE(asked, 2);
        QVERIFY(rig.window->isVisible());

        // Wait, then quit: the window closes by itself once Gong has both.
        rig.window->setQuitAsker([](int) { return MainWindow::QuitChoice::WaitThenQuit; });
        QVERIFY(!rig.window->close());
        QVERIFY(rig.window->noticeText().startsWith(QStringLiteral("Quitting once 2 changes")));
        rig.server.setSilent(false);
        GongConfig c = rig.client.config();
        c.timeoutMs = 300;
        rig.client.setConfig(c);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.window->isVisible(), 30000);
        QCOMPARE(rig.sync->waitingCount(), 0);
    }

    void quitNowKeepsTheJournal()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.server.setSilent(true);
        rig.key(Qt::Key_D);
        rig.window->setQuitAsker([](int) { return MainWindow::QuitChoice::QuitNow; });
        QVERIFY(rig.window->close());
        QCOMPARE(rig.store.pendingChanges().size(), 1);
    }

    void shortcutsWindowListsEveryShortcut()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.key(Qt::Key_F1);
        QTableWidget *table = nullptr;
        QTRY_VERIFY(
            (table = rig.window->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"))));
        // Each row as the rep reads it: the action, and every key sequence in its cell parsed
        // whole, so "D" is never found inside "Del" nor "R" inside "Ctrl+R".
        QMap<QString, QStringList> shown;
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(table->item(row, 0) && table->item(row, 1));
            const QString action = table->item(row, 0)->text();
            const QString cell = table->item(row, 1)->text();
            QVERIFY2(!shown.contains(action), qPrintable(action));
            if (action.startsWith(QStringLiteral("In Reschedule:"))) {
                shown.insert(action, {cell});
                continue;
            }
            QStringList keys;
            for (const QString &part : cell.split(QStringLiteral("   or   "))) {
                const QKeySequence key = QKeySequence::fromString(part, QKeySequence::NativeText);
                QVERIFY2(key.count() == 1 && key.toString(QKeySequence::NativeText) == part,
                         qPrintable(action + QStringLiteral(": ") + cell));
                keys << key.toString(QKeySequence::PortableText);
            }
            shown.insert(action, keys);
        }
        const QMap<QString, QStringList> expected{
            {QStringLiteral("Mark Done"), {QStringLiteral("D"), QStringLiteral("Ctrl+Return")}},
            {QStringLiteral("Dismiss"), {QStringLiteral("Del")}},
            {QStringLiteral("Reschedule"), {QStringLiteral("R")}},
            {QStringLiteral("Reschedule to Next Business Morning"), {QStringLiteral("Shift+R")}},
            {QStringLiteral("Spread Over Days"), {QStringLiteral("Ctrl+Shift+R")}},
            {QStringLiteral("Reopen"), {QStringLiteral("Shift+O")}},
            {QStringLiteral("Undo"), {QStringLiteral("Ctrl+Z")}},
            {QStringLiteral("Next Task"), {QStringLiteral("J")}},
            {QStringLiteral("Previous Task"), {QStringLiteral("K")}},
            {QStringLiteral("Find"), {QStringLiteral("/"), QStringLiteral("Ctrl+F")}},
            {QStringLiteral("Refresh"), {QStringLiteral("F5"), QStringLiteral("Ctrl+R")}},
            {QStringLiteral("Keyboard Shortcuts"), {QStringLiteral("?"), QStringLiteral("F1")}},
            {QStringLiteral("Command Palette"), {QStringLiteral("Ctrl+K")}},
            {QStringLiteral("Settings"), {QStringLiteral("Ctrl+,")}},
            {QStringLiteral("Quit"), {QStringLiteral("Ctrl+Q")}},
            {QStringLiteral("Due"), {QStringLiteral("Alt+1")}},
            {QStringLiteral("Overdue"), {QStringLiteral("Alt+2")}},
            {QStringLiteral("Today"), {QStringLiteral("Alt+3")}},
            {QStringLiteral("Upcoming"), {QStringLiteral("Alt+4")}},
            {QStringLiteral("All"), {QStringLiteral("Alt+5")}},
            {QStringLiteral("Start Calling"), {QStringLiteral("S")}},
            {QStringLiteral("Start a New Session"), {QStringLiteral("Shift+S")}},
            {QStringLiteral("Dial"), {QStringLiteral("C")}},
            {QStringLiteral("Add a Note"), {QStringLiteral("N")}},
            {QStringLiteral("Skip to the Next Call"), {QStringLiteral("J"), QStringLiteral("Tab")}},
            {QStringLiteral("Back to the Previous Call"), {QStringLiteral("K")}},
            {QStringLiteral("Pause"), {QStringLiteral("P")}},
            {QStringLiteral("End the Session"), {QStringLiteral("Esc")}},
            {QStringLiteral("Today's Calls"), {QStringLiteral("Ctrl+L")}},
            {QStringLiteral("Preferences"), {QStringLiteral("Ctrl+Shift+,")}},
            {QStringLiteral("In Reschedule: pick a preset"), {QStringLiteral("1   2   3   4")}},
            {QStringLiteral("In Reschedule: apply / cancel"), {QStringLiteral("Return   /   Esc")}},
        };
        // The outcome keys, 1 to 9, each named after one of the outcomes (Gong's defaults here).
        const QList<CallOutcome> outcomes = CallOutcome::gongDefaults();
        for (int i = 0; i < 9 && i < outcomes.size(); ++i) {
            const QString name = QStringLiteral("%1 %2").arg(i + 1).arg(outcomes.at(i).name);
            QCOMPARE(shown.take(name), QStringList{QString::number(i + 1)});
        }
        for (int i = int(outcomes.size()); i < 9; ++i)
            QCOMPARE(shown.take(QStringLiteral("Outcome %1").arg(i + 1)),
                     QStringList{QString::number(i + 1)});
        QCOMPARE(shown.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(shown.value(it.key()) == it.value(),
                     qPrintable(it.key() + QStringLiteral(": shows ") +
                                shown.value(it.key()).join(QStringLiteral(", ")) +
                                QStringLiteral("; expected ") +
                                it.value().join(QStringLiteral(", "))));
    }

    void windowLayoutIsRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        int width = 0;
        {
            Rig rig;
            QVERIFY(rig.start());
            QSettings settings(path, QSettings::IniFormat);
            MainWindow window(rig.sync.get(), rig.actions.get(), rig.clock, &settings);
            window.show();
            window.taskView()->setColumnWidth(TaskListModel::ContactColumn, 222);
            window.taskView()->sortByColumn(TaskListModel::CompanyColumn, Qt::DescendingOrder);
            window.resize(1111, 666);
            width = window.width();
            window.close();
        }
        Rig rig;
        QVERIFY(rig.start());
        QSettings settings(path, QSettings::IniFormat);
        MainWindow window(rig.sync.get(), rig.actions.get(), rig.clock, &settings);
        window.show();
        QCOMPARE(window.taskView()->columnWidth(TaskListModel::ContactColumn), 222);
        QCOMPARE(window.taskView()->header()->sortIndicatorSection(),
                 int(TaskListModel::CompanyColumn));
        QCOMPARE(window.taskView()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(window.width(), width);
    }

    void aRefusalShowsGongsWordsAndRequestId()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.server.enqueueError(403, QStringLiteral("Access denied to this task"));
        rig.key(Qt::Key_D);
        QTRY_VERIFY(rig.window->errorBar()->isVisible());
        const QString text = rig.window->errorBar()->text();
        QVERIFY2(text.contains(QStringLiteral("Access denied to this task")), qPrintable(text));
        QVERIFY2(QRegularExpression(QStringLiteral("Gong request ID: [0-9a-z]{19}"))
                     .match(text)
                     .hasMatch(),
                 qPrintable(text));
        QCOMPARE(rig.window->errorBar()->textFormat(), Qt::PlainText);
        // The change is kept, marked refused on its row, for retry or discard.
        QCOMPARE(rig.store.pendingChanges().size(), 1);
        QVERIFY(rig.store.pendingChanges().first().failed);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
