#include "tests/app/Automation.h"

#include "core/TaskCodec.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace engage {

Automation::Automation(TaskActions *actions, SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_sync(sync)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &Automation::readCommands);
    connect(m_sync, &SyncEngine::stateChanged, this, &Automation::checkSynced);
    connect(m_sync, &SyncEngine::taskChanged, this, &Automation::checkSynced);
    connect(m_sync, &SyncEngine::tasksReset, this, &Automation::checkSynced);
    connect(m_sync, &SyncEngine::tasksReset, this, &Automation::announceReady);
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

void Automation::reply(const char *text)
{
    std::printf("%s\n", text);
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
        // Commands wait for a list to act on, so a script need not wait for "ready" itself.
        if (m_ready)
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
    const bool isChange =
        verb == "done" || verb == "dismiss" || verb == "reopen" || verb == "reschedule";
    if (isChange && !m_sync->task(id)) {
        reply("error unknown task");
        return;
    }
    if (verb == "done") {
        m_actions->markDone({id});
    } else if (verb == "dismiss") {
        m_actions->dismiss({id});
    } else if (verb == "reopen") {
        m_actions->reopen({id});
    } else if (verb == "reschedule") {
        m_actions->reschedule({id}, TaskCodec::parseDateTime(QString::fromLatin1(words.value(2))));
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
    // TaskActions returns once the change is committed to the journal on disk.
    reply("ok");
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
