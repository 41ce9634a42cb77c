// What a screen reader gets from the real window against the sandbox: each row as a sentence,
// a name for everything the keyboard reaches, and the events sent when the list moves, a panel
// changes or an error shows. Qt's accessibility is only active with an AT-SPI bus to talk to:
// run through tests/with-atspi.sh (ctest does), which gives it Xvfb and a private bus.
#include "WindowRig.h"
#include "core/CallSettings.h"
#include "gong/RateLimiter.h"
#include "sync/AccountCheck.h"
#include "sync/DayLog.h"
#include "ui/ActionRegistry.h"
#include "ui/AppearancePage.h"
#include "ui/CallCard.h"
#include "ui/CallSession.h"
#include "ui/CallingSettingsDialog.h"
#include "ui/ConnectDialog.h"
#include "ui/ContactPanel.h"
#include "ui/CoverDialog.h"
#include "ui/DayLogDialog.h"
#include "ui/DesktopIntegration.h"
#include "ui/DesktopPage.h"
#include "ui/GeneralPage.h"
#include "ui/PreferencesDialog.h"
#include "ui/PreferencesPage.h"
#include "ui/RescheduleDialog.h"
#include "ui/SessionSummaryDialog.h"
#include "ui/SessionView.h"
#include "ui/ShortcutsDialog.h"
#include "ui/ShortcutsPage.h"
#include "ui/TaskFilterProxy.h"
#include "ui/ThemeManager.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace engage;

namespace {

struct Seen {
    QAccessible::Event type;
    QPointer<QObject> object;
    QString name; // the event's interface (the cell, for a row) as a reader reads it
    QString description;
};
QList<Seen> &seen()
{
    static QList<Seen> events;
    return events;
}
void record(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    seen().append({event->type(), event->object(),
                   iface ? iface->text(QAccessible::Name) : QString(),
                   iface ? iface->text(QAccessible::Description) : QString()});
}
bool sawEvent(QAccessible::Event type, const QObject *object, QString *name = nullptr)
{
    for (const Seen &s : std::as_const(seen())) {
        if (s.type == type && s.object == object) {
            if (name)
                *name = s.name;
            return true;
        }
    }
    return false;
}

Contact contact(const char *first, const char *last, const char *company)
{
    Contact c;
    c.crmId = QString::fromLatin1(first);
    c.firstName = QString::fromLatin1(first);
    c.lastName = QString::fromLatin1(last);
    c.companyName = QString::fromLatin1(company);
    c.timezone = QStringLiteral("Europe/Berlin");
    c.phoneNumbers = {PhoneNumber{QStringLiteral("+49 30 1234567"),
                                  {},
                                  49,
                                  QStringLiteral("+49301234567"),
                                  QStringLiteral("work"),
                                  true}};
    return c;
}

// Three tasks a sentence can be checked against, on the rig's clock (Mon 30 Nov 2026, 14:00).
QList<Task> seededTasks(const QDateTime &now, qint64 userId)
{
    Task jon;
    jon.id = 101;
    jon.userId = userId;
    jon.status = TaskStatus::Open;
    jon.type = TaskType::Flow;
    jon.actions = {QStringLiteral("CALL")};
    jon.created = jon.updated = now.addDays(-30);
    jon.dueDate = now.addDays(-5);
    jon.contact = contact("Jon", "Snow", "Winterfell Logistics");
    jon.flow =
        Flow{7, QStringLiteral("Renewal outreach"), FlowStep{70, QStringLiteral("Intro call"), 1}};
    Task arya = jon;
    arya.id = 102;
    arya.dueDate = now.addSecs(-86400 - 600);
    arya.contact = contact("Arya", "Stark", "Braavos Imports");
    arya.flow->step->stepNumber = 3;
    Task sansa = jon;
    sansa.id = 103;
    sansa.type = TaskType::Manual;
    sansa.flow.reset();
    sansa.title = QStringLiteral("Ask about the budget");
    sansa.dueDate = now.addSecs(2 * 3600 + 30 * 60); // 16:30 in Berlin
    sansa.contact = contact("Sansa", "Stark", "Vale Trading");
    return {jon, arya, sansa};
}

// A cell as a reader gets it. Column 0 through the table interface; the others as the tree's
// children (header row first), since Qt 6.4's QAccessibleTree::cellAt() answers the header
// cell for any column but the first.
QString cellName(QTreeView *view, int row, int column)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    if (!iface || !iface->tableInterface())
        return QStringLiteral("<no table interface>");
    const int columns = iface->tableInterface()->columnCount();
    QAccessibleInterface *cell = column == 0 ? iface->tableInterface()->cellAt(row, column)
                                             : iface->child((row + 1) * columns + column);
    return cell ? cell->text(QAccessible::Name) : QStringLiteral("<no cell>");
}

bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w);
}

// Every widget the keyboard can reach in `root`, shown, without a name a reader can say. An
// input's name must be its own or its label's (a buddy): what it holds is its value, not its
// name.
QStringList unnamed(QWidget *root)
{
    QStringList missing;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root) ||
            w->isWindow() != (w == root))
            continue;
        if (w->focusProxy())
            continue; // the proxy is checked itself
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // a spin box's own line edit
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QString name;
        if (isInput(w)) {
            name = w->accessibleName();
            for (const QLabel *label : root->findChildren<QLabel *>())
                if (label->buddy() == w && name.isEmpty())
                    name = label->text();
        } else if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w)) {
            name = iface->text(QAccessible::Name);
        }
        if (name.trimmed().isEmpty())
            missing << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QLatin1String(w->metaObject()->className()));
    }
    return missing;
}

QStringList unnamedOnEveryTab(QWidget *root)
{
    QStringList missing = unnamed(root);
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            missing += unnamed(root);
        }
    }
    missing.removeDuplicates();
    return missing;
}

// A page as the app's own will be: a titled tab with a setting on it.
class SamplePage : public PreferencesPage
{
public:
    SamplePage()
    {
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(new QCheckBox(QStringLiteral("Show &seconds"), this));
    }
    QString title() const override { return QStringLiteral("General"); }
    void apply() override {}
};

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QAccessible::installUpdateHandler(record);
        // The bridge turns on once it has reached the AT-SPI bus.
        QVERIFY2(QTest::qWaitFor([] { return QAccessible::isActive(); }, 10000),
                 "accessibility never became active: run through tests/with-atspi.sh");
    }
    void init() { seen().clear(); }
    void cleanupTestCase() { QAccessible::installUpdateHandler(nullptr); }

    void eachRowIsASentence()
    {
        Rig rig;
        QVERIFY(rig.start([&rig](SandboxServer &server) {
            server.setTasks(seededTasks(rig.clock.now(), server.tasks().first().userId));
        }));
        QTRY_VERIFY(!rig.sync->isRefreshing());
        rig.window->proxy()->setView(TaskView::All);
        QCOMPARE(rig.model()->rowCount(), 3);
        const auto rowOf = [&rig](qint64 id) {
            return rig.window->taskTable()->proxyIndexOf(id).row();
        };
        const int jon = rowOf(101);
        const QString jonSays = QStringLiteral(
            "Call Jon Snow, Winterfell Logistics, overdue 5 days, Renewal outreach step 1");
        QCOMPARE(rig.model()->index(jon, 0).data(Qt::AccessibleTextRole).toString(), jonSays);
        // What a reader reads: the cell's accessible name, from the same role.
        QCOMPARE(cellName(rig.view(), jon, TaskListModel::DueColumn), jonSays);
        QCOMPARE(cellName(rig.view(), jon, TaskListModel::CompanyColumn),
                 QStringLiteral("Company: Winterfell Logistics"));
        QCOMPARE(cellName(rig.view(), jon, TaskListModel::TypeColumn),
                 QStringLiteral("Type: Flow"));
        QCOMPARE(cellName(rig.view(), jon, TaskListModel::WhatColumn),
                 QStringLiteral("What to do: Renewal outreach step 1"));
        // One day, not "1 days"; due today with its time; a manual task's title.
        QCOMPARE(cellName(rig.view(), rowOf(102), 0),
                 QStringLiteral(
                     "Call Arya Stark, Braavos Imports, overdue 1 day, Renewal outreach step 3"));
        QCOMPARE(cellName(rig.view(), rowOf(103), 0),
                 QStringLiteral("Call Sansa Stark, Vale Trading, due today at 16:30, Ask about the "
                                "budget"));
        QVERIFY(rig.model()
                    ->index(jon, 0)
                    .data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .contains(QStringLiteral("good time")));

        // Done, with the change on its way: both said in words, not only struck through.
        rig.server.setLatencyMs(3000);
        rig.view()->setCurrentIndex(rig.model()->index(jon, 0));
        rig.view()->setFocus();
        rig.key(Qt::Key_D);
        QCOMPARE(cellName(rig.view(), rowOf(101), 0),
                 jonSays + QStringLiteral(", done, change waiting to reach Gong"));
        rig.server.setLatencyMs(0);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.sync->mark(101).pending, 10000);
        QCOMPARE(cellName(rig.view(), rowOf(101), 0), jonSays + QStringLiteral(", done"));
        // Refused: the row says so.
        rig.server.enqueueError(403, QStringLiteral("Access denied to this task"));
        rig.view()->setCurrentIndex(rig.model()->index(rowOf(103), 0));
        rig.key(Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(rig.sync->mark(103).failed, 10000);
        QVERIFY2(cellName(rig.view(), rowOf(103), 0)
                     .endsWith(QStringLiteral("Ask about the budget, dismissed, Gong refused the "
                                              "change")),
                 qPrintable(cellName(rig.view(), rowOf(103), 0)));
    }

    void theListMovesAndThePanelsSaySo()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        rig.view()->setFocus();
        QTRY_VERIFY(rig.view()->hasFocus());
        seen().clear();
        rig.key(Qt::Key_J);
        QCOMPARE(rig.currentRow(), 1);
        // The view says which row is current, as the row's sentence.
        QString name;
        QVERIFY(sawEvent(QAccessible::Focus, rig.view(), &name));
        QCOMPARE(name, rig.model()->index(1, 0).data(Qt::AccessibleTextRole).toString());
        QVERIFY(name.startsWith(QStringLiteral("Call ")));
        // The contact panel says what it now shows.
        ContactPanel *panel = rig.window->contactPanel();
        QVERIFY(sawEvent(QAccessible::DescriptionChanged, panel));
        const Task task = *rig.sync->task(rig.idAt(1));
        QVERIFY2(panel->accessibleDescription().contains(task.contact->displayName()),
                 qPrintable(panel->accessibleDescription()));
    }

    void anErrorIsAnAlert()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        QWidget *bar = rig.window->errorBar()->parentWidget();
        QCOMPARE(bar->objectName(), QStringLiteral("errorBar"));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(bar);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::AlertMessage);
        QVERIFY(!sawEvent(QAccessible::Alert, bar));
        rig.server.enqueueError(403, QStringLiteral("Access denied to this task"));
        rig.key(Qt::Key_D);
        QTRY_VERIFY(rig.window->errorBar()->isVisible());
        QVERIFY(sawEvent(QAccessible::Alert, bar));
    }

    void theCallCardSaysWhoIsNext()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        rig.key(Qt::Key_S);
        auto *pages = rig.window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget(), rig.window->sessionView());
        CallCard *card = rig.window->sessionView()->card();
        QTRY_VERIFY(sawEvent(QAccessible::DescriptionChanged, card));
        QVERIFY2(card->accessibleDescription().contains(card->data().name),
                 qPrintable(card->accessibleDescription()));
        const QStringList missing = unnamed(rig.window.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void everyFocusableWidgetHasAName()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        // An error and a notice with Undo show, so their buttons are checked too.
        rig.window->messageBar()->showError(QStringLiteral("Something went wrong"));
        rig.key(Qt::Key_D);
        QStringList missing = unnamed(rig.window.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

        QList<QWidget *> dialogs;
        const Task task = *rig.sync->task(rig.idAt(0));
        dialogs << new RescheduleDialog(rig.clock, task, rig.window.get());
        RateLimiter limiter;
        AccountCheck check(&rig.network, nullptr, &limiter);
        dialogs << new ConnectDialog(&check, rig.window.get());
        dialogs << new CallingSettingsDialog(CallSettings{}, rig.window.get());
        DayLogRow row;
        row.at = rig.clock.now();
        row.contact = QStringLiteral("Jon Snow");
        row.company = QStringLiteral("Winterfell Logistics");
        row.outcome = QStringLiteral("Done");
        dialogs << new DayLogDialog({row}, rig.clock.timeZone(), rig.window.get());
        CallSession::Summary summary;
        summary.calls = 2;
        summary.perOutcome = {{QStringLiteral("Connected"), 2}};
        dialogs << new SessionSummaryDialog(summary, rig.window.get());
        dialogs << new ShortcutsDialog(rig.window->actionRegistry()->actions(), rig.window.get());
        dialogs << new CoverDialog(&check, GongConfig{}, rig.window.get());
        // The real pages, as Application adds them.
        QSettings settings(rig.dir.filePath(QStringLiteral("a11y.ini")), QSettings::IniFormat);
        ThemeManager theme(&settings);
        DesktopIntegration desktop(rig.window.get(), rig.sync.get(), rig.actions.get(), rig.clock,
                                   &settings);
        auto *preferences = new PreferencesDialog(rig.window.get());
        preferences->addPage(new SamplePage);
        preferences->addPage(new GeneralPage(&settings));
        preferences->addPage(new AppearancePage(&theme));
        preferences->addPage(new DesktopPage(&desktop, &settings));
        preferences->addPage(new ShortcutsPage(rig.window->actionRegistry(), &settings));
        dialogs << preferences;
        // Before the pages' parts above go, whatever the outcome.
        const auto closeAll = qScopeGuard([&dialogs] { qDeleteAll(dialogs); });
        for (QWidget *dialog : std::as_const(dialogs)) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            missing = unnamedOnEveryTab(dialog);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QLatin1String(dialog->metaObject()->className()) +
                                QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
            dialog->hide();
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
