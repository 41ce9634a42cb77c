// The command palette: the fuzzy matcher's ranking without a window, then Ctrl+K in the real
// window against the sandbox: an action run, a task found by its company, a view switched,
// Esc that does nothing, and the recent choices first the next time.
#include "WindowRig.h"
#include "core/FuzzyMatch.h"
#include "ui/ActionRegistry.h"
#include "ui/CommandPalette.h"
#include "ui/PaletteController.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"
#include "ui/TaskTable.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeView>

using namespace engage;

namespace {
CommandPalette *openPalette(Rig &rig)
{
    // The keys go to the window once it is active again.
    if (!QTest::qWaitFor([&rig] { return QApplication::activeWindow() == rig.window.get(); }))
        return nullptr;
    rig.key(Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = rig.window->palette()->palette();
    if (!QTest::qWaitFor(
            [palette] { return palette->isVisible() && palette->field()->hasFocus(); }))
        return nullptr;
    return palette;
}

QString rowId(const CommandPalette *palette, int row)
{
    return palette->model()->index(row, 0).data(PaletteModel::IdRole).toString();
}

void type(CommandPalette *palette, const QString &text)
{
    QTest::keyClicks(palette->field(), text);
}
} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    // Which of two targets the letters fit better; both must match.
    void ranking_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");
        QTest::newRow("a word start beats an inner letter") << "d"
                                                            << "Done"
                                                            << "Undo";
        QTest::newRow("word starts beat inner letters") << "md"
                                                        << "Mark Done"
                                                        << "Command";
        QTest::newRow("word starts beat a later run") << "rf"
                                                      << "Refresh Flows"
                                                      << "Surfing";
        QTest::newRow("consecutive beats scattered") << "eat"
                                                     << "Create"
                                                     << "Debate";
        QTest::newRow("a run beats a gap") << "outre"
                                           << "Renewal outreach"
                                           << "Out of here";
        QTest::newRow("accents folded, pattern") << "zoë"
                                                 << "Zoe Orsted"
                                                 << "Zorro's name";
        QTest::newRow("accents folded, target") << "amelie"
                                                << "Amélie Dubois"
                                                << "Camelie";
        QTest::newRow("case ignored") << "MARK"
                                      << "mark done"
                                      << "remark";
        QTest::newRow("spaces ignored") << "mark done"
                                        << "Mark Done"
                                        << "Mark the undone";
    }
    void ranking()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        const std::optional<int> a = FuzzyMatch::match(pattern, better);
        const std::optional<int> b = FuzzyMatch::match(pattern, worse);
        QVERIFY2(a && b, qPrintable(pattern));
        QVERIFY2(*a > *b, qPrintable(QStringLiteral("%1: %2 vs %3").arg(pattern).arg(*a).arg(*b)));
    }

    void noMatch_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("target");
        QTest::newRow("a missing letter") << "xq"
                                          << "Mark Done";
        QTest::newRow("letters out of order") << "dm"
                                              << "Mark Done";
        QTest::newRow("longer than the target") << "refreshes"
                                                << "Refresh";
        QTest::newRow("a letter twice, once there") << "oo"
                                                    << "Dog";
    }
    void noMatch()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, target);
        QVERIFY(!FuzzyMatch::match(pattern, target));
    }

    void equalFitsRankRecentThenShorter()
    {
        // Same score: "ref" at the start of both. The shorter first, unless the other is recent.
        const int s1 = *FuzzyMatch::match(QStringLiteral("ref"), QStringLiteral("Refresh"));
        const int s2 = *FuzzyMatch::match(QStringLiteral("ref"), QStringLiteral("Refresh it all"));
        QCOMPARE(s1, s2);
        const FuzzyMatch::Rank shorter{s1, -1, 7, 0}, longer{s2, -1, 14, 1};
        QVERIFY(FuzzyMatch::before(shorter, longer));
        QVERIFY(!FuzzyMatch::before(longer, shorter));
        const FuzzyMatch::Rank recentLonger{s2, 3, 14, 1};
        QVERIFY(FuzzyMatch::before(recentLonger, shorter));
        const FuzzyMatch::Rank moreRecent{s2, 0, 14, 2};
        QVERIFY(FuzzyMatch::before(moreRecent, recentLonger));
        // A better fit still beats a recent one.
        const FuzzyMatch::Rank betterFit{s1 + 1, -1, 30, 3};
        QVERIFY(FuzzyMatch::before(betterFit, recentLonger));
        // Empty pattern: everything matches, score 0.
        QCOMPARE(FuzzyMatch::match(QString(), QStringLiteral("x")), std::optional<int>(0));
    }

    void ctrlKRunsAnActionOnTheSelectedTask()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        const qint64 first = rig.idAt(0);
        QCOMPARE(rig.idAt(rig.currentRow()), first);
        CommandPalette *palette = openPalette(rig);
        QVERIFY(palette);
        // The frameless popup over the window, listing enabled actions with their keys.
        QVERIFY(palette->windowFlags() & Qt::FramelessWindowHint);
        QVERIFY(palette->model()->rowCount() > rig.model()->rowCount());
        type(palette, QStringLiteral("mark done"));
        QCOMPARE(rowId(palette, 0), QStringLiteral("action.markDone"));
        QCOMPARE(palette->model()->index(0, 1).data().toString(), QStringLiteral("D"));
        QCOMPARE(palette->model()->index(0, 0).data().toString(), QStringLiteral("Mark Done"));
        // The keys belong to the palette: D typed there marked nothing.
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Open);
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(rig.sync->task(first)->status, TaskStatus::Done);
        QTRY_COMPARE(rig.server.task(first)->status, TaskStatus::Done);
        QCOMPARE(jsonOf(rig.patches().first().body),
                 jsonOf(R"({"userId":"234599484848423","status":"DONE"})"));
    }

    void downMovesAndReturnRunsTheRowChosen()
    {
        Rig rig;
        QVERIFY(rig.start());
        CommandPalette *palette = openPalette(rig);
        QVERIFY(palette);
        type(palette, QStringLiteral("view"));
        const QString second = rowId(palette, 1);
        QVERIFY(second.startsWith(QStringLiteral("action.view")));
        QTest::keyClick(palette->field(), Qt::Key_Down);
        QCOMPARE(palette->list()->currentIndex().row(), 1);
        QTest::keyClick(palette->field(), Qt::Key_Up);
        QTest::keyClick(palette->field(), Qt::Key_Down);
        QAction *chosen = rig.window->findChild<QAction *>(second);
        QSignalSpy triggered(chosen, &QAction::triggered);
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QCOMPARE(triggered.size(), 1);
        QVERIFY(chosen->isChecked());
    }

    void aViewIsSwitched()
    {
        Rig rig;
        QVERIFY(rig.start());
        CommandPalette *palette = openPalette(rig);
        QVERIFY(palette);
        type(palette, QStringLiteral("upcoming"));
        QCOMPARE(rowId(palette, 0), QStringLiteral("action.viewUpcoming"));
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QVERIFY(rig.window->actionRegistry()->viewAction(TaskView::Upcoming)->isChecked());
        QCOMPARE(rig.window->proxy()->filter().view(), TaskView::Upcoming);
    }

    void aTaskFoundByItsCompanyIsShownAndSelected()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        // A task the Due view does not show, behind a search that hides it too.
        const TaskListModel *model = rig.window->taskModel();
        const Task *hidden = nullptr;
        for (const Task &task : model->tasks()) {
            if (!rig.window->taskTable()->proxyIndexOf(task.id).isValid() && task.contact &&
                !task.contact->companyName.isEmpty()) {
                hidden = &task;
                break;
            }
        }
        QVERIFY(hidden);
        const qint64 id = hidden->id;
        const QString company = hidden->contact->companyName;
        QTest::keyClicks(rig.window->searchField(), QStringLiteral("zoe"));
        rig.window->taskTable()->setFocus();
        CommandPalette *palette = openPalette(rig);
        QVERIFY(palette);
        type(palette, company);
        // The company's tasks come first; walk down to the one wanted.
        int row = 0;
        while (row < palette->model()->rowCount() &&
               rowId(palette, row) != QStringLiteral("task:%1").arg(id)) {
            QVERIFY2(palette->model()->index(row, 0).data().toString().contains(company),
                     qPrintable(palette->model()->index(row, 0).data().toString()));
            QTest::keyClick(palette->field(), Qt::Key_Down);
            ++row;
        }
        QVERIFY(row < palette->model()->rowCount());
        QVERIFY(palette->model()->index(row, 0).data().toString().startsWith(
            QStringLiteral("Call ") + hidden->contact->displayName() + QStringLiteral(" · ") +
            company));
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(rig.window->taskTable()->currentTaskId(), id);
        QCOMPARE(rig.window->searchField()->text(), QString());
        QVERIFY(rig.window->taskTable()->proxyIndexOf(id).isValid());
        QTRY_VERIFY(rig.view()->hasFocus());
    }

    void escClosesWithNothingDone()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        const qint64 current = rig.idAt(rig.currentRow());
        const TaskView view = rig.window->proxy()->filter().view();
        CommandPalette *palette = openPalette(rig);
        QVERIFY(palette);
        type(palette, QStringLiteral("mark done"));
        QTest::keyClick(palette->field(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(rig.sync->task(current)->status, TaskStatus::Open);
        QCOMPARE(rig.idAt(rig.currentRow()), current);
        QCOMPARE(rig.window->proxy()->filter().view(), view);
        QCOMPARE(rig.patches().size(), 0);
        QVERIFY(palette->recent().isEmpty());
    }

    void recentChoicesComeFirstTheNextTime()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            Rig rig;
            rig.settings = &settings;
            QVERIFY(rig.start());
            CommandPalette *palette = openPalette(rig);
            QVERIFY(palette);
            type(palette, QStringLiteral("today"));
            QCOMPARE(rowId(palette, 0), QStringLiteral("action.viewToday"));
            QTest::keyClick(palette->field(), Qt::Key_Return);
            QTRY_VERIFY(!palette->isVisible());
            palette = openPalette(rig);
            QVERIFY(palette);
            // Empty field: the recent choice first.
            QCOMPARE(rowId(palette, 0), QStringLiteral("action.viewToday"));
            type(palette, QStringLiteral("refresh"));
            QTest::keyClick(palette->field(), Qt::Key_Return);
            QTRY_VERIFY(!palette->isVisible());
            settings.sync();
        }
        // A new window, the same settings: the last choice first, then the one before.
        QSettings settings(ini, QSettings::IniFormat);
        QCOMPARE(
            settings.value(PaletteController::recentKey()).toStringList(),
            (QStringList{QStringLiteral("action.refresh"), QStringLiteral("action.viewToday")}));
        Rig rig;
        rig.settings = &settings;
        QVERIFY(rig.start());
        CommandPalette *palette = openPalette(rig);
        QVERIFY(palette);
        QCOMPARE(rowId(palette, 0), QStringLiteral("action.refresh"));
        QCOMPARE(rowId(palette, 1), QStringLiteral("action.viewToday"));
        // At an equal fit the recent one wins: "t" starts "Today" and many others.
        type(palette, QStringLiteral("t"));
        QCOMPARE(rowId(palette, 0), QStringLiteral("action.viewToday"));
        QTest::keyClick(palette->field(), Qt::Key_Escape);
    }

    void inASessionThePaletteListsTheSessionsActions()
    {
        Rig rig;
        QVERIFY(rig.start());
        QTRY_VERIFY(!rig.sync->isRefreshing());
        rig.window->actionRegistry()->setSessionMode(true);
        CommandPalette *palette = openPalette(rig);
        QVERIFY(palette);
        QStringList ids;
        for (int row = 0; row < palette->model()->rowCount(); ++row)
            ids << rowId(palette, row);
        QVERIFY(ids.contains(QStringLiteral("action.endSession")));
        QVERIFY(ids.contains(QStringLiteral("action.skipCall")));
        QVERIFY(!ids.contains(QStringLiteral("action.markDone")));
        QVERIFY(!ids.contains(QStringLiteral("action.viewAll")));
        for (const QString &id : std::as_const(ids))
            QVERIFY2(!id.startsWith(QStringLiteral("task:")), qPrintable(id));
        QTest::keyClick(palette->field(), Qt::Key_Escape);
        rig.window->actionRegistry()->setSessionMode(false);
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
