#include "tests/app/Automation.h"

#include "core/TaskCodec.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "ui/MainWindow.h"
#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTreeView>

#include <cstdio>
#include <unistd.h>

namespace engage {

namespace {
// One line per answer: what the window shows may hold line breaks (and, from a server, anything).
QByteArray escaped(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('\n', "\\n");
    out.replace('\r', "\\r");
    return out;
}
} // namespace

Automation::Automation(TaskActions *actions, SyncEngine *sync, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_sync(sync)
    , m_window(window)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &Automation::readCommands);
    connect(m_sync, &SyncEngine::stateChanged, this, &Automation::checkSynced);
    connect(m_sync, &SyncEngine::taskChanged, this, &Automation::checkSynced);
    connect(m_sync, &SyncEngine::tasksReset, this, &Automation::checkSynced);
    connect(m_sync, &SyncEngine::tasksReset, this, &Automation::announceReady);
    connect(m_sync, &SyncEngine::tasksRefreshed, this, &Automation::checkSynced);
    connect(m_sync, &SyncEngine::tasksRefreshed, this, &Automation::announceReady);
    connect(m_sync, &SyncEngine::refreshSettled, this, &Automation::checkSynced);
    announceReady();
}

void Automation::announceReady()
{
    // "ready" once there is a list to act on (the cache, or Gong's first answer).
    if (!m_ready && !m_sync->tasks().isEmpty()) {
        m_ready = true;
        reply("ready");
        const QList<QByteArray> queued = std::exchange(m_queued, {});
        for (const QByteArray &line : queued)
            handle(line);
    }
}

void Automation::reply(const QByteArray &text)
{
    std::printf("%s\n", text.constData());
    std::fflush(stdout);
}

void Automation::readCommands()
{
    // The notifier fires per chunk; read whole lines only.
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
        m_notifier->setEnabled(false);
        return;
    }
    static QByteArray pending;
    pending.append(buffer, n);
    qsizetype end;
    while ((end = pending.indexOf('\n')) >= 0) {
        const QByteArray line = pending.left(end).trimmed();
        pending.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        // Commands wait for a list to act on, so a script need not wait for "ready" itself. What
        // the window shows, and quitting, need no list (a first run with no account has none).
        if (m_ready || line == "screen" || line == "quit")
            handle(line);
        else
            m_queued.append(line);
    }
}

void Automation::handle(const QByteArray &line)
{
    const QList<QByteArray> words = line.split(' ');
    const QByteArray verb = words.value(0);
    const qint64 id = words.value(1).toLongLong();
    const bool namesTask = verb == "done" || verb == "dismiss" || verb == "reopen" ||
                           verb == "reschedule" || verb == "press-done" || verb == "task";
    if (namesTask && !m_sync->task(id)) {
        reply("error unknown task");
        return;
    }
    // TaskActions returns once the change is committed to the journal on disk, and false when
    // the disk did not take it: then the change was not made.
    bool recorded = true;
    if (verb == "done") {
        recorded = m_actions->markDone({id});
    } else if (verb == "dismiss") {
        recorded = m_actions->dismiss({id});
    } else if (verb == "reopen") {
        recorded = m_actions->reopen({id});
    } else if (verb == "reschedule") {
        recorded = m_actions->reschedule(
            {id}, TaskCodec::parseDateTime(QString::fromLatin1(words.value(2))));
    } else if (verb == "press-done") {
        reply(pressDone(id));
        return;
    } else if (verb == "task") {
        reply(taskLine(id));
        return;
    } else if (verb == "screen") {
        reply(screen());
        return;
    } else if (verb == "waitsynced") {
        m_waitingForSync = true;
        m_sync->refresh();
        checkSynced();
        return;
    } else if (verb == "count") {
        reply(("count " + QByteArray::number(m_sync->tasks().size())).constData());
        return;
    } else if (verb == "status") {
        const QByteArray text = "status waiting=" + QByteArray::number(m_sync->waitingCount()) +
                                " state=" + QByteArray::number(static_cast<int>(m_sync->state())) +
                                " refreshing=" + QByteArray::number(m_sync->isRefreshing());
        reply(text.constData());
        return;
    } else if (verb == "quit") {
        QCoreApplication::quit();
        return;
    } else {
        reply("error unknown command");
        return;
    }
    reply(recorded ? "ok" : "notsaved");
}

QByteArray Automation::screen() const
{
    const QModelIndex current = m_window->taskView()->currentIndex();
    const qint64 currentId =
        current.isValid() ? current.data(TaskListModel::TaskIdRole).toLongLong() : 0;
    return "screen current=" + QByteArray::number(currentId) +
           " status=" + escaped(m_window->syncStatusText()) +
           " error=" + escaped(m_window->errorText());
}

QByteArray Automation::taskLine(qint64 id) const
{
    const TaskListModel *model = m_window->taskModel();
    const int row = model->rowOf(id);
    if (row < 0)
        return "error not in the window";
    const SyncEngine::Mark mark = m_sync->mark(id);
    const char *markText = mark.conflict  ? "conflict"
                           : mark.failed  ? "failed"
                           : mark.pending ? "pending"
                                          : "clean";
    return "task " + QByteArray::number(id) + ' ' +
           statusToWire(model->taskAt(row).status).toLatin1() + ' ' + markText;
}

QByteArray Automation::pressDone(qint64 id)
{
    const TaskListModel *model = m_window->taskModel();
    const QModelIndex index = m_window->proxy()->mapFromSource(model->index(model->rowOf(id), 0));
    if (!index.isValid())
        return "error not in the view";
    // Found by its stable name (ActionRegistry), not by whichever key it carries.
    auto *doneAction = m_window->findChild<QAction *>(QStringLiteral("action.markDone"));
    if (!doneAction)
        return "error no Mark Done action";
    // The rep clicks the row, then presses D.
    m_window->taskView()->setCurrentIndex(index);
    if (!doneAction->isEnabled())
        return "error Mark Done is disabled";
    bool notSaved = false;
    const QMetaObject::Connection watch =
        connect(m_sync, &SyncEngine::changeNotSaved, this, [&notSaved] { notSaved = true; });
    doneAction->trigger();
    disconnect(watch);
    if (notSaved)
        return "notsaved";
    const std::optional<Task> task = m_sync->task(id);
    return task && task->status == TaskStatus::Done ? "ok" : "error not done";
}

void Automation::checkSynced()
{
    if (m_waitingForSync && m_sync->waitingCount() == 0 && !m_sync->isRefreshing() &&
        m_sync->state() == SyncEngine::State::Synced) {
        m_waitingForSync = false;
        reply("synced");
    }
}

} // namespace engage
