#include "core/FlowStep.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

namespace engage {

namespace {
const QLatin1String IdKey("id");
const QLatin1String NameKey("name");
const QLatin1String DescriptionKey("description");
const QLatin1String StepsKey("steps");
const QLatin1String OrderKey("stepOrder");
const QLatin1String ActionKey("action");
const QLatin1String SubjectKey("subject");
const QLatin1String BodyKey("body");

// Steps without an order sort last.
int sortKey(const FlowStepInfo &s)
{
    return s.stepOrder > 0 ? s.stepOrder : std::numeric_limits<int>::max();
}

void putText(QJsonObject &o, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
} // namespace

std::optional<FlowStepInfo> FlowInfo::step(qint64 stepId, qint64 stepNumber) const
{
    if (stepId != 0) {
        for (const FlowStepInfo &s : steps) {
            if (s.id == stepId)
                return s;
        }
    }
    if (stepNumber > 0) {
        for (const FlowStepInfo &s : steps) {
            if (s.stepOrder == stepNumber)
                return s;
        }
    }
    return std::nullopt;
}

std::optional<FlowStepInfo> FlowInfo::stepAfter(int stepOrder) const
{
    for (const FlowStepInfo &s : steps) {
        if (s.stepOrder > stepOrder)
            return s;
    }
    return std::nullopt;
}

FlowStepInfo FlowInfo::stepFromJson(const QJsonObject &o)
{
    FlowStepInfo s;
    s.id = JsonRead::id(o, IdKey);
    s.stepOrder = std::max(0, JsonRead::int32(o, OrderKey).value_or(0));
    s.action = JsonRead::text(o, ActionKey);
    s.subject = JsonRead::text(o, SubjectKey);
    s.body = JsonRead::text(o, BodyKey);
    return s;
}

FlowInfo FlowInfo::fromJson(const QJsonObject &o)
{
    FlowInfo f;
    f.id = JsonRead::id(o, IdKey);
    f.name = JsonRead::text(o, NameKey);
    f.description = JsonRead::text(o, DescriptionKey);
    for (const QJsonValue item : o.value(StepsKey).toArray()) {
        if (item.isObject())
            f.steps.append(stepFromJson(item.toObject()));
    }
    std::stable_sort(
        f.steps.begin(), f.steps.end(),
        [](const FlowStepInfo &a, const FlowStepInfo &b) { return sortKey(a) < sortKey(b); });
    return f;
}

QJsonObject FlowInfo::stepToJson(const FlowStepInfo &s)
{
    QJsonObject o;
    if (s.id != 0)
        o.insert(IdKey, QString::number(s.id));
    if (s.stepOrder > 0)
        o.insert(OrderKey, s.stepOrder);
    putText(o, ActionKey, s.action);
    putText(o, SubjectKey, s.subject);
    putText(o, BodyKey, s.body);
    return o;
}

QJsonObject FlowInfo::toJson() const
{
    QJsonObject o;
    if (id != 0)
        o.insert(IdKey, QString::number(id));
    putText(o, NameKey, name);
    putText(o, DescriptionKey, description);
    QJsonArray list;
    for (const FlowStepInfo &s : steps)
        list.append(stepToJson(s));
    o.insert(StepsKey, list);
    return o;
}

bool FlowInfo::parseList(const QByteArray &body, QList<FlowInfo> *flows, QString *error)
{
    JsonRead::ListError problem = JsonRead::ListError::None;
    const QJsonArray list = JsonRead::listIn(body, QLatin1String("flows"), &problem);
    if (problem != JsonRead::ListError::None) {
        *error =
            problem == JsonRead::ListError::NotAnObject
                ? QCoreApplication::translate(
                      "FlowStep", "Gong's flow steps could not be read (not a JSON object).")
                : QCoreApplication::translate("FlowStep", "Gong's answer has no list of flows.");
        return false;
    }
    flows->clear();
    for (const QJsonValue item : list) {
        if (!item.isObject())
            continue;
        FlowInfo flow = fromJson(item.toObject());
        if (flow.id != 0)
            flows->append(std::move(flow));
    }
    return true;
}

QByteArray FlowInfo::listToJson(const QList<FlowInfo> &flows)
{
    QJsonArray list;
    for (const FlowInfo &f : flows)
        list.append(f.toJson());
    return QJsonDocument(QJsonObject{{QLatin1String("flows"), list}})
        .toJson(QJsonDocument::Compact);
}

} // namespace engage
