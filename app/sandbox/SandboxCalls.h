#pragma once

#include "core/CallOutcome.h"
#include "core/FlowStep.h"
#include "core/Task.h"
#include "sandbox/DemoData.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace engage {

// The sandbox's side of the call session's three operations, validated the way Gong's spec
// says: GET /v2/call-outcomes, POST /v2/flows/steps and
// POST /v2/flows/prospects/unassign-flows-by-crm-id. SandboxServer routes to it (and checks
// credentials and scopes first); this class holds the company's outcomes and flows.
class SandboxCalls
{
public:
    // An answer: 200 and the body (without requestId, which the server adds), or a status and
    // the message for Gong's error envelope.
    struct Answer {
        int status = 200;
        QJsonObject body;
        QString error;
    };

    // The demo company's set-up (DemoCalling).
    SandboxCalls();

    // Listed in this order (Gong does not sort them; the client does).
    void setOutcomes(const QList<CallOutcome> &outcomes) { m_outcomes = outcomes; }
    QList<CallOutcome> outcomes() const { return m_outcomes; }
    void setFlows(const QList<FlowInfo> &flows) { m_flows = flows; }
    QList<FlowInfo> flows() const { return m_flows; }

    static constexpr int MaxFlowIds = 20;

    Answer listOutcomes() const;
    // {flowIds: [≤ 20 ids as strings]}: those flows with their steps, in the order asked, each
    // once. Any id unknown: 404 "One or more flows not found", as the spec documents.
    Answer flowSteps(const QByteArray &body) const;
    // {crmProspectId, flowId?, unassignedByUserEmail?}: ends the prospect's instance of that flow
    // (without flowId, of every flow they are in) and answers the instances' ids. The flow's OPEN
    // tasks for that contact (contact.crmId) become DISMISSED, with `updated` at `now`: Gong
    // drops a removed prospect's pending to-dos without anyone doing them, and its task list
    // knows OPEN, DONE and DISMISSED only. Dismissed rather than deleted, so that a PATCH that
    // reaches the task afterwards (the outcome's own DONE sent second, an undo) finds it instead
    // of a 404 the client would read as "gone". Done tasks stay done. A prospect who is not (or
    // no longer) in the flow: 200 with no ids, as the spec lists no 404 here.
    Answer unassign(const QByteArray &body, QMap<qint64, Task> &tasks, const QDateTime &now,
                    const QList<SandboxUser> &users);
    // New tasks (SandboxServer::setTasks): every prospect is in their flows again.
    void forgetRemovals() { m_removed.clear(); }

    // The id of a prospect's instance of a flow: digits, stable for the pair.
    static QString flowInstanceId(const QString &crmProspectId, qint64 flowId);

private:
    QList<CallOutcome> m_outcomes;
    QList<FlowInfo> m_flows;
    QSet<QString> m_removed; // flow instances that ended
};

} // namespace engage
