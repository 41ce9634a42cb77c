#include "sync/SyncEngine.h"

#include "sync/UnassignRule.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

// SyncEngine's flow removals: recorded like a change, sent alone through the same one-at-a-time
// queue (SyncEngine::pump picks them), and answered by UnassignRule.
namespace engage {

qint64 SyncEngine::enqueueUnassign(qint64 taskId, const QString &crmId, qint64 flowId,
                                   std::chrono::milliseconds delay)
{
    const QDateTime now = m_clock.now();
    const qint64 seq =
        m_journal.recordUnassign(taskId, crmId, flowId, now, now.addMSecs(delay.count()));
    if (seq == 0) {
        qCWarning(lcSync).noquote() << "flow removal not recorded:" << m_store->lastError().detail;
        emit changeNotSaved(tr("Taking %1 out of %2 was not saved, so it was not done. %3")
                                .arg(nameOf(taskId), flowNameOf(taskId, flowId),
                                     m_store->lastError().userMessage()));
        return 0;
    }
    emit taskChanged(taskId); // its row shows a change waiting
    if (m_state == State::Synced || m_state == State::NotConnected)
        setState(State::Sending);
    schedule(0);
    return seq;
}

bool SyncEngine::wentOut(qint64 seq) const
{
    if (m_inFlightSeqs.contains(seq))
        return true;
    const auto &changes = m_journal.changes();
    const auto it = std::find_if(changes.cbegin(), changes.cend(),
                                 [seq](const PendingChange &c) { return c.seq == seq; });
    return it == changes.cend() || it->sent;
}

QString SyncEngine::flowNameOf(qint64 taskId, qint64 flowId) const
{
    const SharedTask task = server().value(taskId);
    if (task && task->flow && task->flow->id == flowId && !task->flow->name.isEmpty())
        return task->flow->name;
    return tr("flow %1").arg(flowId);
}

void SyncEngine::sendUnassign(const PendingChange &change)
{
    m_inFlight = InFlight::Change;
    m_inFlightSeqs = {change.seq};
    if (m_state != State::Offline)
        setState(State::Sending);
    // As for a PATCH: once it may have reached Gong, it is undone in Gong, not cancelled here.
    warnIfNotStored(m_journal.markSent({change.seq}, true),
                    tr("That a change went out could not be noted on this computer."));
    qCDebug(lcSync) << "removing the contact of task" << change.taskId << "from flow"
                    << change.flowId;
    m_client->unassignFlow(
        change.crmId, change.flowId, this,
        [this, change, generation = m_generation](const ApiResult<QStringList> &result) {
            if (generation == m_generation)
                onUnassignAnswered(change, result);
        });
}

void SyncEngine::onUnassignAnswered(const PendingChange &change,
                                    const ApiResult<QStringList> &result)
{
    m_inFlight = InFlight::None;
    m_inFlightSeqs.clear();
    const ApiError *error = result.error ? &*result.error : nullptr;
    const UnassignRule::Verdict verdict = UnassignRule::verdict(error);
    switch (verdict) {
    case UnassignRule::Verdict::Confirmed:
        m_gongAnswered = true;
        m_notGong = false;
        m_backoff.reset();
        if (m_state == State::Offline)
            setState(State::Sending);
        warnIfNotStored(m_journal.settleUnassign(change.seq, QStringLiteral("confirmed")),
                        tr("Gong confirmed your change, but this computer could not note it."));
        break;
    case UnassignRule::Verdict::MissingScope:
    case UnassignRule::Verdict::Refused: {
        if (error->httpStatus != 0)
            m_gongAnswered = true;
        warnIfNotStored(m_journal.settleUnassign(change.seq, QStringLiteral("refused"),
                                                 UnassignRule::refusalDetail(verdict, *error)),
                        tr("Gong's refusal could not be noted on this computer."));
        const QString contact = nameOf(change.taskId);
        const QString flow = flowNameOf(change.taskId, change.flowId);
        if (verdict == UnassignRule::Verdict::Refused) {
            emit notice(UnassignRule::refusedNotice(contact, flow, *error));
        } else if (!m_toldFlowScope) {
            m_toldFlowScope = true;
            emit notice(UnassignRule::missingScopeNotice(contact, flow));
        }
        break;
    }
    case UnassignRule::Verdict::NeedsSignIn:
        pauseForSignIn(*error);
        return;
    case UnassignRule::Verdict::RetryLater:
        if (error->kind == ApiError::Kind::InvalidResponse)
            emit changeFailed(change.taskId, *error);
        retryChangesLater({change.seq}, *error);
        break;
    }
    emit taskChanged(change.taskId);
    pump();
}

} // namespace engage
