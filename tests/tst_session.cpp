// A whole call session driven from the keyboard in the real window, against the sandbox over
// loopback: the order, what each outcome sends, skip and back, pause, undo, the summary, dialing.
#include "DialLog.h"
#include "WindowRig.h"
#include "core/CallSettings.h"
#include "sync/CallCatalog.h"
#include "ui/ActionRegistry.h"
#include "ui/CallCard.h"
#include "ui/CallSession.h"
#include "ui/DayLogActions.h"
#include "ui/Dialer.h"
#include "ui/FlowPanel.h"
#include "ui/SessionCoordinator.h"
#include "ui/SessionSummaryDialog.h"
#include "ui/SessionView.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QUrl>

using namespace engage;

namespace {

const QDateTime Now(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()); // Rig's clock

// Ten call tasks. At 13:00 UTC on a Monday, with 08:00–18:00 hours: Berlin 14:00, London
// 13:00, New York 08:00 and São Paulo 10:00 are open; Tokyo 22:00, Sydney 00:00 and Los
// Angeles 05:00 are asleep; a contact without a zone is read on the rep's (Berlin) clock.
struct Row {
    const char *first;
    const char *zone;
    const char *phone; // E.164, empty: none
    bool optedOut = false;
};
const Row Rows[] = {
    {"Anna", "Europe/Berlin", "+493012345601"},
    {"Ben", "Asia/Tokyo", "+81312345602"},
    {"Chloe", "America/New_York", "+12125550103"},
    {"Dev", "Australia/Sydney", "+61212345604"},
    {"Eva", "Europe/London", "+442012345605"},
    {"Farid", "America/Los_Angeles", "+14155550106"},
    {"Gita", "", "+493012345607"},
    {"Hugo", "America/Sao_Paulo", "+551112345608"},
    {"Ines", "Europe/Berlin", "+493012345609", true},
    {"Jon", "Europe/Berlin", ""},
};

QList<Task> sessionTasks(const QList<FlowInfo> &flows)
{
    QList<Task> tasks;
    for (int i = 0; i < 10; ++i) {
        const Row &r = Rows[i];
        Task t;
        t.id = 9000 + i;
        t.userId = DemoData::RepUserId;
        t.status = TaskStatus::Open;
        t.type = TaskType::Flow;
        t.created = t.updated = Now.addDays(-10);
        // Oldest first in the list: Anna is the most overdue.
        t.dueDate = Now.addSecs(-3600 * (20 - i));
        Contact c;
        c.crmId = QStringLiteral("003CONTACT%1").arg(i);
        c.firstName = QString::fromLatin1(r.first);
        c.lastName = QStringLiteral("Tester");
        c.companyName = QStringLiteral("Company %1").arg(i);
        c.timezone = QString::fromLatin1(r.zone);
        if (*r.phone)
            c.phoneNumbers << PhoneNumber{
                QString::fromLatin1(r.phone), {},  {}, QString::fromLatin1(r.phone),
                QStringLiteral("mobile"),     true};
        if (r.optedOut)
            c.optOutChannels << QStringLiteral("CALLS");
        t.contact = c;
        const FlowInfo &flow = flows.at(i % flows.size());
        FlowStepInfo step;
        for (const FlowStepInfo &s : flow.steps)
            if (s.isCall() && step.id == 0)
                step = s;
        t.flow =
            Flow{flow.id, flow.name, FlowStep{step.id, QStringLiteral("Call"), step.stepOrder}};
        tasks << t;
    }
    return tasks;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

QJsonObject bodyOf(const RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

// Stands in for the desktop's tel: handler.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    explicit UrlCatcher(QList<QUrl> *opened)
        : m_opened(opened)
    {}
public slots:
    void open(const QUrl &url) { m_opened->append(url); }

private:
    QList<QUrl> *m_opened;
};

class TestSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<Rig> rig;
    std::unique_ptr<CallCatalog> catalog;
    DialLog dialLog;

    QAction *action(ActionRegistry::Id id) { return rig->window->actionRegistry()->action(id); }
    CallSession *session() { return rig->window->callSession(); }
    QString cardName() { return session()->card().name; }
    // Keys go where a rep's keys go: to the focused widget of the active window.
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier) { rig->key(k, mods); }
    QList<RecordedRequest> requestsTo(const QString &pathPart)
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : rig->server.requests())
            if (r.path.contains(pathPart) && r.method != "GET")
                out << r;
        return out;
    }
    bool startRig(const QStringList &missingScopes = {})
    {
        rig = std::make_unique<Rig>();
        rig->server.setMissingScopes(missingScopes);
        const bool ok = rig->start(
            [](SandboxServer &server) { server.setTasks(sessionTasks(server.flows())); });
        if (!ok)
            return false;
        catalog = std::make_unique<CallCatalog>(&rig->client, &rig->store,
                                                &rig->sync->rateLimiter(), rig->clock);
        rig->window->setCallCatalog(catalog.get());
        catalog->start();
        // A dial command that writes what it was given: the phone, for the test.
        dialLog = DialLog(QDir(rig->dir.path()));
        rig->window->setCallSettings(dialLog.settings());
        rig->actions->setUnassignDelay(std::chrono::milliseconds(0));
        rig->window->actionRegistry()->action(ActionRegistry::Id::ViewAll)->trigger();
        return QTest::qWaitFor([this] { return rig->model()->rowCount() == 10; }, 5000) &&
               QTest::qWaitFor(
                   [this] {
                       return catalog->fetchedAt().isValid() || !catalog->notice().isEmpty();
                   },
                   5000);
    }
    QStringList dialled() const { return dialLog.dialled(); }

private slots:
    void cleanup()
    {
        catalog.reset();
        rig.reset();
    }

    void aWholeSessionFromTheKeyboard()
    {
        QVERIFY(startRig());
        QVERIFY(!catalog->usingDefaults());
        key(Qt::Key_S);
        auto *pages = rig->window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget(), rig->window->sessionView());
        // The open contacts first, in the list's order; the asleep ones after them.
        QStringList order;
        for (qint64 id : session()->queue()->order())
            order << rig->sync->task(id)->contact->firstName;
        QCOMPARE(order, strings({"Anna", "Chloe", "Eva", "Gita", "Hugo", "Ines", "Jon", "Ben",
                                 "Dev", "Farid"}));
        QCOMPARE(cardName(), QStringLiteral("Anna Tester"));
        QVERIFY(rig->window->sessionView()->progressText().startsWith(QStringLiteral("1 of 10")));
        // The outcome keys are the company's, in displayOrder.
        QCOMPARE(rig->window->actionRegistry()->outcomeAction(0)->text(),
                 QStringLiteral("&1 No answer"));
        QVERIFY(!rig->window->actionRegistry()->outcomeAction(7)->isEnabled());
        // The step's call script, once Gong sent the flows' steps.
        QTRY_VERIFY(!session()->card().script.isEmpty());
        QCOMPARE(rig->window->sessionView()
                     ->card()
                     ->findChild<QPlainTextEdit *>(QStringLiteral("card.script"))
                     ->toPlainText(),
                 session()->card().script);

        // C dials the E.164 number through the configured command.
        key(Qt::Key_C);
        QTRY_COMPARE(dialled(), strings({"+493012345601"}));

        // 1: No answer. The task stays open and comes due again 3 h later, inside hours.
        rig->server.clearRequests();
        key(Qt::Key_1);
        QCOMPARE(cardName(), QStringLiteral("Chloe Tester"));
        QTRY_COMPARE(rig->patches().size(), 1);
        QJsonObject sent = bodyOf(rig->patches().first());
        QVERIFY(!sent.contains(QStringLiteral("status")));
        QCOMPARE(
            QDateTime::fromString(sent.value(QStringLiteral("dueDate")).toString(), Qt::ISODate),
            Now.addSecs(3 * 3600));
        QVERIFY(rig->patches().first().path.endsWith(QStringLiteral("/9000")));

        // N: a note, then 4: Meeting booked → done, with the note in the log.
        key(Qt::Key_N);
        QCOMPARE(QApplication::focusWidget(), rig->window->sessionView()->noteField());
        QTest::keyClicks(rig->window->sessionView()->noteField(),
                         QStringLiteral("Demo 4pm, 2 seats"));
        key(Qt::Key_Return);
        QVERIFY(QApplication::focusWidget() != rig->window->sessionView()->noteField());
        rig->server.clearRequests();
        key(Qt::Key_4);
        QCOMPARE(cardName(), QStringLiteral("Eva Tester"));
        QTRY_COMPARE(rig->patches().size(), 1);
        sent = bodyOf(rig->patches().first());
        QCOMPARE(sent.value(QStringLiteral("status")).toString(), QStringLiteral("DONE"));
        QVERIFY(rig->patches().first().path.endsWith(QStringLiteral("/9002")));

        // J skips Eva with no change; K goes back to her.
        rig->server.clearRequests();
        key(Qt::Key_J);
        QCOMPARE(cardName(), QStringLiteral("Gita Tester"));
        key(Qt::Key_K);
        QCOMPARE(cardName(), QStringLiteral("Eva Tester"));
        key(Qt::Key_Tab);
        QCOMPARE(cardName(), QStringLiteral("Gita Tester"));
        QTest::qWait(200);
        QVERIFY(rig->server.requests().isEmpty());

        // 5: Not interested → done, and Gita leaves her flow (crmId, flow id as a string).
        key(Qt::Key_5);
        QCOMPARE(cardName(), QStringLiteral("Hugo Tester"));
        QTRY_COMPARE(requestsTo(QStringLiteral("unassign")).size(), 1);
        const QJsonObject unassign = bodyOf(requestsTo(QStringLiteral("unassign")).first());
        QCOMPARE(unassign.value(QStringLiteral("crmProspectId")).toString(),
                 QStringLiteral("003CONTACT6"));
        QCOMPARE(unassign.value(QStringLiteral("flowId")).toString(),
                 QString::number(rig->sync->task(9006)->flow->id));
        QTRY_COMPARE(rig->server.task(9006)->status, TaskStatus::Done);

        // P pauses: the progress says so, and the clock stops.
        key(Qt::Key_P);
        QVERIFY(rig->window->sessionView()->progressText().contains(QStringLiteral("paused")));
        const qint64 pausedAt = session()->queue()->elapsedMs();
        rig->clock.advanceSecs(600);
        QCOMPARE(session()->queue()->elapsedMs(), pausedAt);
        key(Qt::Key_P);

        // 6: Do not call → done, and Hugo is marked opted out here.
        rig->server.clearRequests();
        key(Qt::Key_6);
        QCOMPARE(cardName(), QStringLiteral("Ines Tester"));
        QVERIFY(rig->actions->isOptedOut(QStringLiteral("003CONTACT7")));
        QTRY_COMPARE(rig->server.task(9007)->status, TaskStatus::Done);

        // Ctrl+Z takes the whole outcome back: Hugo is open again in Gong, the mark is gone,
        // and his card is back.
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(cardName(), QStringLiteral("Hugo Tester"));
        QVERIFY(!rig->actions->isOptedOut(QStringLiteral("003CONTACT7")));
        QTRY_COMPARE(rig->server.task(9007)->status, TaskStatus::Open);

        // Esc ends the session: the list is back, and the summary counts what was done.
        const CallSession::Summary summary = session()->summary();
        key(Qt::Key_Escape);
        QCOMPARE(pages->currentIndex(), 0);
        QCOMPARE(summary.calls, 3);
        QCOMPARE(summary.connected, 2); // meeting booked, not interested
        QCOMPARE(summary.done, 2);
        QCOMPARE(summary.rescheduled, 1);
        QCOMPARE(summary.total, 10);
        auto *dialog = rig->window->findChild<SessionSummaryDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->text().contains(QStringLiteral("Calls: 3 of 10")));
        QVERIFY(dialog->text().contains(QStringLiteral("Meeting booked: 1")));
        dialog->close();

        // The day log's CSV: a row per outcome with its note and what was sent; the outcome
        // taken back is not among them.
        const QString csvPath = rig->dir.filePath(QStringLiteral("day.csv"));
        QString error;
        QVERIFY2(rig->window->dayLog()->exportTo(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.first().startsWith(QStringLiteral("Time,Contact,Company,Outcome,Note")),
                 qPrintable(lines.first()));
        QStringList callLines;
        for (const QString &line : lines)
            if (line.contains(QStringLiteral("Tester")))
                callLines << line;
        QVERIFY2(callLines.size() >= 3, qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Anna Tester,Company 0,No answer")));
        QVERIFY(text.contains(QStringLiteral("\"Demo 4pm, 2 seats\"")));
        QVERIFY(text.contains(QStringLiteral("Gita Tester,Company 6,Not interested")));
        QVERIFY(!text.contains(QStringLiteral("Do not call")));

        // S resumes where the rep left.
        key(Qt::Key_S);
        QCOMPARE(cardName(), QStringLiteral("Hugo Tester"));
        QVERIFY(rig->window->sessionView()->progressText().contains(QStringLiteral("of 10")));
    }

    void optedOutIsNotDialledWithoutConfirmation()
    {
        QVERIFY(startRig());
        QStringList asked;
        bool answer = false;
        session()->setConfirmDial([&](const QString &question) {
            asked << question;
            return answer;
        });
        key(Qt::Key_S);
        while (cardName() != QStringLiteral("Ines Tester"))
            key(Qt::Key_J);
        QVERIFY(session()->card().optedOut);
        QVERIFY(session()->card().optOutText.contains(QStringLiteral("opted out")));
        key(Qt::Key_C);
        QCOMPARE(asked.size(), 1);
        QTest::qWait(300);
        QVERIFY(dialled().isEmpty());
        QVERIFY(rig->window->sessionView()->card()->dialStatus().contains(
            QStringLiteral("Not dialled")));
        answer = true;
        key(Qt::Key_C);
        QTRY_COMPARE(dialled(), strings({"+493012345609"}));
    }

    void telLinksReachTheDesktopHandler()
    {
        QVERIFY(startRig());
        CallSettings settings;
        rig->window->setCallSettings(settings); // tel: links
        rig->window->sessions()->dialer()->setHandlerProbe(
            [](const QString &s) { return s == QLatin1String("tel"); });
        QList<QUrl> opened;
        UrlCatcher catcher(&opened);
        QDesktopServices::setUrlHandler(QStringLiteral("tel"), &catcher, "open");
        // C in the list dials the selected task too.
        rig->view()->setFocus();
        rig->view()->setCurrentIndex(rig->model()->index(0, 0));
        key(Qt::Key_C);
        QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
        QCOMPARE(opened, (QList<QUrl>{QUrl(QStringLiteral("tel:+493012345601"))}));

        // Nothing handles callto: here: the number goes to the clipboard, and the rep is told.
        settings.dial.method = DialSettings::Method::CallTo;
        rig->window->setCallSettings(settings);
        key(Qt::Key_C);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+493012345601"));
        QVERIFY(rig->window->noticeText().contains(QStringLiteral("clipboard")));
    }

    // The list's flow panel shows the step's place in its flow and its script, as text.
    void theFlowPanelShowsTheScript()
    {
        QVERIFY(startRig());
        rig->view()->setFocus();
        rig->view()->setCurrentIndex(rig->model()->index(0, 0));
        const Task task = *rig->sync->task(rig->idAt(0));
        QString script;
        for (const FlowInfo &f : rig->server.flows())
            if (f.id == task.flow->id)
                script = f.step(task.flow->step->id, task.flow->step->stepNumber)->body;
        QVERIFY(!script.isEmpty());
        QTRY_COMPARE(rig->window->flowPanel()->scriptText(), script);
    }

    // Without api:flows:read the panel says so, and a refresh does not ask again.
    void withoutTheFlowsScopeOneRefusal()
    {
        QVERIFY(startRig({QStringLiteral("api:flows:read")}));
        rig->view()->setFocus();
        rig->view()->setCurrentIndex(rig->model()->index(0, 0));
        QTRY_VERIFY(
            rig->window->flowPanel()->scriptText().contains(QStringLiteral("No call script")));
        const auto stepRequests = [this] {
            int n = 0;
            for (const RecordedRequest &r : rig->server.requests())
                n += r.path == QLatin1String("/v2/flows/steps") ? 1 : 0;
            return n;
        };
        QCOMPARE(stepRequests(), 1);
        rig->sync->refresh();
        QTRY_VERIFY(!rig->sync->isRefreshing());
        QTest::qWait(200);
        QCOMPARE(stepRequests(), 1);
    }

    void withoutTheOutcomesScopeGongsDefaultsStandIn()
    {
        QVERIFY(startRig({QStringLiteral("api:call-outcomes:read")}));
        QTRY_VERIFY(!catalog->notice().isEmpty());
        QVERIFY(catalog->usingDefaults());
        key(Qt::Key_S);
        auto *notice = rig->window->sessionView()->findChild<QLabel *>(
            QStringLiteral("session.outcomesNotice"));
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), catalog->notice());
        QCOMPARE(rig->window->actionRegistry()->outcomeAction(0)->text(),
                 QStringLiteral("&1 ") + CallOutcome::gongDefaults().first().name);
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
