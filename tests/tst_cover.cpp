// Issue 13, covering a teammate: the rep opens a colleague's queue by email (the users list, as
// the connect dialog finds the rep) in its own window and store, against the sandbox over
// loopback, with the colleague (DemoData::teammate) and their tasks seeded beside the rep's.
#include "WindowRig.h"
#include "app/CoverSession.h"
#include "core/CallSettings.h"
#include "sync/AccountCheck.h"
#include "sync/DayLog.h"
#include "ui/ActionRegistry.h"
#include "ui/CoverBanner.h"
#include "ui/CoverDialog.h"
#include "ui/Theme.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace engage;

namespace {
const QString TeammateId = QString::number(DemoData::TeammateUserId);
const QString RepId = QString::number(DemoData::RepUserId);
const QString Name = QStringLiteral("Morgan Whitfield");

QSet<qint64> idsOf(const TaskList &tasks)
{
    QSet<qint64> ids;
    for (const Task &t : tasks)
        ids.insert(t.id);
    return ids;
}

QSet<qint64> teammateIds(const Rig &rig)
{
    QSet<qint64> ids;
    for (const Task &t : rig.server.tasks()) {
        if (t.userId == DemoData::TeammateUserId)
            ids.insert(t.id);
    }
    return ids;
}

// The rep's window with the teammate's tasks in the sandbox too, and the rep's own AccountCheck.
struct CoverRig : Rig {
    std::unique_ptr<AccountCheck> check;
    std::unique_ptr<CoverSession> cover;

    bool startAll()
    {
        const bool started = start([this](SandboxServer &s) {
            s.setTasks(s.tasks() + DemoData::teammateTasks(clock.now(), clock.timeZone()));
        });
        check = std::make_unique<AccountCheck>(&network, nullptr, &sync->rateLimiter());
        return started;
    }
    // What the dialog says after looking `email` up; `found` is its teammate when accepted.
    QString lookUp(const QString &email, GongUser *found)
    {
        CoverDialog dialog(check.get(), client.config(), window.get());
        dialog.emailField()->setText(email);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.find();
        if (!QTest::qWaitFor([&] { return check->pendingCount() == 0; }, 20000))
            return QStringLiteral("no answer");
        if (!accepted.isEmpty())
            *found = dialog.teammate();
        return accepted.isEmpty() ? dialog.statusText() : QString();
    }
    bool openByEmail(const QString &email)
    {
        GongUser user;
        if (const QString said = lookUp(email, &user); !said.isEmpty()) {
            qWarning() << "lookup:" << said;
            return false;
        }
        cover = std::make_unique<CoverSession>(&network, client.config(), user,
                                               &sync->rateLimiter(), clock);
        QString error;
        if (!cover->open(dir.filePath(QStringLiteral("teammate.sqlite")), CallSettings{}, &error)) {
            qWarning() << "open:" << error;
            return false;
        }
        return QTest::qWaitFor([this] { return cover->sync()->tasks().size() > 0; }, 10000);
    }
};
} // namespace

class TestCover : public QObject
{
    Q_OBJECT

private slots:
    void theTeammatesQueueOpensByEmailInItsOwnWindowAndStore()
    {
        CoverRig rig;
        QVERIFY(rig.startAll());
        QVERIFY(rig.openByEmail(DemoData::teammateEmail()));
        QCOMPARE(rig.cover->teammate().id, TeammateId);
        // Exactly the teammate's tasks, in a store of its own; one rate budget for both.
        QCOMPARE(idsOf(rig.cover->sync()->tasks()), teammateIds(rig));
        QVERIFY(rig.cover->store()->path() != rig.store.path());
        QCOMPARE(&rig.cover->sync()->rateLimiter(), &rig.sync->rateLimiter());
        QCOMPARE(rig.cover->client()->config().userId, TeammateId);
        QCOMPARE(rig.cover->client()->config().credentials.accessKey,
                 rig.client.config().credentials.accessKey);
        QVERIFY(rig.cover->window() != rig.window.get());
        QVERIFY(rig.cover->window()->isVisible());
    }

    void theTitleAndTheStripSayWhoseQueueItIs()
    {
        CoverRig rig;
        QVERIFY(rig.startAll());
        QVERIFY(rig.openByEmail(DemoData::teammateEmail()));
        MainWindow *w = rig.cover->window();
        QCOMPARE(w->windowTitle(), QStringLiteral("Covering Morgan Whitfield"));
        CoverBanner *strip = w->findChild<CoverBanner *>(QStringLiteral("coverBanner"));
        QVERIFY(strip);
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->text(), QStringLiteral("You are working Morgan Whitfield's queue — changes "
                                               "are made on their behalf"));
        // At the top, above the list, in the theme's warning colours.
        QVERIFY(strip->mapTo(w, QPoint(0, 0)).y() < w->taskView()->mapTo(w, QPoint(0, 0)).y());
        QVERIFY(strip->styleSheet().contains(Theme::colors().warningBackground.name()));
        QVERIFY(strip->styleSheet().contains(Theme::colors().warningText.name()));
        // The rep's own window keeps its title and has no strip.
        QVERIFY(!rig.window->windowTitle().contains(Name));
        QVERIFY(!rig.window->findChild<CoverBanner *>());
        // Covering and the account are the rep's window's business.
        QVERIFY(!w->actionRegistry()->action(ActionRegistry::Id::CoverTeammate)->isVisible());
        QVERIFY(!w->actionRegistry()->action(ActionRegistry::Id::Settings)->isEnabled());
    }

    void aChangeGoesWithTheTeammatesUserIdAndIsLoggedOnTheirBehalf()
    {
        CoverRig rig;
        QVERIFY(rig.startAll());
        const int repRows = rig.model()->rowCount();
        const QSet<qint64> repIds = idsOf(rig.sync->tasks());
        QVERIFY(rig.openByEmail(DemoData::teammateEmail()));
        rig.server.clearRequests();

        MainWindow *w = rig.cover->window();
        const QModelIndex first = w->taskView()->model()->index(0, 0);
        const qint64 taskId = first.data(TaskListModel::TaskIdRole).toLongLong();
        QVERIFY(teammateIds(rig).contains(taskId));
        w->taskView()->setCurrentIndex(first);
        w->actionRegistry()->action(ActionRegistry::Id::MarkDone)->trigger();
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const Task &t : rig.server.tasks()) {
                    if (t.id == taskId)
                        return t.status == TaskStatus::Done;
                }
                return false;
            },
            10000));

        // Every request that carries a userId carries the teammate's; the rep's never goes with
        // the teammate's work.
        const QList<RecordedRequest> patches = rig.server.patchRequests();
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().path, QStringLiteral("/v2/tasks/%1").arg(taskId));
        QCOMPARE(jsonOf(patches.first().body).value(QLatin1String("userId")).toString(),
                 TeammateId);
        for (const RecordedRequest &r : rig.server.requests()) {
            if (r.path.startsWith(QLatin1String("/v2/tasks/")))
                QVERIFY2(!r.body.contains(RepId.toLatin1()), r.body.constData());
        }

        // The ledger and the day log say on whose behalf.
        const QList<TaskStore::LedgerEntry> ledger = rig.cover->store()->ledger();
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first().taskId, taskId);
        QCOMPARE(ledger.first().onBehalfOf,
                 QStringLiteral("Morgan Whitfield (morgan.whitfield@acme-demo.example)"));
        const QList<DayLogRow> day = DayLog::rows(
            *rig.cover->store(), rig.clock.now().toTimeZone(rig.clock.timeZone()).date(),
            rig.clock.timeZone(), {}, {});
        QCOMPARE(day.size(), 1);
        QVERIFY2(day.first().confirmation.contains(QStringLiteral("on behalf of Morgan Whitfield")),
                 qPrintable(day.first().confirmation));
        QVERIFY(DayLog::toCsv(day, rig.clock.timeZone()).contains("on behalf of Morgan Whitfield"));

        // The rep's own window: the same list, an untouched store.
        QCOMPARE(rig.model()->rowCount(), repRows);
        QCOMPARE(idsOf(rig.sync->tasks()), repIds);
        QVERIFY(!repIds.contains(taskId));
        QVERIFY(rig.store.ledger().isEmpty());
        QVERIFY(rig.store.pendingChanges().isEmpty());
        for (const Task &t : rig.store.cachedTasks())
            QVERIFY(!teammateIds(rig).contains(t.id));
    }

    void closingTheTeammatesWindowClosesOnlyIt()
    {
        CoverRig rig;
        QVERIFY(rig.startAll());
        QVERIFY(rig.openByEmail(DemoData::teammateEmail()));
        QSignalSpy closed(rig.cover.get(), &CoverSession::closed);
        QVERIFY(rig.cover->window()->close());
        QVERIFY(closed.wait(5000));
        QVERIFY(rig.window->isVisible());
        rig.cover.reset();
        QVERIFY(rig.window->isVisible());
        QVERIFY(rig.model()->rowCount() > 0);
    }

    void anUnknownEmailSaysSoInWords()
    {
        CoverRig rig;
        QVERIFY(rig.startAll());
        GongUser user;
        const QString said = rig.lookUp(QStringLiteral("nobody@acme-demo.example"), &user);
        QVERIFY2(said.contains(
                     QStringLiteral("No Gong user has the email address nobody@acme-demo.example")),
                 qPrintable(said));
        QVERIFY(user.id.isEmpty());
        // The rep's own address is no teammate.
        const QString own = rig.lookUp(DemoData::repEmail(), &user);
        QVERIFY2(own.contains(QStringLiteral("is you")), qPrintable(own));
    }
};

QTEST_MAIN(TestCover)
#include "tst_cover.moc"
