#include "sandbox/SandboxCalls.h"

#include "sandbox/DemoCalling.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace engage {

namespace {
using Answer = SandboxCalls::Answer;

Answer refuse(int status, const QString &message)
{
    return {status, {}, message};
}

// Gong's validator names the first key it does not know.
QString unknownKey(const QJsonObject &object, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

// A flow id as the spec sends it: a string of digits for a positive 64-bit number.
qint64 flowIdFrom(const QJsonValue &value)
{
    if (!value.isString())
        return 0;
    const QString text = value.toString();
    bool ok = !text.isEmpty() &&
              std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    const qint64 id = ok ? text.toLongLong(&ok) : 0;
    return ok && id > 0 ? id : 0;
}

// What Gong adds around a flow and its steps beyond the fields the client reads.
QJsonObject flowAsGongSendsIt(const FlowInfo &flow)
{
    QJsonObject o = flow.toJson();
    o.insert(QLatin1String("folderId"), QString::number(flow.id + 7));
    o.insert(QLatin1String("visibility"), QStringLiteral("Company"));
    o.insert(QLatin1String("creationDate"), QStringLiteral("2026-01-12T09:30:00Z"));
    o.insert(QLatin1String("exclusive"), false);
    QJsonArray steps;
    for (const QJsonValue s : o.value(QLatin1String("steps")).toArray()) {
        QJsonObject step = s.toObject();
        step.insert(
            QLatin1String("isReply"),
            step.value(QLatin1String("subject")).toString().startsWith(QLatin1String("Re:")));
        steps.append(step);
    }
    o.insert(QLatin1String("steps"), steps);
    return o;
}
} // namespace

SandboxCalls::SandboxCalls()
    : m_outcomes(DemoCalling::outcomes())
    , m_flows(DemoCalling::flows())
{}

QString SandboxCalls::flowInstanceId(const QString &crmProspectId, qint64 flowId)
{
    // FNV-1a over the pair: the same prospect and flow always give the same instance.
    quint64 h = 14695981039346656037ULL;
    for (const char c : crmProspectId.toUtf8() + ':' + QByteArray::number(flowId)) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return QString::number(1000000000000000000ULL + h % 8000000000000000000ULL);
}

Answer SandboxCalls::listOutcomes() const
{
    QJsonArray list;
    for (const CallOutcome &c : m_outcomes)
        list.append(c.toJson());
    return {200, QJsonObject{{QLatin1String("outcomes"), list}}, {}};
}

Answer SandboxCalls::flowSteps(const QByteArray &body) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return refuse(400, QStringLiteral("Malformed request: the body is not a JSON object"));
    const QJsonObject root = doc.object();
    if (const QString key = unknownKey(root, {QStringLiteral("flowIds")}); !key.isEmpty())
        return refuse(400, QStringLiteral("Unrecognized field: %1").arg(key));
    const QJsonValue ids = root.value(QLatin1String("flowIds"));
    if (!ids.isArray())
        return refuse(400, QStringLiteral("flowIds is required and must be an array of strings"));
    const QJsonArray array = ids.toArray();
    if (array.isEmpty())
        return refuse(400, QStringLiteral("flowIds must not be empty"));
    if (array.size() > MaxFlowIds)
        return refuse(
            400,
            QStringLiteral("A maximum of %1 flow IDs may be requested at a time").arg(MaxFlowIds));
    QList<qint64> wanted;
    for (const QJsonValue v : array) {
        if (!v.isString())
            return refuse(400, QStringLiteral("flowIds must be an array of strings"));
        const qint64 id = flowIdFrom(v);
        if (id == 0)
            return refuse(400,
                          QStringLiteral("flowIds: \"%1\" is not a flow id").arg(v.toString()));
        if (!wanted.contains(id))
            wanted.append(id);
    }
    QJsonArray flows;
    for (const qint64 id : std::as_const(wanted)) {
        const auto it = std::find_if(m_flows.cbegin(), m_flows.cend(),
                                     [id](const FlowInfo &f) { return f.id == id; });
        if (it == m_flows.cend())
            return refuse(404, QStringLiteral("One or more flows not found"));
        flows.append(flowAsGongSendsIt(*it));
    }
    return {200, QJsonObject{{QLatin1String("flows"), flows}}, {}};
}

Answer SandboxCalls::unassign(const QByteArray &body, QMap<qint64, Task> &tasks,
                              const QDateTime &now, const QList<SandboxUser> &users)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return refuse(400, QStringLiteral("Malformed request: the body is not a JSON object"));
    const QJsonObject root = doc.object();
    const QLatin1String prospectKey("crmProspectId");
    const QLatin1String flowKey("flowId");
    const QLatin1String emailKey("unassignedByUserEmail");
    if (const QString key = unknownKey(root, {prospectKey, flowKey, emailKey}); !key.isEmpty())
        return refuse(400, QStringLiteral("Unrecognized field: %1").arg(key));
    const QJsonValue prospect = root.value(prospectKey);
    if (!prospect.isString() || prospect.toString().trimmed().isEmpty())
        return refuse(400, QStringLiteral("crmProspectId is required and must be a string"));
    const QString crmId = prospect.toString();
    qint64 flowId = 0; // none: every flow
    const QJsonValue flow = root.value(flowKey);
    if (!flow.isUndefined() && !flow.isNull()) {
        if (!flow.isString())
            return refuse(400, QStringLiteral("flowId must be a string"));
        flowId = flowIdFrom(flow);
        if (flowId == 0)
            return refuse(400,
                          QStringLiteral("flowId: \"%1\" is not a flow id").arg(flow.toString()));
    }
    const QJsonValue by = root.value(emailKey);
    if (!by.isUndefined() && !by.isNull()) {
        if (!by.isString())
            return refuse(400, QStringLiteral("unassignedByUserEmail must be a string"));
        const QString email = by.toString();
        if (std::none_of(users.cbegin(), users.cend(), [&email](const SandboxUser &u) {
                return u.emailAddress.compare(email, Qt::CaseInsensitive) == 0;
            }))
            return refuse(400, QStringLiteral("unassignedByUserEmail: no Gong user has this "
                                              "address"));
    }

    // The prospect's flow instances: one per flow they have tasks in.
    QList<qint64> inFlows;
    for (const Task &t : std::as_const(tasks)) {
        if (t.contact && t.contact->crmId == crmId && t.flow && t.flow->id > 0 &&
            (flowId == 0 || t.flow->id == flowId) && !inFlows.contains(t.flow->id))
            inFlows.append(t.flow->id);
    }
    QJsonArray ended;
    for (const qint64 id : std::as_const(inFlows)) {
        const QString instance = flowInstanceId(crmId, id);
        if (m_removed.contains(instance))
            continue;
        m_removed.insert(instance);
        ended.append(instance);
        for (Task &t : tasks) {
            if (t.contact && t.contact->crmId == crmId && t.flow && t.flow->id == id &&
                t.status == TaskStatus::Open) {
                t.status = TaskStatus::Dismissed;
                t.updated = now.toUTC();
            }
        }
    }
    return {200, QJsonObject{{QLatin1String("unassignedFlowInstanceIds"), ended}}, {}};
}

} // namespace engage
