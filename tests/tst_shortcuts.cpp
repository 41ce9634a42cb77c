// Preferences › Shortcuts in the real window against the sandbox: a clash is reported and holds
// OK back; a changed key works at once and survives a restart; only changed keys are saved;
// menus, tooltips and the shortcuts window show the rep's key; reset brings the default back.
#include "WindowRig.h"
#include "ui/ActionRegistry.h"
#include "ui/KeyRecorder.h"
#include "ui/PreferencesDialog.h"
#include "ui/ShortcutOverrides.h"
#include "ui/ShortcutsDialog.h"
#include "ui/ShortcutsPage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>

using namespace engage;

namespace {
// File › Preferences as Application::openPreferences builds it, with the Shortcuts page.
struct Prefs {
    QPointer<PreferencesDialog> dialog;
    ShortcutsPage *page = nullptr;
    QPushButton *ok() const { return dialog->buttons()->button(QDialogButtonBox::Ok); }
    QPushButton *apply() const { return dialog->buttons()->button(QDialogButtonBox::Apply); }
};

Prefs openPrefs(Rig &rig)
{
    Prefs p;
    p.dialog = new PreferencesDialog(rig.window.get());
    p.dialog->setAttribute(Qt::WA_DeleteOnClose);
    p.page = new ShortcutsPage(rig.window->actionRegistry(), rig.settings);
    p.dialog->addPage(p.page);
    p.dialog->show();
    return p;
}

// The rep picks the action's row, clicks the recorder and presses the key.
void record(const Prefs &p, const char *action, Qt::Key key, Qt::KeyboardModifiers mods = {})
{
    const int row = p.page->rowOf(QLatin1String(action));
    QVERIFY2(row >= 0, action);
    p.page->table()->setCurrentCell(row, 0);
    QTest::mouseClick(p.page->recorder(), Qt::LeftButton);
    QVERIFY(p.page->recorder()->isRecording());
    QTest::keyClick(p.page->recorder(), key, mods);
    QVERIFY(!p.page->recorder()->isRecording());
}

QStringList iniLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList shortcutKeysIn(const QString &path)
{
    QSettings ini(path, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("shortcuts"));
    return ini.childKeys();
}
} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void aClashIsReportedAndHoldsOkBack()
    {
        Rig rig;
        QVERIFY(rig.start());
        Prefs p = openPrefs(rig);
        QVERIFY(p.ok()->isEnabled());
        QVERIFY(!p.page->clashLabel()->isVisible());
        // Ctrl+K for Refresh: Command Palette has it, in every mode.
        record(p, "action.refresh", Qt::Key_K, Qt::ControlModifier);
        QVERIFY(p.page->clashLabel()->isVisible());
        QVERIFY2(p.page->clashLabel()->text().contains(
                     QStringLiteral("Ctrl+K is already Command Palette")),
                 qPrintable(p.page->clashLabel()->text()));
        QVERIFY(!p.ok()->isEnabled());
        QVERIFY(!p.apply()->isEnabled());
        // Another key resolves it.
        record(p, "action.refresh", Qt::Key_F5);
        QVERIFY(p.ok()->isEnabled());
        QVERIFY(!p.page->clashLabel()->isVisible());
        // Two list actions on K: Next Task's new key is Previous Task's.
        record(p, "action.nextTask", Qt::Key_K);
        QVERIFY(!p.ok()->isEnabled());
        QVERIFY2(
            p.page->clashLabel()->text().contains(QStringLiteral("K is already Previous Task")),
            qPrintable(p.page->clashLabel()->text()));
        // Take it over: Next Task keeps K, Previous Task loses it.
        QVERIFY(p.page->takeOverButton()->isVisible());
        QTest::mouseClick(p.page->takeOverButton(), Qt::LeftButton);
        QVERIFY(p.ok()->isEnabled());
        QCOMPARE(p.page->keysAt(p.page->rowOf(QStringLiteral("action.previousTask"))),
                 QList<QKeySequence>{});
        QCOMPARE(p.page->keysAt(p.page->rowOf(QStringLiteral("action.nextTask"))),
                 QList<QKeySequence>{QKeySequence(Qt::Key_K)});
        // A list key and a session key may be the same: Previous Task on J (Skip's in a session).
        record(p, "action.previousTask", Qt::Key_J);
        QVERIFY(p.ok()->isEnabled());
        // Return is Dial's in a session: a session action may not have it, a list one may.
        record(p, "action.addNote", Qt::Key_Return);
        QVERIFY(!p.ok()->isEnabled());
        QVERIFY(p.page->clashLabel()->text().contains(QStringLiteral("is already Dial")));
        record(p, "action.addNote", Qt::Key_N);
        QVERIFY(p.ok()->isEnabled());
        // Nothing was applied: the window's keys are as they were.
        QCOMPARE(rig.window->findChild<QAction *>(QStringLiteral("action.refresh"))->shortcut(),
                 QKeySequence(Qt::Key_F5));
        p.dialog->reject();
    }

    void aChangedKeyWorksAtOnceAndSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            Rig rig;
            rig.settings = &settings;
            QVERIFY(rig.start());
            QTRY_VERIFY(!rig.sync->isRefreshing());
            Prefs p = openPrefs(rig);
            record(p, "action.markDone", Qt::Key_F9);
            QTest::mouseClick(p.ok(), Qt::LeftButton);
            QTRY_VERIFY(!p.dialog);
            settings.sync();
            // Only the changed key is written.
            QCOMPARE(shortcutKeysIn(ini), QStringList{QStringLiteral("action.markDone")});
            QVERIFY2(iniLines(ini).contains(QStringLiteral("action.markDone=F9")),
                     qPrintable(iniLines(ini).join(QLatin1Char('|'))));

            QAction *done = rig.window->findChild<QAction *>(QStringLiteral("action.markDone"));
            QCOMPARE(done->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_F9)});
            // D no longer marks done; F9 does, and Gong hears of it.
            rig.window->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), rig.window.get());
            rig.window->taskView()->setFocus();
            const qint64 first = rig.idAt(rig.currentRow());
            rig.key(Qt::Key_D);
            QCOMPARE(rig.sync->task(first)->status, TaskStatus::Open);
            rig.key(Qt::Key_F9);
            QCOMPARE(rig.sync->task(first)->status, TaskStatus::Done);
            QTRY_COMPARE(rig.server.task(first)->status, TaskStatus::Done);

            // The tooltip, the menu and the shortcuts window show F9.
            QCOMPARE(done->toolTip(), QStringLiteral("Mark the selected tasks done (F9)"));
            QMenu *task = rig.window->menuBar()->findChild<QMenu *>(QStringLiteral("menu.task"));
            QVERIFY(task->actions().contains(done));
            rig.window->findChild<QAction *>(QStringLiteral("action.shortcuts"))->trigger();
            QTableWidget *table = nullptr;
            QTRY_VERIFY(
                (table = rig.window->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"))));
            bool listed = false;
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == QStringLiteral("Mark Done")) {
                    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("F9"));
                    listed = true;
                }
            }
            QVERIFY(listed);
            rig.window->findChild<ShortcutsDialog *>()->close();
            rig.window->setQuitAsker([](int) { return MainWindow::QuitChoice::QuitNow; });
        }
        // A new window with the same settings file: F9 still marks done, D does not.
        QSettings settings(ini, QSettings::IniFormat);
        Rig rig;
        rig.settings = &settings;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        QAction *done = rig.window->findChild<QAction *>(QStringLiteral("action.markDone"));
        QCOMPARE(done->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_F9)});
        QVERIFY(done->toolTip().endsWith(QStringLiteral("(F9)")));
        const qint64 first = rig.idAt(rig.currentRow());
        rig.key(Qt::Key_D);
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Open);
        rig.key(Qt::Key_F9);
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Done);

        // The window's own key still works beside it (Ctrl+Z, untouched).
        QVERIFY(rig.actions->canUndo());
        rig.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Open);

        // Reset to default: D again, and the entry is gone from the file.
        Prefs p = openPrefs(rig);
        const int row = p.page->rowOf(QStringLiteral("action.markDone"));
        p.page->table()->setCurrentCell(row, 0);
        QTest::mouseClick(p.page->findChild<QPushButton *>(QStringLiteral("shortcuts.reset")),
                          Qt::LeftButton);
        QTest::mouseClick(p.apply(), Qt::LeftButton);
        settings.sync();
        QCOMPARE(shortcutKeysIn(ini), QStringList{});
        QCOMPARE(done->shortcuts(), (QList<QKeySequence>{QKeySequence(Qt::Key_D),
                                                         QKeySequence(Qt::CTRL | Qt::Key_Return)}));
        QCOMPARE(done->toolTip(), QStringLiteral("Mark the selected tasks done (D)"));
        p.dialog->reject();
        rig.window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), rig.window.get());
        rig.window->taskView()->setFocus();
        rig.view()->setCurrentIndex(rig.window->taskTable()->proxyIndexOf(first));
        rig.key(Qt::Key_D);
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Done);
        rig.window->setQuitAsker([](int) { return MainWindow::QuitChoice::QuitNow; });
    }

    void resetAllAndTheSessionsDialKey()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QSettings settings(ini, QSettings::IniFormat);
        Rig rig;
        rig.settings = &settings;
        QVERIFY(rig.start());
        Prefs p = openPrefs(rig);
        record(p, "action.dial", Qt::Key_G);
        record(p, "action.refresh", Qt::Key_F6);
        QTest::mouseClick(p.apply(), Qt::LeftButton);
        settings.sync();
        QCOMPARE(shortcutKeysIn(ini),
                 (QStringList{QStringLiteral("action.dial"), QStringLiteral("action.refresh")}));
        // In a session Dial keeps the rep's key and gains Return; back in the list, G alone.
        ActionRegistry *registry = rig.window->actionRegistry();
        QAction *dial = registry->action(ActionRegistry::Id::Dial);
        registry->setSessionMode(true);
        QCOMPARE(dial->shortcuts(),
                 (QList<QKeySequence>{QKeySequence(Qt::Key_G), QKeySequence(Qt::Key_Return),
                                      QKeySequence(Qt::Key_Enter)}));
        registry->setSessionMode(false);
        QCOMPARE(dial->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_G)});
        QVERIFY(dial->toolTip().endsWith(QStringLiteral("(G)")));
        // Reset all: nothing is saved any more and every key is the default again.
        QTest::mouseClick(p.page->findChild<QPushButton *>(QStringLiteral("shortcuts.resetAll")),
                          Qt::LeftButton);
        QTest::mouseClick(p.ok(), Qt::LeftButton);
        settings.sync();
        QCOMPARE(shortcutKeysIn(ini), QStringList{});
        QCOMPARE(dial->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_C)});
        QCOMPARE(registry->action(ActionRegistry::Id::Refresh)->shortcut(),
                 QKeySequence(Qt::Key_F5));
    }

    void unreadableSavedKeysKeepTheDefault()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings write(ini, QSettings::IniFormat);
            write.setValue(QStringLiteral("shortcuts/action.refresh"),
                           QStringLiteral("F6; Ctrl+R"));
            write.setValue(QStringLiteral("shortcuts/action.undo"), QString()); // no key
            write.setValue(QStringLiteral("shortcuts/action.find"), QStringLiteral("Nonsense+Key"));
            write.setValue(QStringLiteral("shortcuts/action.nobody"), QStringLiteral("F2"));
        }
        QSettings settings(ini, QSettings::IniFormat);
        Rig rig;
        rig.settings = &settings;
        QVERIFY(rig.start());
        ActionRegistry *registry = rig.window->actionRegistry();
        QCOMPARE(
            registry->action(ActionRegistry::Id::Refresh)->shortcuts(),
            (QList<QKeySequence>{QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_R)}));
        QVERIFY(registry->action(ActionRegistry::Id::Undo)->shortcuts().isEmpty());
        QCOMPARE(registry->action(ActionRegistry::Id::Find)->shortcuts().size(), 2);
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
