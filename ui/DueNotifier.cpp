#include "ui/DueNotifier.h"

#include "core/CallingHours.h"
#include "core/DueCalls.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "ui/DesktopNotifications.h"

#include <QTimer>

namespace engage {

namespace {
const QString CallKey = QStringLiteral("call");
const QString SnoozeKey = QStringLiteral("snooze");
const QString DoneKey = QStringLiteral("done");
const QString DefaultKey = QStringLiteral("default");
} // namespace

DueNotifier::DueNotifier(SyncEngine *sync, TaskActions *actions,
                         DesktopNotifications *notifications, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_actions(actions)
    , m_notifications(notifications)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DueNotifier::check);
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &DueNotifier::check);
    m_timer->start();
    connect(m_sync, &SyncEngine::tasksReset, this, &DueNotifier::checkSoon);
    connect(m_sync, &SyncEngine::tasksRefreshed, this, &DueNotifier::checkSoon);
    connect(m_sync, &SyncEngine::taskChanged, this, [this](qint64 taskId) {
        withdrawStale(taskId);
        checkSoon();
    });
    connect(m_notifications, &DesktopNotifications::actionInvoked, this, &DueNotifier::onAction);
    connect(m_notifications, &DesktopNotifications::closed, this,
            [this](uint id) { m_taskOf.remove(id); });
    checkSoon();
}

void DueNotifier::setEnabled(bool on)
{
    m_enabled = on;
    if (on)
        checkSoon();
}

void DueNotifier::checkSoon()
{
    // A refresh changes many tasks at once: a zero timer, restarted, looks once after them all.
    m_soon.start();
}

void DueNotifier::check()
{
    if (!m_enabled)
        return;
    const QDateTime now = m_clock.now();
    for (qint64 id : DueCalls::comingDue(m_sync->tasks(), now)) {
        const std::optional<Task> task = m_sync->task(id);
        if (!task)
            continue;
        const QPair<qint64, qint64> key{id, task->dueDate.toMSecsSinceEpoch()};
        if (m_told.contains(key))
            continue;
        m_told.insert(key);
        DesktopNotifications::Message message;
        message.summary = summaryFor(*task);
        message.body = bodyFor(*task);
        message.actions = {{DefaultKey, tr("Show")},
                           {CallKey, tr("Call")},
                           {SnoozeKey, tr("Snooze 10 min")},
                           {DoneKey, tr("Done")}};
        const qint64 dueMs = key.second;
        m_notifications->notify(message, [this, id, dueMs](uint notificationId) {
            if (notificationId != 0)
                m_taskOf.insert(notificationId, {id, dueMs});
            emit notified(id, notificationId);
        });
    }
}

QString DueNotifier::summaryFor(const Task &task) const
{
    QString name = task.contact ? task.contact->displayName() : QString();
    if (name.isEmpty())
        name = task.whatToDo();
    return tr("Call %1 now").arg(name);
}

QString DueNotifier::bodyFor(const Task &task) const
{
    QStringList parts;
    if (task.contact && !task.contact->companyName.isEmpty())
        parts << task.contact->companyName;
    else if (task.account && !task.account->name.isEmpty())
        parts << task.account->name;
    if (task.contact) {
        const CallingHours hours = CallingHours::forContact(*task.contact, m_clock.timeZone());
        if (hours.usesContactZone())
            parts << tr("%1 there")
                         .arg(hours.localTime(m_clock.now()).toString(QStringLiteral("HH:mm")));
    }
    return parts.join(QStringLiteral(" · "));
}

bool DueNotifier::stillAsAnnounced(const Shown &shown) const
{
    const std::optional<Task> task = m_sync->task(shown.taskId);
    return task && task->status == TaskStatus::Open &&
           task->dueDate.toMSecsSinceEpoch() == shown.dueMs;
}

void DueNotifier::withdrawStale(qint64 taskId)
{
    for (auto it = m_taskOf.begin(); it != m_taskOf.end();) {
        if (it->taskId == taskId && !stillAsAnnounced(*it)) {
            m_notifications->close(it.key());
            it = m_taskOf.erase(it);
        } else {
            ++it;
        }
    }
}

void DueNotifier::onAction(uint id, const QString &key)
{
    const auto it = m_taskOf.constFind(id);
    if (it == m_taskOf.cend())
        return;
    const Shown shown = *it;
    // An old notification kept in the desktop's history must not undo what the rep did since
    // (rescheduled it in the window, dismissed it): it only shows the window then.
    if (!stillAsAnnounced(shown)) {
        m_taskOf.remove(id);
        emit showRequested();
        return;
    }
    const qint64 taskId = shown.taskId;
    if (key == DoneKey) {
        m_actions->markDone({taskId});
    } else if (key == SnoozeKey) {
        m_actions->reschedule({taskId}, m_clock.now().addSecs(SnoozeSecs).toUTC());
    } else if (key == CallKey) {
        emit callRequested(taskId);
    } else if (key == DefaultKey) {
        emit showRequested();
    }
}

} // namespace engage
