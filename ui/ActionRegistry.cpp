#include "ui/ActionRegistry.h"

#include "ui/ShortcutOverrides.h"
#include "ui/ShortcutsDialog.h"
#include "ui/ToneIcon.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QToolBar>

namespace engage {

namespace {
// Where an action's keys work: list and session actions may share a key.
ShortcutOverrides::Mode keyMode(ActionRegistry::Id id)
{
    using Id = ActionRegistry::Id;
    static const QList<Id> listOnly{
        Id::MarkDone,     Id::Dismiss,     Id::Reschedule,    Id::RescheduleNextMorning,
        Id::Reopen,       Id::RetryChange, Id::DiscardChange, Id::NextTask,
        Id::PreviousTask, Id::Find,        Id::StartSession,  Id::NewSession,
        Id::ViewDue,      Id::ViewOverdue, Id::ViewToday,     Id::ViewUpcoming,
        Id::ViewAll};
    if (listOnly.contains(id))
        return ShortcutOverrides::Mode::List;
    const int i = static_cast<int>(id);
    return i >= static_cast<int>(Id::Outcome1) && i <= static_cast<int>(Id::EndSession)
               ? ShortcutOverrides::Mode::Session
               : ShortcutOverrides::Mode::Both;
}
} // namespace

ActionRegistry::ActionRegistry(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_actions(static_cast<int>(Id::Count), nullptr)
{
    setObjectName(QStringLiteral("actionRegistry"));
    const QStyle *s = window->style();
    make(Id::MarkDone, "action.markDone", tr("Mark &Done"),
         {QKeySequence(Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_Return)},
         tr("Mark the selected tasks done"))
        ->setIcon(s->standardIcon(QStyle::SP_DialogApplyButton));
    make(Id::Dismiss, "action.dismiss", tr("D&ismiss"), {QKeySequence(Qt::Key_Delete)},
         tr("Dismiss the selected tasks"))
        ->setIcon(s->standardIcon(QStyle::SP_DialogDiscardButton));
    make(Id::Reopen, "action.reopen", tr("Re&open"), {QKeySequence(Qt::SHIFT | Qt::Key_O)},
         tr("Reopen the selected tasks"));
    make(Id::Reschedule, "action.reschedule", tr("&Reschedule…"), {QKeySequence(Qt::Key_R)},
         tr("Pick a new due date"))
        ->setIcon(QIcon::fromTheme(QStringLiteral("appointment-new")));
    make(Id::RescheduleNextMorning, "action.rescheduleNextMorning",
         tr("Reschedule to Next Business &Morning"), {QKeySequence(Qt::SHIFT | Qt::Key_R)});
    make(Id::SpreadOverDays, "action.planReschedule", tr("&Spread Over Days…"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
         tr("Spread the selected tasks over the next business days"));
    QAction *undo = make(Id::Undo, "action.undo", tr("&Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)},
                         tr("Undo the last change"));
    undo->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    undo->setEnabled(false); // until something was done
    make(Id::RetryChange, "action.retryChange", tr("Send My Change Again (&Keep Mine)"), {},
         tr("Send the held change to Gong again"));
    make(Id::DiscardChange, "action.discardChange", tr("Discard My Change (&Take Gong's)"), {},
         tr("Drop the held change and show Gong's version"));
    make(Id::Refresh, "action.refresh", tr("&Refresh"),
         {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)},
         tr("Fetch the task list from Gong"))
        ->setIcon(s->standardIcon(QStyle::SP_BrowserReload));
    make(Id::Find, "action.find", tr("&Find…"),
         {QKeySequence(Qt::Key_Slash), QKeySequence(Qt::CTRL | Qt::Key_F)});
    // Esc belongs to the search field alone: elsewhere it closes dialogs and menus.
    make(Id::LeaveSearch, "action.leaveSearch", tr("Clear the Search"),
         {QKeySequence(Qt::Key_Escape)})
        ->setShortcutContext(Qt::WidgetShortcut);
    make(Id::NextTask, "action.nextTask", tr("&Next Task"), {QKeySequence(Qt::Key_J)});
    make(Id::PreviousTask, "action.previousTask", tr("&Previous Task"), {QKeySequence(Qt::Key_K)});

    static const char *const viewNames[TaskViewCount] = {"action.viewDue", "action.viewOverdue",
                                                         "action.viewToday", "action.viewUpcoming",
                                                         "action.viewAll"};
    auto *viewGroup = new QActionGroup(this);
    for (int v = 0; v < TaskViewCount; ++v) {
        QAction *a = make(static_cast<Id>(static_cast<int>(Id::ViewDue) + v), viewNames[v],
                          viewName(static_cast<TaskView>(v)),
                          {QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + v))});
        a->setCheckable(true);
        a->setChecked(v == static_cast<int>(TaskView::Due));
        viewGroup->addAction(a);
    }

    make(Id::Shortcuts, "action.shortcuts", tr("&Keyboard Shortcuts"),
         {QKeySequence(Qt::Key_Question), QKeySequence(Qt::Key_F1)});
    connect(action(Id::Shortcuts), &QAction::triggered, this, &ActionRegistry::showShortcuts);
    make(Id::CommandPalette, "action.commandPalette", tr("Command &Palette…"),
         {QKeySequence(Qt::CTRL | Qt::Key_K)}, tr("Find an action, a view or a task by typing"));
    make(Id::Settings, "action.settings", tr("&Settings…"),
         {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, tr("Gong connection and credentials"));
    make(Id::About, "action.about", tr("&About Engage Tasks"), {});
    connect(action(Id::About), &QAction::triggered, this, &ActionRegistry::showAbout);
    make(Id::Quit, "action.quit", tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    makeSessionActions();

    // Shortcuts live on the window, so they work wherever focus is (but in text fields); those
    // without a key too, for the rep may give them one.
    m_overrides = new ShortcutOverrides(this);
    for (int i = 0; i < m_actions.size(); ++i) {
        QAction *a = m_actions.at(i);
        if (a->shortcutContext() != Qt::WindowShortcut)
            continue;
        window->addAction(a);
        m_overrides->add(a, keyMode(static_cast<Id>(i)));
    }
    // Return dials in a session; in the list it stays the list's.
    m_overrides->addSessionKeys(action(Id::Dial),
                                {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    connect(m_overrides, &ShortcutOverrides::changed, this, &ActionRegistry::applyKeys);
    buildToolBar();
    buildMenus();
    applyMode();
}

void ActionRegistry::makeSessionActions()
{
    const QStyle *s = m_window->style();
    make(Id::StartSession, "action.startSession", tr("&Start Calling"), {QKeySequence(Qt::Key_S)},
         tr("Call the tasks of this view one by one"))
        ->setIcon(QIcon::hasThemeIcon(QStringLiteral("call-start"))
                      ? QIcon::fromTheme(QStringLiteral("call-start"))
                      : ToneIcon::follow(s->standardIcon(QStyle::SP_MediaPlay)));
    make(Id::NewSession, "action.newSession", tr("Start a &New Session"),
         {QKeySequence(Qt::SHIFT | Qt::Key_S)}, tr("Start over from the top of this view"));
    make(Id::Dial, "action.dial", tr("&Dial"), {QKeySequence(Qt::Key_C)},
         tr("Dial the contact's number"))
        ->setIcon(QIcon::fromTheme(QStringLiteral("call-start"),
                                   s->standardIcon(QStyle::SP_DialogYesButton)));
    for (int i = 0; i < 9; ++i) {
        const QByteArray name = "action.outcome" + QByteArray::number(i + 1);
        QAction *a =
            make(static_cast<Id>(static_cast<int>(Id::Outcome1) + i), name.constData(),
                 tr("Outcome %1").arg(i + 1), {QKeySequence(static_cast<Qt::Key>(Qt::Key_1 + i))});
        a->setData(i);
    }
    make(Id::AddNote, "action.addNote", tr("Add a &Note"), {QKeySequence(Qt::Key_N)},
         tr("Write a note to go with the outcome"));
    make(Id::SkipCall, "action.skipCall", tr("S&kip to the Next Call"),
         {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_Tab)}, tr("Next task, with no change"))
        ->setIcon(ToneIcon::follow(s->standardIcon(QStyle::SP_MediaSkipForward)));
    make(Id::PreviousCall, "action.previousCall", tr("&Back to the Previous Call"),
         {QKeySequence(Qt::Key_K)})
        ->setIcon(ToneIcon::follow(s->standardIcon(QStyle::SP_MediaSkipBackward)));
    make(Id::PauseSession, "action.pauseSession", tr("&Pause"), {QKeySequence(Qt::Key_P)},
         tr("Stop the session's clock"))
        ->setIcon(ToneIcon::follow(s->standardIcon(QStyle::SP_MediaPause)));
    make(Id::EndSession, "action.endSession", tr("&End the Session"),
         {QKeySequence(Qt::Key_Escape)}, tr("End the session and see its summary"))
        ->setIcon(ToneIcon::follow(s->standardIcon(QStyle::SP_MediaStop)));
    make(Id::DayLog, "action.dayLog", tr("Today's &Calls…"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
         tr("Every outcome and change of today"));
    make(Id::ExportDayLog, "action.exportDayLog", tr("&Export Day Log…"), {},
         tr("Save today's calls and changes as a CSV file"));
    make(Id::CallingSettings, "action.callingSettings", tr("&Calling Settings…"), {},
         tr("Calling hours, retries and how to dial"));
    make(Id::Preferences, "action.preferences", tr("&Preferences…"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma)},
         tr("Language, appearance, the tray and start at login"))
        ->setMenuRole(QAction::PreferencesRole);
    make(Id::CoverTeammate, "action.coverTeammate", tr("Co&ver a Teammate…"), {},
         tr("Work another user's tasks, in a window of their own, on their behalf"));
}

QAction *ActionRegistry::make(Id id, const char *name, const QString &text,
                              const QList<QKeySequence> &keys, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(keys);
    // Single-letter keys belong to the list; text fields keep them for typing.
    action->setShortcutContext(Qt::WindowShortcut);
    ShortcutOverrides::setToolTip(action, tip.isEmpty() ? text : tip);
    m_actions[static_cast<int>(id)] = action;
    return action;
}

void ActionRegistry::loadShortcuts(const QSettings &settings)
{
    m_overrides->load(settings);
}

void ActionRegistry::applyKeys()
{
    for (QAction *a : m_overrides->actions()) {
        a->setShortcuts(m_overrides->keys(a));
        ShortcutOverrides::updateToolTip(a);
    }
    setOutcomeNames(m_outcomeNames); // their tooltips name their keys; then applyMode()
}

QAction *ActionRegistry::viewAction(TaskView view) const
{
    return action(static_cast<Id>(static_cast<int>(Id::ViewDue) + static_cast<int>(view)));
}

QList<QAction *> ActionRegistry::shortcutActions() const
{
    QList<QAction *> listed;
    for (QAction *a : m_actions) {
        if (!a->shortcuts().isEmpty() && a->shortcutContext() == Qt::WindowShortcut)
            listed.append(a);
    }
    return listed;
}

QMenu *ActionRegistry::menu(const QString &objectName) const
{
    return m_window->menuBar()->findChild<QMenu *>(objectName, Qt::FindDirectChildrenOnly);
}

void ActionRegistry::buildToolBar()
{
    m_toolBar = m_window->addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(action(Id::MarkDone));
    m_toolBar->addAction(action(Id::Dismiss));
    m_toolBar->addAction(action(Id::Reschedule));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Id::Undo));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Id::Refresh));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Id::StartSession));
}

void ActionRegistry::buildMenus()
{
    QMenuBar *bar = m_window->menuBar();
    const auto addMenu = [bar](const char *name, const QString &title) {
        QMenu *menu = bar->addMenu(title);
        menu->setObjectName(QLatin1String(name));
        return menu;
    };
    QMenu *file = addMenu("menu.file", tr("&File"));
    file->addAction(action(Id::ExportDayLog));
    file->addSeparator();
    file->addAction(action(Id::CoverTeammate));
    file->addSeparator();
    file->addAction(action(Id::Settings));
    file->addAction(action(Id::CallingSettings));
    file->addAction(action(Id::Preferences));
    file->addSeparator();
    file->addAction(action(Id::Quit));

    QMenu *edit = addMenu("menu.edit", tr("&Edit"));
    edit->addAction(action(Id::Undo));
    edit->addSeparator();
    edit->addAction(action(Id::Find));

    QMenu *view = addMenu("menu.view", tr("&View"));
    for (int v = 0; v < TaskViewCount; ++v)
        view->addAction(viewAction(static_cast<TaskView>(v)));
    view->addSeparator();
    view->addAction(action(Id::NextTask));
    view->addAction(action(Id::PreviousTask));
    view->addSeparator();
    view->addAction(action(Id::Refresh));
    view->addSeparator();
    view->addAction(action(Id::CommandPalette));

    QMenu *task = addMenu("menu.task", tr("&Task"));
    task->addAction(action(Id::MarkDone));
    task->addAction(action(Id::Dismiss));
    task->addAction(action(Id::Reschedule));
    task->addAction(action(Id::RescheduleNextMorning));
    task->addAction(action(Id::SpreadOverDays));
    task->addSeparator();
    task->addAction(action(Id::Reopen));
    task->addSeparator();
    task->addAction(action(Id::RetryChange));
    task->addAction(action(Id::DiscardChange));

    QMenu *call = addMenu("menu.call", tr("&Call"));
    call->addAction(action(Id::StartSession));
    call->addAction(action(Id::NewSession));
    call->addSeparator();
    call->addAction(action(Id::Dial));
    for (int i = 0; i < 9; ++i)
        call->addAction(outcomeAction(i));
    call->addAction(action(Id::AddNote));
    call->addSeparator();
    call->addAction(action(Id::SkipCall));
    call->addAction(action(Id::PreviousCall));
    call->addAction(action(Id::PauseSession));
    call->addAction(action(Id::EndSession));
    call->addSeparator();
    call->addAction(action(Id::DayLog));

    QMenu *help = addMenu("menu.help", tr("&Help"));
    help->addAction(action(Id::Shortcuts));
    help->addAction(action(Id::About));
}

void ActionRegistry::addContextMenuTo(QWidget *view)
{
    const auto separator = [this] {
        auto *s = new QAction(this);
        s->setSeparator(true);
        return s;
    };
    view->addActions({action(Id::MarkDone), action(Id::Dismiss), action(Id::Reschedule),
                      action(Id::RescheduleNextMorning), action(Id::SpreadOverDays), separator(),
                      action(Id::Reopen), separator(), action(Id::RetryChange),
                      action(Id::DiscardChange)});
}

void ActionRegistry::addSearchKeysTo(QWidget *searchField)
{
    searchField->addAction(action(Id::LeaveSearch));
}

void ActionRegistry::setSelection(const Selection &selection)
{
    m_selection = selection;
    applyMode();
}

QAction *ActionRegistry::outcomeAction(int index) const
{
    return action(static_cast<Id>(static_cast<int>(Id::Outcome1) + index));
}

void ActionRegistry::setSessionMode(bool inSession)
{
    m_inSession = inSession;
    applyMode();
}

void ActionRegistry::setOutcomeNames(const QStringList &names)
{
    m_outcomeNames = names;
    m_outcomeCount = static_cast<int>(qMin<qsizetype>(names.size(), 9));
    for (int i = 0; i < 9; ++i) {
        QAction *a = outcomeAction(i);
        // "&3 Left voicemail": the number is the key and the mnemonic.
        a->setText(i < m_outcomeCount ? tr("&%1 %2").arg(i + 1).arg(names.at(i))
                                      : tr("Outcome %1").arg(i + 1));
        const QString key = a->shortcuts().isEmpty()
                                ? QString()
                                : a->shortcuts().first().toString(QKeySequence::NativeText);
        a->setToolTip(i >= m_outcomeCount ? QString()
                      : key.isEmpty()
                          ? tr("Log “%1” and go to the next call").arg(names.at(i))
                          : tr("Log “%1” and go to the next call (%2)").arg(names.at(i), key));
    }
    applyMode();
}

void ActionRegistry::applyMode()
{
    const bool list = !m_inSession;
    for (Id id :
         {Id::MarkDone, Id::Dismiss, Id::Reschedule, Id::RescheduleNextMorning, Id::SpreadOverDays})
        action(id)->setEnabled(list && m_selection.anyOpen);
    action(Id::Reopen)->setEnabled(list && m_selection.anyClosed);
    action(Id::RetryChange)->setEnabled(list && m_selection.anyHeld);
    action(Id::DiscardChange)->setEnabled(list && m_selection.anyHeld);
    for (Id id : {Id::NextTask, Id::PreviousTask, Id::Find, Id::StartSession, Id::NewSession})
        action(id)->setEnabled(list);
    for (int v = 0; v < TaskViewCount; ++v)
        viewAction(static_cast<TaskView>(v))->setEnabled(list);
    for (Id id : {Id::AddNote, Id::SkipCall, Id::PreviousCall, Id::PauseSession, Id::EndSession})
        action(id)->setEnabled(m_inSession);
    for (int i = 0; i < 9; ++i)
        outcomeAction(i)->setEnabled(m_inSession && i < m_outcomeCount);
    // Return dials in a session; in the list it stays the list's.
    QList<QKeySequence> dialKeys = m_overrides->keys(action(Id::Dial));
    if (m_inSession)
        dialKeys << m_overrides->sessionKeys(action(Id::Dial));
    action(Id::Dial)->setShortcuts(dialKeys);
    action(Id::Dial)->setEnabled(m_inSession || m_selection.anyOpen);
}

void ActionRegistry::setUndoAvailable(bool available)
{
    action(Id::Undo)->setEnabled(available);
}

void ActionRegistry::setCurrentView(TaskView view)
{
    viewAction(view)->setChecked(true);
}

void ActionRegistry::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutActions(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ActionRegistry::showAbout()
{
    QMessageBox::about(
        m_window, tr("About Engage Tasks"),
        tr("<h3>Engage Tasks %1</h3>"
           "<p>Work your Gong Engage call tasks from the keyboard: "
           "mark done, dismiss, reschedule — and never lose a click.</p>"
           "<p>Qt %2</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace engage
