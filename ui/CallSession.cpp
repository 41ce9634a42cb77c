#include "ui/CallSession.h"

#include "core/CallRecord.h"
#include "core/SameContact.h"
#include "sync/CallCatalog.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"
#include "ui/Dialer.h"

#include <QCheckBox>
#include <QLocale>
#include <QMessageBox>
#include <QSet>

namespace engage {

namespace {
constexpr int ReorderMs = 60 * 1000;
constexpr int LastOutcomesShown = 3;
constexpr qint64 LastOutcomesDays = 30;
} // namespace

CallSession::CallSession(SyncEngine *sync, TaskActions *actions, Dialer *dialer, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_actions(actions)
    , m_dialer(dialer)
    , m_clock(clock)
    , m_confirm([](const QString &question) {
        return QMessageBox::question(nullptr, tr("Call anyway?"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    })
    , m_askAll([](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Apply to every task?"), question,
                        QMessageBox::Yes | QMessageBox::No);
        box.setDefaultButton(QMessageBox::Yes);
        auto *remember = new QCheckBox(tr("&Remember my choice"));
        box.setCheckBox(remember);
        const bool yes = box.exec() == QMessageBox::Yes;
        return ApplyToAll{yes, remember->isChecked()};
    })
{
    m_reorder.setInterval(ReorderMs);
    connect(&m_reorder, &QTimer::timeout, this, [this] {
        if (!m_queue)
            return;
        m_queue->reorder(m_clock.now());
        emit changed();
    });
}

void CallSession::setCatalog(CallCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog) {
        connect(m_catalog, &CallCatalog::flowsChanged, this, &CallSession::changed);
        connect(m_catalog, &CallCatalog::outcomesChanged, this, &CallSession::changed);
        connect(m_catalog, &QObject::destroyed, this, [this] { m_catalog = nullptr; });
    }
    emit changed();
}

CallSession::~CallSession() = default;

void CallSession::setSettings(const CallSettings &settings)
{
    m_settings = settings;
    m_dialer->setSettings(settings.dial);
    if (m_queue) {
        m_queue->reorder(m_clock.now());
        emit changed();
    }
}

CallingHours CallSession::hoursFor(const Task &task) const
{
    return CallingHours::forContact(task.contact.value_or(Contact()), m_clock.timeZone(),
                                    m_settings.hours);
}

bool CallSession::start(const QList<qint64> &taskIds)
{
    QList<SessionTask> tasks;
    QList<qint64> flows;
    tasks.reserve(taskIds.size());
    for (qint64 id : taskIds) {
        const std::optional<Task> task = m_sync->task(id);
        if (!task || task->status != TaskStatus::Open)
            continue;
        tasks.append({id, hoursFor(*task)});
        if (task->flow)
            flows.append(task->flow->id);
    }
    if (tasks.isEmpty())
        return false;
    m_queue = std::make_unique<SessionQueue>(tasks, m_clock);
    m_queue->reorder(m_clock.now());
    m_logged.clear();
    m_note.clear();
    m_reorder.start();
    fetchFlows(flows);
    emit changed();
    return true;
}

void CallSession::fetchFlows(const QList<qint64> &flowIds)
{
    if (!m_catalog)
        return;
    QList<qint64> wanted;
    for (qint64 id : flowIds) {
        if (id <= 0 || m_askedFlows.contains(id))
            continue;
        m_askedFlows.insert(id);
        if (!m_catalog->flow(id))
            wanted.append(id);
    }
    if (!wanted.isEmpty())
        m_catalog->fetchFlows(wanted);
}

std::optional<Task> CallSession::currentTask() const
{
    const qint64 id = currentTaskId();
    return id == 0 ? std::nullopt : m_sync->task(id);
}

QList<CallOutcome> CallSession::outcomes() const
{
    return m_catalog ? m_catalog->outcomes() : CallOutcome::gongDefaults();
}

QString CallSession::outcomesNotice() const
{
    return m_catalog ? m_catalog->notice() : tr("Gong's default outcomes (no connection to Gong)");
}

QStringList CallSession::lastOutcomesOf(const Task &task) const
{
    const QString crmId = task.contact ? task.contact->crmId : QString();
    const QDateTime now = m_clock.now();
    const QList<CallRecord> records =
        m_sync->store()->calls(now.addDays(-LastOutcomesDays), now.addSecs(1));
    QStringList lines;
    for (auto it = records.crbegin(); it != records.crend() && lines.size() < LastOutcomesShown;
         ++it) {
        if (it->undone || (it->taskId != task.id && (crmId.isEmpty() || it->contactCrmId != crmId)))
            continue;
        const QDateTime at = it->at.toTimeZone(m_clock.timeZone());
        QString line = QStringLiteral("%1 · %2").arg(
            QLocale().toString(at, QStringLiteral("ddd d MMM HH:mm")), it->outcome);
        if (!it->note.isEmpty())
            line += QStringLiteral(" · “%1”").arg(it->note);
        lines << line;
    }
    return lines;
}

CallCardData CallSession::cardOf(qint64 taskId, bool withHistory) const
{
    const std::optional<Task> task = taskId == 0 ? std::nullopt : m_sync->task(taskId);
    if (!task)
        return {};
    CallCardData::Inputs in = inputsFor(*task);
    if (m_catalog && task->flow) {
        in.flow = m_catalog->flow(task->flow->id);
        if (!in.flow && m_catalog->lastFlowsError())
            in.flowsUnavailable =
                tr("No call script: %1").arg(m_catalog->lastFlowsError()->userMessage());
    }
    if (withHistory)
        in.lastOutcomes = lastOutcomesOf(*task);
    for (const Task &other : SameContact::others(m_sync->tasks(), *task))
        in.sameContact << SameContact::line(other, m_clock.now(), m_clock.timeZone());
    return CallCardData::build(*task, in);
}

CallCardData::Inputs CallSession::inputsFor(const Task &task) const
{
    CallCardData::Inputs in;
    in.now = m_clock.now();
    in.hours = hoursFor(task);
    in.labelOrder = m_settings.dial.labelOrder;
    in.markedOptedOut = task.contact && m_actions->isOptedOut(task.contact->crmId);
    return in;
}

QString CallSession::progressText() const
{
    return m_queue ? m_queue->progressText() : QString();
}

QString CallSession::dial()
{
    return dialTask(currentTaskId());
}

QString CallSession::dialTask(qint64 taskId)
{
    const std::optional<Task> task = taskId == 0 ? std::nullopt : m_sync->task(taskId);
    if (!task)
        return {};
    const CallCardData c = CallCardData::build(*task, inputsFor(*task));
    if (!c.number)
        return c.numberText;
    if (c.optedOut && !m_confirm(tr("%1 opted out of calls. Call them anyway?").arg(c.name)))
        return tr("Not dialled: %1 opted out of calls.").arg(c.name);
    return m_dialer->dial(*c.number).text;
}

bool CallSession::appliesToOthers(const CallOutcome &outcome, const Task &task, int others)
{
    using ForAll = CallSettings::OutcomeForAll;
    if (others <= 0 || m_settings.outcomeForAll == ForAll::No)
        return false;
    if (m_settings.outcomeForAll == ForAll::Yes)
        return true;
    const QString name = task.contact && !task.contact->displayName().isEmpty()
                             ? task.contact->displayName()
                             : tr("the contact");
    const ApplyToAll answer = m_askAll(
        tr("Apply “%1” to %2's %n other task(s) too?", nullptr, others).arg(outcome.name, name));
    if (answer.remember) {
        m_settings.outcomeForAll = answer.yes ? ForAll::Yes : ForAll::No;
        emit settingsRemembered(m_settings);
    }
    return answer.yes;
}

bool CallSession::logOutcome(int index)
{
    const QList<CallOutcome> all = outcomes();
    const std::optional<Task> task = currentTask();
    if (!task || index < 0 || index >= all.size())
        return false;
    const qint64 id = task->id;
    const CallOutcome &outcome = all.at(index);
    QList<qint64> ids{id};
    const QList<Task> others = SameContact::others(m_sync->tasks(), *task);
    if (appliesToOthers(outcome, *task, static_cast<int>(others.size())))
        for (const Task &other : others)
            ids << other.id;
    QList<qint64> also;
    if (ids.size() == 1) {
        if (!m_actions->logOutcome(id, outcome, m_note.trimmed(), m_settings, m_clock.timeZone())
                 .recorded)
            return false;
    } else {
        const QList<OutcomeResult> results =
            m_actions->logOutcomes(ids, outcome, m_note.trimmed(), m_settings, m_clock.timeZone());
        if (results.isEmpty() || !results.first().recorded)
            return false;
        for (qsizetype i = 1; i < results.size(); ++i)
            if (results.at(i).recorded)
                also << ids.at(i);
    }
    m_logged.append(
        {id, outcome.name, outcome.connected(), outcome.todoAction, outcome.markOptOut, also});
    m_note.clear();
    // The others first: moving on from the current task then passes them by.
    for (qint64 other : also)
        m_queue->markDone(other);
    m_queue->markDone(id);
    m_queue->reorder(m_clock.now());
    emit changed();
    if (m_queue->isFinished()) {
        m_reorder.stop();
        emit finished();
    }
    return true;
}

void CallSession::skip()
{
    if (m_queue && m_queue->next()) {
        m_note.clear();
        emit changed();
    }
}

void CallSession::back()
{
    if (m_queue && m_queue->back()) {
        m_note.clear();
        emit changed();
    }
}

void CallSession::togglePause()
{
    if (!m_queue)
        return;
    m_queue->isPaused() ? m_queue->resume() : m_queue->pause();
    emit changed();
}

bool CallSession::undoLastOutcome()
{
    if (!m_queue || m_logged.isEmpty() || !m_actions->undo())
        return false;
    const Logged last = m_logged.takeLast();
    for (qint64 other : last.also)
        m_queue->unmarkDone(other);
    m_queue->unmarkDone(last.taskId);
    if (!m_reorder.isActive())
        m_reorder.start();
    emit changed();
    return true;
}

CallSession::Summary CallSession::summary() const
{
    Summary s;
    if (!m_queue)
        return s;
    s.total = m_queue->total();
    s.elapsedMs = m_queue->elapsedMs();
    s.calls = static_cast<int>(m_logged.size());
    s.skipped = m_queue->remaining();
    for (const CallOutcome &o : outcomes())
        s.perOutcome.append({o.name, 0});
    for (const Logged &l : m_logged) {
        s.connected += l.connected ? 1 : 0;
        const bool closes = l.action != CallOutcome::TodoAction::None || l.optOut;
        (closes ? s.done : s.rescheduled) += 1 + static_cast<int>(l.also.size());
        auto it = std::find_if(s.perOutcome.begin(), s.perOutcome.end(),
                               [&](const auto &p) { return p.first == l.outcome; });
        if (it == s.perOutcome.end())
            s.perOutcome.append({l.outcome, 1});
        else
            ++it->second;
    }
    return s;
}

} // namespace engage
