// Same person, one call: a contact's other open tasks show in the list ("Jon Snow (+2)"), the
// contact panel and the call card, and an outcome logged in a session goes on all of them when
// the rep says so (asked once, or remembered in calling/outcomeForAllTasks): a PATCH per task
// to the sandbox, ONE Ctrl+Z takes every one back, and the session passes them by.
#include "WindowRig.h"
#include "core/CallSettings.h"
#include "core/SameContact.h"
#include "sandbox/DemoData.h"
#include "ui/ActionRegistry.h"
#include "ui/CallCardData.h"
#include "ui/CallSession.h"
#include "ui/ContactPanel.h"
#include "ui/SameContactList.h"
#include "ui/SessionCoordinator.h"

#include <QAction>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>

using namespace engage;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()); // Rig's clock

Task task(qint64 id, const char *crmId, const char *first, int hoursOverdue, bool manual = false)
{
    Task t;
    t.id = id;
    t.userId = DemoData::RepUserId;
    t.status = TaskStatus::Open;
    t.type = manual ? TaskType::Manual : TaskType::Flow;
    t.created = t.updated = Now.addDays(-3);
    t.dueDate = Now.addSecs(-3600 * hoursOverdue);
    if (manual)
        t.title = QStringLiteral("Send pricing");
    else
        t.flow =
            Flow{88, QStringLiteral("Renewal outreach"), FlowStep{8, QStringLiteral("Call"), 3}};
    Contact c;
    c.crmId = QString::fromLatin1(crmId);
    c.firstName = QString::fromLatin1(first);
    c.lastName = QStringLiteral("Snow");
    c.timezone = QStringLiteral("Europe/Berlin");
    c.phoneNumbers << PhoneNumber{
        QStringLiteral("+493012345601"), {},  {}, QStringLiteral("+493012345601"),
        QStringLiteral("mobile"),        true};
    t.contact = c;
    return t;
}

// Jon has three open tasks, Arya one, and Sansa (no CRM id) two that are not grouped.
QList<Task> seed()
{
    return {task(701, "003JON", "Jon", 30), task(702, "003ARYA", "Arya", 20),
            task(703, "003JON", "Jon", 10), task(704, "003JON", "Jon", 5, true),
            task(705, "", "Sansa", 4),      task(706, "", "Sansa", 3)};
}

int outcomeIndex(CallSession *session, const QString &name)
{
    const QList<CallOutcome> all = session->outcomes();
    for (int i = 0; i < all.size(); ++i)
        if (all.at(i).name == name)
            return i;
    return -1;
}

} // namespace

class TestSameContact : public QObject
{
    Q_OBJECT

    std::unique_ptr<Rig> rig;
    CallSession *session() { return rig->window->callSession(); }
    bool startRig(const QList<Task> &tasks = seed())
    {
        rig = std::make_unique<Rig>();
        if (!rig->start([&tasks](SandboxServer &server) { server.setTasks(tasks); }))
            return false;
        rig->window->actionRegistry()->action(ActionRegistry::Id::ViewAll)->trigger();
        rig->actions->setUnassignDelay(std::chrono::milliseconds(0));
        return QTest::qWaitFor([this] { return !rig->sync->isRefreshing(); }, 5000);
    }
    QString contactText(qint64 id, int role = Qt::DisplayRole)
    {
        const QModelIndex at = rig->window->taskTable()->proxyIndexOf(id);
        return at.siblingAtColumn(TaskListModel::ContactColumn).data(role).toString();
    }
    QList<qint64> patchedIds(const char *status)
    {
        QList<qint64> ids;
        for (const RecordedRequest &r : rig->patches())
            if (jsonOf(r.body).value(QStringLiteral("status")).toString() == QLatin1String(status))
                ids << r.path.section(QLatin1Char('/'), -1).toLongLong();
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void cleanup() { rig.reset(); }

    void theRowAndThePanelSayHowManyMore()
    {
        QVERIFY(startRig());
        QCOMPARE(contactText(701), QStringLiteral("Jon Snow (+2)"));
        QVERIFY(
            contactText(701, Qt::ToolTipRole).contains(QStringLiteral("+2 more for this contact")));
        QCOMPARE(contactText(702), QStringLiteral("Arya Snow"));
        QCOMPARE(contactText(705), QStringLiteral("Sansa Snow")); // no CRM id: not grouped
        rig->view()->setCurrentIndex(rig->window->taskTable()->proxyIndexOf(701));
        const SameContactList *list = rig->window->contactPanel()->sameContactList();
        QTRY_VERIFY(list->isVisibleTo(rig->window.get()));
        QCOMPARE(list->lines(), QStringList({QStringLiteral("Renewal outreach · step 3 · due Mon"),
                                             QStringLiteral("Send pricing · manual · due Mon")}));
        // Done, one of them no longer counts.
        QVERIFY(rig->actions->markDone({703}));
        QTRY_COMPARE(contactText(701), QStringLiteral("Jon Snow (+1)"));
        rig->view()->setCurrentIndex(rig->window->taskTable()->proxyIndexOf(702));
        QTRY_VERIFY(!list->isVisibleTo(rig->window.get()));
    }

    // A backlog for one contact: the panel shows the first few and how many more, not a wall.
    void aBacklogShowsTheFirstFewAndHowManyMore()
    {
        QList<Task> tasks;
        for (int i = 0; i < 10; ++i)
            tasks << task(800 + i, "003JON", "Jon", 30 - i);
        QVERIFY(startRig(tasks));
        QCOMPARE(contactText(800), QStringLiteral("Jon Snow (+9)"));
        rig->view()->setCurrentIndex(rig->window->taskTable()->proxyIndexOf(800));
        const SameContactList *list = rig->window->contactPanel()->sameContactList();
        QTRY_VERIFY(list->isVisibleTo(rig->window.get()));
        QCOMPARE(list->lines().size(), SameContactList::ShownLines);
        const auto *heading = list->findChildren<QLabel *>().value(0);
        const auto *text = list->findChild<QLabel *>(QStringLiteral("sameContactList"));
        QVERIFY(heading && text);
        QCOMPARE(heading->text(), QStringLiteral("+9 more for this contact"));
        QCOMPARE(text->text().count(QLatin1Char('\n')), SameContactList::ShownLines);
        QVERIFY2(text->text().endsWith(QLatin1String("\nand 4 more")), qPrintable(text->text()));
        QVERIFY2(list->accessibleDescription().endsWith(QLatin1String("; and 4 more")),
                 qPrintable(list->accessibleDescription()));
    }

    void theCallCardListsThem()
    {
        QVERIFY(startRig());
        rig->key(Qt::Key_S);
        QCOMPARE(session()->currentTaskId(), 701);
        const CallCardData card = session()->card();
        QCOMPARE(card.alsoFor, QStringLiteral("Also for Jon: Renewal outreach · step 3 · due Mon; "
                                              "Send pricing · manual · due Mon"));
    }

    void oneOutcomeForAllThreeAndOneUndo()
    {
        QVERIFY(startRig());
        QStringList asked;
        session()->setAskApplyToAll([&](const QString &q) {
            asked << q;
            return CallSession::ApplyToAll{true, false};
        });
        rig->key(Qt::Key_S);
        QCOMPARE(session()->currentTaskId(), 701);
        const int booked = outcomeIndex(session(), QStringLiteral("Meeting booked"));
        QVERIFY(booked >= 0);
        rig->server.clearRequests();
        rig->key(Qt::Key_1 + booked);
        // "tasks" once the English plural forms are refreshed (resources/translations); until
        // then Qt shows the source's "task(s)".
        QCOMPARE(asked.size(), 1);
        QVERIFY2(QRegularExpression(
                     QStringLiteral(
                         "^Apply “Meeting booked” to Jon Snow's 2 other task(s|\\(s\\)) too\\?$"))
                     .match(asked.first())
                     .hasMatch(),
                 qPrintable(asked.first()));
        // The session passes Jon's other tasks by: Arya is next.
        QCOMPARE(session()->currentTaskId(), 702);
        QTRY_COMPARE(patchedIds("DONE"), QList<qint64>({701, 703, 704}));
        for (qint64 id : {701, 703, 704})
            QCOMPARE(rig->sync->task(id)->status, TaskStatus::Done);
        QCOMPARE(session()->summary().done, 3);
        QCOMPARE(session()->summary().calls, 1);

        // One Ctrl+Z: all three open again (a compensating PATCH each), Jon's card back.
        QTRY_COMPARE(rig->sync->waitingCount(), 0);
        rig->key(Qt::Key_Z, Qt::ControlModifier);
        for (qint64 id : {701, 703, 704})
            QCOMPARE(rig->sync->task(id)->status, TaskStatus::Open);
        QCOMPARE(session()->currentTaskId(), 701);
        QTRY_COMPARE(patchedIds("OPEN"), QList<qint64>({701, 703, 704}));
        QVERIFY(!rig->actions->canUndo());
    }

    void noAppliesToTheCalledTaskOnly()
    {
        QVERIFY(startRig());
        session()->setAskApplyToAll([](const QString &) {
            return CallSession::ApplyToAll{false, false};
        });
        rig->key(Qt::Key_S);
        rig->server.clearRequests();
        rig->key(Qt::Key_1 + outcomeIndex(session(), QStringLiteral("Meeting booked")));
        QTRY_COMPARE(patchedIds("DONE"), QList<qint64>({701}));
        QTest::qWait(200);
        QCOMPARE(patchedIds("DONE"), QList<qint64>({701}));
        QCOMPARE(rig->sync->task(703)->status, TaskStatus::Open);
    }

    void theRememberedChoiceIsUsedWithoutAsking()
    {
        QVERIFY(startRig());
        int asked = 0;
        session()->setAskApplyToAll([&](const QString &) {
            ++asked;
            return CallSession::ApplyToAll{true, true};
        });
        QSignalSpy remembered(session(), &CallSession::settingsRemembered);
        rig->key(Qt::Key_S);
        const int booked = outcomeIndex(session(), QStringLiteral("Meeting booked"));
        rig->key(Qt::Key_1 + booked);
        QCOMPARE(asked, 1);
        QCOMPARE(remembered.size(), 1);
        const auto saved = remembered.first().first().value<CallSettings>();
        QCOMPARE(saved.outcomeForAll, CallSettings::OutcomeForAll::Yes);
        // Saved and read back as the setting says.
        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        saved.write(file);
        QCOMPARE(file.value(QStringLiteral("calling/outcomeForAllTasks")).toString(),
                 QStringLiteral("yes"));
        QCOMPARE(CallSettings::read(file).outcomeForAll, CallSettings::OutcomeForAll::Yes);

        // Next time: no question, all three again.
        rig->key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(session()->currentTaskId(), 701);
        rig->server.clearRequests();
        rig->key(Qt::Key_1 + booked);
        QCOMPARE(asked, 1);
        QTRY_COMPARE(patchedIds("DONE"), QList<qint64>({701, 703, 704}));
    }
};

QTEST_MAIN(TestSameContact)
#include "tst_samecontact.moc"
