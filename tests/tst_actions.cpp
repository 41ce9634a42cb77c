// Every action of the real window, found as a user finds it: by name in the window, in its menu,
// on its key, enabled only when it can do something; and triggering it does what the key does.
#include "WindowRig.h"
#include "ui/ActionRegistry.h"
#include "ui/FilterBar.h"
#include "ui/RescheduleDialog.h"
#include "ui/ShortcutsDialog.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskTable.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>

using namespace engage;

namespace {
QAction *find(const Rig &rig, const char *name)
{
    return rig.window->findChild<QAction *>(QLatin1String(name));
}

QStringList portable(const QList<QKeySequence> &keys)
{
    QStringList text;
    for (const QKeySequence &key : keys)
        text << key.toString(QKeySequence::PortableText);
    return text;
}

// The rep clicks the task's row (wherever a refresh put it).
void select(const Rig &rig, qint64 taskId)
{
    const QModelIndex index = rig.window->taskTable()->proxyIndexOf(taskId);
    QVERIFY(index.isValid());
    rig.view()->setCurrentIndex(index);
}

// What the rep sees of an action: is it enabled, by name.
QMap<QString, bool> enabledStates(const Rig &rig, const QStringList &names)
{
    QMap<QString, bool> states;
    for (const QString &name : names)
        states.insert(name, rig.window->findChild<QAction *>(name)->isEnabled());
    return states;
}

const QStringList TaskActionNames{QStringLiteral("action.markDone"),
                                  QStringLiteral("action.dismiss"),
                                  QStringLiteral("action.reschedule"),
                                  QStringLiteral("action.rescheduleNextMorning"),
                                  QStringLiteral("action.planReschedule"),
                                  QStringLiteral("action.reopen"),
                                  QStringLiteral("action.retryChange"),
                                  QStringLiteral("action.discardChange"),
                                  QStringLiteral("action.undo")};

QMap<QString, bool> expectEnabled(bool open, bool closed, bool held, bool undo)
{
    return {{QStringLiteral("action.markDone"), open},
            {QStringLiteral("action.dismiss"), open},
            {QStringLiteral("action.reschedule"), open},
            {QStringLiteral("action.rescheduleNextMorning"), open},
            {QStringLiteral("action.planReschedule"), open},
            {QStringLiteral("action.reopen"), closed},
            {QStringLiteral("action.retryChange"), held},
            {QStringLiteral("action.discardChange"), held},
            {QStringLiteral("action.undo"), undo}};
}
} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private slots:
    void everyActionHasItsNameKeysAndMenu_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("menu");
        const auto row = [](const char *name, QStringList keys, const char *menu) {
            QTest::newRow(name) << QString::fromLatin1(name) << keys << QString::fromLatin1(menu);
        };
        row("action.markDone", {QStringLiteral("D"), QStringLiteral("Ctrl+Return")}, "menu.task");
        row("action.dismiss", {QStringLiteral("Del")}, "menu.task");
        row("action.reschedule", {QStringLiteral("R")}, "menu.task");
        row("action.rescheduleNextMorning", {QStringLiteral("Shift+R")}, "menu.task");
        row("action.planReschedule", {QStringLiteral("Ctrl+Shift+R")}, "menu.task");
        row("action.reopen", {QStringLiteral("Shift+O")}, "menu.task");
        row("action.retryChange", {}, "menu.task");
        row("action.discardChange", {}, "menu.task");
        row("action.undo", {QStringLiteral("Ctrl+Z")}, "menu.edit");
        row("action.find", {QStringLiteral("/"), QStringLiteral("Ctrl+F")}, "menu.edit");
        row("action.nextTask", {QStringLiteral("J")}, "menu.view");
        row("action.previousTask", {QStringLiteral("K")}, "menu.view");
        row("action.refresh", {QStringLiteral("F5"), QStringLiteral("Ctrl+R")}, "menu.view");
        row("action.viewDue", {QStringLiteral("Alt+1")}, "menu.view");
        row("action.viewOverdue", {QStringLiteral("Alt+2")}, "menu.view");
        row("action.viewToday", {QStringLiteral("Alt+3")}, "menu.view");
        row("action.viewUpcoming", {QStringLiteral("Alt+4")}, "menu.view");
        row("action.viewAll", {QStringLiteral("Alt+5")}, "menu.view");
        row("action.settings", {QStringLiteral("Ctrl+,")}, "menu.file");
        row("action.preferences", {QStringLiteral("Ctrl+Shift+,")}, "menu.file");
        row("action.coverTeammate", {}, "menu.file");
        row("action.quit", {QStringLiteral("Ctrl+Q")}, "menu.file");
        row("action.shortcuts", {QStringLiteral("?"), QStringLiteral("F1")}, "menu.help");
        row("action.commandPalette", {QStringLiteral("Ctrl+K")}, "menu.view");
        row("action.about", {}, "menu.help");
        // The one action in no menu: Esc belongs to the search field (see below).
        row("action.leaveSearch", {QStringLiteral("Esc")}, "");
    }

    void everyActionHasItsNameKeysAndMenu()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, keys);
        QFETCH(QString, menu);
        Rig rig;
        QVERIFY(rig.start());
        const QList<QAction *> found = rig.window->findChildren<QAction *>(name);
        QCOMPARE(found.size(), 1);
        QAction *action = found.first();
        QCOMPARE(portable(action->shortcuts()), keys);
        QVERIFY(!action->text().isEmpty());
        // The tooltip names the first key, as the toolbar shows it on hover.
        if (!keys.isEmpty())
            QVERIFY2(action->toolTip().contains(
                         action->shortcuts().first().toString(QKeySequence::NativeText)),
                     qPrintable(action->toolTip()));
        if (menu.isEmpty()) {
            QCOMPARE(action->shortcutContext(), Qt::WidgetShortcut);
            QVERIFY(rig.window->searchField()->actions().contains(action));
            return;
        }
        auto *inMenu = rig.window->menuBar()->findChild<QMenu *>(menu);
        QVERIFY2(inMenu, qPrintable(menu));
        QVERIFY2(inMenu->actions().contains(action),
                 qPrintable(name + QStringLiteral(" in ") + menu));
        // A key works wherever focus is in the window (but in text fields).
        if (!keys.isEmpty()) {
            QCOMPARE(action->shortcutContext(), Qt::WindowShortcut);
            QVERIFY(rig.window->actions().contains(action));
        }
    }

    void theRegistryHoldsEveryActionTheWindowShows()
    {
        Rig rig;
        QVERIFY(rig.start());
        ActionRegistry *registry = rig.window->actionRegistry();
        QSet<QAction *> registered;
        QSet<QString> names;
        for (QAction *action : registry->actions()) {
            QVERIFY(action);
            QVERIFY2(action->objectName().startsWith(QStringLiteral("action.")),
                     qPrintable(action->objectName()));
            QVERIFY2(!names.contains(action->objectName()), qPrintable(action->objectName()));
            names.insert(action->objectName());
            registered.insert(action);
        }
        QCOMPARE(names.size(), static_cast<int>(ActionRegistry::Id::Count));
        // Menus, toolbar and the list's right-click menu show registered actions only.
        QList<QAction *> shown;
        for (QAction *entry : rig.window->menuBar()->actions()) {
            QVERIFY(entry->menu());
            QVERIFY(entry->menu()->objectName().startsWith(QStringLiteral("menu.")));
            shown += entry->menu()->actions();
        }
        shown += registry->toolBar()->actions();
        shown += rig.view()->actions();
        for (QAction *action : std::as_const(shown)) {
            if (!action->isSeparator())
                QVERIFY2(registered.contains(action), qPrintable(action->text()));
        }
        QCOMPARE(rig.view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        // The toolbar: the task's actions, Undo and Refresh, in that order.
        QStringList onToolbar;
        for (QAction *action : registry->toolBar()->actions()) {
            if (!action->isSeparator())
                onToolbar << action->objectName();
        }
        QCOMPARE(
            onToolbar,
            (QStringList{QStringLiteral("action.markDone"), QStringLiteral("action.dismiss"),
                         QStringLiteral("action.reschedule"), QStringLiteral("action.undo"),
                         QStringLiteral("action.refresh"), QStringLiteral("action.startSession")}));
        // The shortcuts window lists the window's keys, every one, from the actions.
        QAction *shortcuts = find(rig, "action.shortcuts");
        shortcuts->trigger();
        QTableWidget *table = nullptr;
        QTRY_VERIFY(
            (table = rig.window->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"))));
        QCOMPARE(table->rowCount(), static_cast<int>(registry->shortcutActions().size()) + 2);
        for (int row = 0; row < registry->shortcutActions().size(); ++row) {
            const QAction *action = registry->shortcutActions().at(row);
            QVERIFY(action->shortcutContext() == Qt::WindowShortcut);
            QCOMPARE(table->item(row, 0)->text(),
                     action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        }
    }

    // In the list and in a session, no two enabled actions of the window share a key: a key
    // means one thing at a time (J: next task in the list, next call in a session).
    void noKeyMeansTwoThings()
    {
        Rig rig;
        QVERIFY(rig.start());
        ActionRegistry *registry = rig.window->actionRegistry();
        for (const bool inSession : {false, true}) {
            registry->setSessionMode(inSession);
            QHash<QKeySequence, QString> owner;
            for (QAction *action : registry->shortcutActions()) {
                if (!action->isEnabled())
                    continue;
                for (const QKeySequence &key : action->shortcuts()) {
                    QVERIFY2(!owner.contains(key),
                             qPrintable(key.toString() + QStringLiteral(": ") + owner.value(key) +
                                        QStringLiteral(" and ") + action->objectName()));
                    owner.insert(key, action->objectName());
                }
            }
            QCOMPARE(owner.contains(QKeySequence(Qt::Key_J)), true);
            QCOMPARE(owner.value(QKeySequence(Qt::Key_J)), inSession
                                                               ? QStringLiteral("action.skipCall")
                                                               : QStringLiteral("action.nextTask"));
            QCOMPARE(owner.contains(QKeySequence(Qt::Key_Return)), inSession);
            // Ctrl+K opens the palette in the list and in a session alike.
            QCOMPARE(owner.value(QKeySequence(Qt::CTRL | Qt::Key_K)),
                     QStringLiteral("action.commandPalette"));
        }
    }

    void enabledAsTheRepSeesIt()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        // The first task, open; nothing done yet: nothing to undo, nothing held.
        QCOMPARE(rig.currentRow(), 0);
        QCOMPARE(enabledStates(rig, TaskActionNames), expectEnabled(true, false, false, false));
        const auto *undoButton = qobject_cast<QToolButton *>(
            rig.window->actionRegistry()->toolBar()->widgetForAction(find(rig, "action.undo")));
        QVERIFY(undoButton);
        QVERIFY(!undoButton->isEnabled());

        // No row at all: nothing to act on, and D does nothing.
        rig.view()->selectionModel()->clear();
        QVERIFY(!rig.view()->currentIndex().isValid());
        QCOMPARE(enabledStates(rig, TaskActionNames), expectEnabled(false, false, false, false));
        const qint64 first = rig.idAt(0);
        rig.key(Qt::Key_D);
        QVERIFY(!rig.actions->canUndo());
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Open);

        // Done with the first task: the next row is current, and Undo is there.
        select(rig, first);
        rig.key(Qt::Key_D);
        QCOMPARE(rig.currentRow(), 1);
        QCOMPARE(enabledStates(rig, TaskActionNames), expectEnabled(true, false, false, true));
        QVERIFY(undoButton->isEnabled());
        // Back on the closed task: it can be reopened, not marked done again.
        select(rig, first);
        QCOMPARE(enabledStates(rig, TaskActionNames), expectEnabled(false, true, false, true));
        const int sent = static_cast<int>(rig.patches().size());
        rig.key(Qt::Key_D);
        QCOMPARE(rig.idAt(rig.currentRow()), first); // nothing happened
        QCOMPARE(static_cast<int>(rig.patches().size()), sent);
        // An open and a closed task together: both kinds of action apply.
        rig.key(Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(rig.view()->selectionModel()->selectedRows().size(), 2);
        QCOMPARE(enabledStates(rig, TaskActionNames), expectEnabled(true, true, false, true));
        select(rig, first);
        find(rig, "action.reopen")->trigger();
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Open);
        QCOMPARE(enabledStates(rig, TaskActionNames), expectEnabled(true, false, false, true));
        QTRY_COMPARE(rig.server.task(first)->status, TaskStatus::Open);
        QTRY_COMPARE(rig.sync->waitingCount(), 0);
    }

    void retryAndDiscardOnlyOnAHeldChange()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        const qint64 first = rig.idAt(0);
        const qint64 second = rig.idAt(1);
        QAction *retry = find(rig, "action.retryChange");
        QAction *discard = find(rig, "action.discardChange");
        // Gong refuses the first change: it is held on its row.
        rig.server.enqueueError(403, QStringLiteral("Access denied to this task"));
        rig.key(Qt::Key_D);
        QTRY_VERIFY(rig.sync->mark(first).failed);
        QCOMPARE(rig.idAt(rig.currentRow()), second); // the rep moved on
        QVERIFY(!retry->isEnabled() && !discard->isEnabled());
        select(rig, first);
        QVERIFY(retry->isEnabled() && discard->isEnabled());

        // Keep mine: the change goes again, and this time Gong takes it.
        const int before = static_cast<int>(rig.patches().size());
        retry->trigger();
        QTRY_COMPARE(rig.server.task(first)->status, TaskStatus::Done);
        QCOMPARE(static_cast<int>(rig.patches().size()), before + 1);
        QTRY_VERIFY(!retry->isEnabled() && !discard->isEnabled());

        // Take Gong's: the second task's refused change is dropped, the task open again.
        rig.server.enqueueError(403, QStringLiteral("Access denied to this task"));
        select(rig, second);
        rig.key(Qt::Key_D);
        QTRY_VERIFY(rig.sync->mark(second).failed);
        select(rig, second);
        QVERIFY(discard->isEnabled());
        discard->trigger();
        QCOMPARE(rig.sync->task(second)->status, TaskStatus::Open);
        QVERIFY(!rig.sync->mark(second).failed);
        QCOMPARE(rig.store.pendingChanges().size(), 0);
        QVERIFY(!retry->isEnabled() && !discard->isEnabled());
        QCOMPARE(rig.server.task(second)->status, TaskStatus::Open);
    }

    void triggeringATaskActionDoesWhatItsKeyDoes()
    {
        Rig rig;
        QVERIFY(rig.start());
        const qint64 first = rig.idAt(0), second = rig.idAt(1), third = rig.idAt(2);
        // Mark Done, as D: the task is done, the next row current, the PATCH sent.
        find(rig, "action.markDone")->trigger();
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Done);
        QCOMPARE(rig.idAt(rig.currentRow()), second);
        QTRY_COMPARE(rig.server.task(first)->status, TaskStatus::Done);
        QCOMPARE(jsonOf(rig.patches().first().body),
                 jsonOf(R"({"userId":"234599484848423","status":"DONE"})"));
        QVERIFY(rig.window->noticeText().startsWith(QStringLiteral("Marked done")));
        // The notice offers Undo: its button is the Undo action (same tooltip, same effect).
        auto *noticeUndo = rig.window->findChild<QToolButton *>(QStringLiteral("noticeUndo"));
        QVERIFY(noticeUndo && noticeUndo->isVisible());
        QCOMPARE(noticeUndo->toolTip(), find(rig, "action.undo")->toolTip());
        QTest::mouseClick(noticeUndo, Qt::LeftButton);
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Open);
        QTRY_COMPARE(rig.server.task(first)->status, TaskStatus::Open);
        // Dismiss, as Delete.
        select(rig, second);
        find(rig, "action.dismiss")->trigger();
        QCOMPARE(rig.sync->task(second)->status, TaskStatus::Dismissed);
        QCOMPARE(rig.idAt(rig.currentRow()), third);
        QTRY_COMPARE(rig.server.task(second)->status, TaskStatus::Dismissed);
        // Undo, as Ctrl+Z: the dismissed task is open again, in Gong too.
        find(rig, "action.undo")->trigger();
        QCOMPARE(rig.sync->task(second)->status, TaskStatus::Open);
        QTRY_COMPARE(rig.server.task(second)->status, TaskStatus::Open);
        // Reschedule to the next business morning, as Shift+R.
        select(rig, first);
        const int sent = static_cast<int>(rig.patches().size());
        find(rig, "action.rescheduleNextMorning")->trigger();
        QTRY_COMPARE(static_cast<int>(rig.patches().size()), sent + 1);
        QCOMPARE(jsonOf(rig.patches().last().body).value(QLatin1String("dueDate")).toString(),
                 QStringLiteral("2026-12-01T08:00:00Z"));
        // Reschedule…, as R: the date picker opens on the current task; Esc closes it.
        find(rig, "action.reschedule")->trigger();
        QTRY_VERIFY(rig.window->rescheduleDialog() && rig.window->rescheduleDialog()->isVisible());
        QTest::keyClick(rig.window->rescheduleDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!rig.window->rescheduleDialog());
    }

    void triggeringAWindowActionDoesWhatItsKeyDoes()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        // Next and previous, as J and K.
        find(rig, "action.nextTask")->trigger();
        find(rig, "action.nextTask")->trigger();
        QCOMPARE(rig.currentRow(), 2);
        find(rig, "action.previousTask")->trigger();
        QCOMPARE(rig.currentRow(), 1);
        QVERIFY(rig.view()->hasFocus());

        // The views, as Alt+1…5: the action checks, the filter bar's button follows, and the
        // other way round.
        find(rig, "action.viewAll")->trigger();
        QVERIFY(find(rig, "action.viewAll")->isChecked());
        QCOMPARE(rig.model()->rowCount(), static_cast<int>(rig.server.tasks().size()));
        QVERIFY(rig.window->findChild<QAbstractButton *>(QStringLiteral("viewAll"))->isChecked());
        rig.window->findChild<QAbstractButton *>(QStringLiteral("viewOverdue"))->click();
        QVERIFY(find(rig, "action.viewOverdue")->isChecked());
        QVERIFY(!find(rig, "action.viewAll")->isChecked());
        QCOMPARE(rig.model()->rowCount(),
                 rig.window->proxy()->viewCounts()[static_cast<size_t>(TaskView::Overdue)]);
        rig.key(Qt::Key_1, Qt::AltModifier);
        QVERIFY(find(rig, "action.viewDue")->isChecked());
        QVERIFY(rig.window->findChild<QAbstractButton *>(QStringLiteral("viewDue"))->isChecked());

        // Find, as /; and Esc in the search, which clears it and goes back to the list.
        find(rig, "action.viewAll")->trigger();
        find(rig, "action.find")->trigger();
        QVERIFY(rig.window->searchField()->hasFocus());
        QTest::keyClicks(rig.window->searchField(), QStringLiteral("zoe"));
        QCOMPARE(rig.model()->rowCount(), 1);
        find(rig, "action.leaveSearch")->trigger();
        QCOMPARE(rig.window->searchField()->text(), QString());
        QVERIFY(rig.view()->hasFocus());

        // Refresh, as F5.
        QSignalSpy refreshed(rig.sync.get(), &SyncEngine::refreshSucceeded);
        find(rig, "action.refresh")->trigger();
        QTRY_COMPARE(refreshed.size(), 1);
        // Settings, as Ctrl+,: the window asks Application for the connect dialog.
        QSignalSpy settings(rig.window.get(), &MainWindow::settingsRequested);
        find(rig, "action.settings")->trigger();
        QCOMPARE(settings.size(), 1);
        rig.key(Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(settings.size(), 2);
        // Keyboard Shortcuts, as F1.
        find(rig, "action.shortcuts")->trigger();
        QTRY_VERIFY(rig.window->findChild<ShortcutsDialog *>());
        QTRY_VERIFY(rig.window->findChild<ShortcutsDialog *>()->isVisible());
        rig.window->findChild<ShortcutsDialog *>()->close();
        // Quit, as Ctrl+Q: nothing waits, so the window closes.
        QTRY_COMPARE(rig.sync->waitingCount(), 0);
        find(rig, "action.quit")->trigger();
        QVERIFY(!rig.window->isVisible());
    }
};

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
