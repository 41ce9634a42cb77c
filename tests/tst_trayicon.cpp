// The tray's count and menu, close to tray and the Tray and Notifications page, on the real
// window against the sandbox. The offscreen platform has no tray: the icon itself is not shown,
// but its menu, count and tooltip are the same objects a tray would show.
#include "DialLog.h"
#include "WindowRig.h"
#include "core/Autostart.h"
#include "core/CallSettings.h"
#include "sandbox/DemoData.h"
#include "ui/DesktopIntegration.h"
#include "ui/DesktopPage.h"
#include "ui/DueNotifier.h"
#include "ui/SessionCoordinator.h"
#include "ui/TrayIcon.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>

using namespace engage;

namespace {

Task task(qint64 id, const char *first, const char *zone, const QDateTime &due,
          TaskStatus status = TaskStatus::Open)
{
    Task t;
    t.id = id;
    t.userId = DemoData::RepUserId;
    t.status = status;
    t.type = TaskType::Manual;
    t.title = QStringLiteral("Call");
    t.created = t.updated = due.addDays(-3);
    t.dueDate = due;
    Contact c;
    c.crmId = QStringLiteral("003T%1").arg(id);
    c.firstName = QString::fromLatin1(first);
    c.lastName = QStringLiteral("Tester");
    c.timezone = QString::fromLatin1(zone);
    const QString phone = QStringLiteral("+4930123456%1").arg(id % 100, 2, 10, QLatin1Char('0'));
    c.phoneNumbers << PhoneNumber{phone, {}, {}, phone, QStringLiteral("mobile"), true};
    t.contact = c;
    return t;
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

    std::unique_ptr<Rig> rig;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<DesktopIntegration> desktop;
    QTemporaryDir config;
    DialLog dialLog;

    TrayIcon *tray() const { return desktop->tray(); }

    // At 14:00 in Berlin on a Monday (Rig's clock), 08:00–18:00 hours: Anna (Berlin, due two
    // hours ago) and Bea (Berlin, due at 17:00 today) are due and callable; Ken (Tokyo, 22:00)
    // is due but asleep; Tom is due tomorrow; Dora's task is done.
    bool startRig()
    {
        rig = std::make_unique<Rig>();
        const QDateTime now = rig->clock.now();
        if (!rig->start([now](SandboxServer &server) {
                server.setTasks(
                    {task(8001, "Bea", "Europe/Berlin", now.addSecs(3 * 3600)),
                     task(8002, "Anna", "Europe/Berlin", now.addSecs(-2 * 3600)),
                     task(8003, "Ken", "Asia/Tokyo", now.addSecs(-3 * 3600)),
                     task(8004, "Tom", "Europe/Berlin", now.addDays(1)),
                     task(8005, "Dora", "Europe/Berlin", now.addSecs(-3600), TaskStatus::Done)});
            }))
            return false;
        dialLog = DialLog(QDir(rig->dir.path()));
        rig->window->setCallSettings(dialLog.settings());
        settings = std::make_unique<QSettings>(rig->dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        desktop = std::make_unique<DesktopIntegration>(
            rig->window.get(), rig->sync.get(), rig->actions.get(), rig->clock, settings.get());
        return true;
    }
    QStringList dialled() const { return dialLog.dialled(); }

private slots:
    void init() { qputenv("XDG_CONFIG_HOME", config.path().toUtf8()); }
    void cleanup()
    {
        desktop.reset();
        settings.reset();
        rig.reset();
    }

    void countsTheCallsDueAndCallableNow()
    {
        QVERIFY(startRig());
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen
        QVERIFY(!tray()->isAvailable());
        QCOMPARE(tray()->dueNow(), (QList<qint64>{8002, 8001}));
        QCOMPARE(tray()->toolTipText(), QStringLiteral("Engage Tasks: 2 calls due now"));
        QStringList menu;
        for (QAction *a : tray()->menu()->actions())
            if (!a->isSeparator())
                menu << a->text();
        QCOMPARE(menu,
                 (QStringList{QStringLiteral("Show Engage Tasks"), QStringLiteral("Start Calling"),
                              QStringLiteral("Next Call: Anna Tester"), QStringLiteral("Quit")}));

        // Anna's call done: Bea is next, and the count follows the list.
        QVERIFY(rig->actions->markDone({8002}));
        QTRY_COMPARE(tray()->dueNow(), QList<qint64>{8001});
        QCOMPARE(tray()->toolTipText(), QStringLiteral("Engage Tasks: 1 call due now"));
        QCOMPARE(tray()->nextAction()->text(), QStringLiteral("Next Call: Bea Tester"));
        // After Berlin's 18:00 nobody is callable.
        rig->clock.advanceSecs(4 * 3600);
        tray()->update();
        QVERIFY(tray()->dueNow().isEmpty());
        QCOMPARE(tray()->toolTipText(), QStringLiteral("Engage Tasks: no calls due now"));
        QVERIFY(!tray()->nextAction()->isEnabled());
    }

    void theMenuShowsStartsAndDials()
    {
        QVERIFY(startRig());
        rig->window->hide();
        tray()->showAction()->trigger();
        QVERIFY(rig->window->isVisible());
        tray()->toggleWindow();
        QVERIFY(!rig->window->isVisible());
        tray()->toggleWindow();
        QVERIFY(rig->window->isVisible());

        rig->window->hide();
        tray()->nextAction()->trigger();
        QVERIFY(rig->window->isVisible());
        QTRY_COMPARE(dialled(), QStringList{QStringLiteral("+493012345602")});
        QCOMPARE(rig->window->taskTable()->currentTaskId(), qint64(8002));

        tray()->startAction()->trigger();
        QVERIFY(rig->window->sessions()->inSession());
    }

    void closeToTrayHidesAndQuitStillAsks()
    {
        QVERIFY(startRig());
        QSignalSpy ended(rig->window.get(), &MainWindow::closedForGood);
        // Without a tray the setting has no effect: closing ends the app as before.
        settings->setValue(DesktopIntegration::closeToTrayKey(), true);
        desktop->applySettings();
        QVERIFY(!rig->window->closesToTray());

        // Where a tray is (here told so): close hides, the app keeps running.
        rig->window->setCloseToTray(true);
        QVERIFY(rig->window->close() == false);
        QVERIFY(!rig->window->isVisible());
        QCOMPARE(ended.size(), 0);

        // Quit from the tray with a change not yet in Gong: QuitGuard asks; Cancel keeps it.
        rig->server.setSilent(true); // nothing gets through
        int asked = 0;
        rig->window->setQuitAsker([&](int) {
            ++asked;
            return MainWindow::QuitChoice::Cancel;
        });
        QVERIFY(rig->actions->markDone({8002}));
        QTRY_VERIFY(rig->sync->waitingCount() > 0);
        tray()->quitAction()->trigger();
        QCOMPARE(asked, 1);
        QCOMPARE(ended.size(), 0);
        // Cancelled, a close goes to the tray again and asks nothing.
        rig->window->show();
        rig->window->close();
        QVERIFY(!rig->window->isVisible());
        QCOMPARE(asked, 1);
        // Quit now: the window closes for good.
        rig->window->setQuitAsker([](int) { return MainWindow::QuitChoice::QuitNow; });
        tray()->quitAction()->trigger();
        QCOMPARE(ended.size(), 1);
    }

    // The tray went away after the setting took effect (its panel crashed): a close must not
    // hide the window with no icon left to bring it back.
    void aTrayThatWentAwayEndsClosingToIt()
    {
        QVERIFY(startRig());
        QSignalSpy ended(rig->window.get(), &MainWindow::closedForGood);
        bool trayThere = true;
        rig->window->setCloseToTray(true, [&] { return trayThere; });
        QVERIFY(!rig->window->close());
        QVERIFY(!rig->window->isVisible());
        rig->window->show();
        trayThere = false;
        QVERIFY(rig->window->close());
        QCOMPARE(ended.size(), 1);
    }

    void thePageSavesAndTakesEffect()
    {
        QVERIFY(startRig());
        DesktopPage page(desktop.get(), settings.get());
        QCOMPARE(page.title(), QStringLiteral("Tray and Notifications"));
        QVERIFY(page.notifyBox()->isChecked());
        QVERIFY(!page.autostartBox()->isChecked());
        // No tray here: the box is off, and the page says why.
        QVERIFY(!page.closeToTrayBox()->isEnabled());
        QVERIFY(page.noteText().contains(QStringLiteral("tray")));

        page.notifyBox()->setChecked(false);
        page.autostartBox()->setChecked(true);
        page.apply();
        QCOMPARE(settings->value(DesktopIntegration::notifyKey()).toBool(), false);
        QCOMPARE(settings->value(DesktopIntegration::autostartKey()).toBool(), true);
        QVERIFY(QFile::exists(Autostart::filePath()));
        QVERIFY(Autostart::filePath().startsWith(config.path()));
        QVERIFY(!desktop->notifier()->isEnabled());

        page.autostartBox()->setChecked(false);
        page.apply();
        QVERIFY(!QFile::exists(Autostart::filePath()));
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
