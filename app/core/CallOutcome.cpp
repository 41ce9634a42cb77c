#include "core/CallOutcome.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace engage {

namespace {
const QLatin1String NameKey("callOutcome");
const QLatin1String OrderKey("displayOrder");
const QLatin1String ConnectKey("connectStatus");
const QLatin1String SentimentKey("sentiment");
const QLatin1String TodoKey("todoAction");
const QLatin1String AutomationKey("automation");
const QLatin1String CategoryKey("category");
const QLatin1String OptOutAutomation("MARK_AS_OPT_OUT");
} // namespace

bool CallOutcome::connected() const
{
    if (connectStatus != ConnectStatus::Unknown)
        return connectStatus == ConnectStatus::Connected;
    return category == QLatin1String("ANSWERED");
}

QString CallOutcome::connectStatusToWire(ConnectStatus status)
{
    switch (status) {
    case ConnectStatus::Connected:
        return QStringLiteral("CONNECTED");
    case ConnectStatus::NotConnected:
        return QStringLiteral("NOT_CONNECTED");
    case ConnectStatus::Unknown:
        break;
    }
    return {};
}

CallOutcome::ConnectStatus CallOutcome::connectStatusFromWire(const QString &wire)
{
    if (wire == QLatin1String("CONNECTED"))
        return ConnectStatus::Connected;
    if (wire == QLatin1String("NOT_CONNECTED"))
        return ConnectStatus::NotConnected;
    return ConnectStatus::Unknown;
}

QString CallOutcome::todoActionToWire(TodoAction action)
{
    switch (action) {
    case TodoAction::Complete:
        return QStringLiteral("COMPLETE");
    case TodoAction::CompleteAndRemove:
        return QStringLiteral("COMPLETE_AND_REMOVE");
    case TodoAction::None:
        break;
    }
    return {};
}

CallOutcome::TodoAction CallOutcome::todoActionFromWire(const QString &wire)
{
    if (wire == QLatin1String("COMPLETE"))
        return TodoAction::Complete;
    if (wire == QLatin1String("COMPLETE_AND_REMOVE"))
        return TodoAction::CompleteAndRemove;
    return TodoAction::None;
}

CallOutcome CallOutcome::fromJson(const QJsonObject &o)
{
    CallOutcome c;
    c.name = JsonRead::text(o, NameKey);
    c.displayOrder = JsonRead::int32(o, OrderKey).value_or(NoDisplayOrder);
    c.connectStatus = connectStatusFromWire(JsonRead::text(o, ConnectKey));
    c.todoAction = todoActionFromWire(JsonRead::text(o, TodoKey));
    // The spec makes automation one value; accept a list of them as well.
    const QJsonValue automation = o.value(AutomationKey);
    c.markOptOut = automation.toString() == OptOutAutomation ||
                   automation.toArray().contains(QJsonValue(OptOutAutomation));
    c.sentiment = JsonRead::text(o, SentimentKey);
    c.category = JsonRead::text(o, CategoryKey);
    return c;
}

QJsonObject CallOutcome::toJson() const
{
    QJsonObject o;
    o.insert(NameKey, name);
    if (displayOrder != NoDisplayOrder)
        o.insert(OrderKey, displayOrder);
    if (connectStatus != ConnectStatus::Unknown)
        o.insert(ConnectKey, connectStatusToWire(connectStatus));
    if (!sentiment.isEmpty())
        o.insert(SentimentKey, sentiment);
    if (todoAction != TodoAction::None)
        o.insert(TodoKey, todoActionToWire(todoAction));
    if (markOptOut)
        o.insert(AutomationKey, OptOutAutomation);
    if (!category.isEmpty())
        o.insert(CategoryKey, category);
    return o;
}

bool CallOutcome::parseList(const QByteArray &body, QList<CallOutcome> *outcomes, QString *error)
{
    JsonRead::ListError problem = JsonRead::ListError::None;
    const QJsonArray list = JsonRead::listIn(body, QLatin1String("outcomes"), &problem);
    if (problem != JsonRead::ListError::None) {
        *error = problem == JsonRead::ListError::NotAnObject
                     ? QCoreApplication::translate(
                           "CallOutcome",
                           "Gong's list of call outcomes could not be read (not a JSON object).")
                     : QCoreApplication::translate("CallOutcome",
                                                   "Gong's answer has no list of call outcomes.");
        return false;
    }
    outcomes->clear();
    for (const QJsonValue item : list) {
        if (!item.isObject())
            continue;
        CallOutcome outcome = fromJson(item.toObject());
        if (!outcome.name.isEmpty())
            outcomes->append(std::move(outcome));
    }
    std::stable_sort(
        outcomes->begin(), outcomes->end(),
        [](const CallOutcome &a, const CallOutcome &b) { return a.displayOrder < b.displayOrder; });
    return true;
}

QByteArray CallOutcome::listToJson(const QList<CallOutcome> &outcomes)
{
    QJsonArray list;
    for (const CallOutcome &c : outcomes)
        list.append(c.toJson());
    return QJsonDocument(QJsonObject{{QLatin1String("outcomes"), list}})
        .toJson(QJsonDocument::Compact);
}

QList<CallOutcome> CallOutcome::gongDefaults()
{
    using CS = ConnectStatus;
    using TA = TodoAction;
    const QString answered = QStringLiteral("ANSWERED");
    const QString notAnswered = QStringLiteral("NOT_ANSWERED");
    const QString positive = QStringLiteral("POSITIVE");
    const QString negative = QStringLiteral("NEGATIVE");
    const QString neutral = QStringLiteral("NEUTRAL");
    // Gong's own defaults come without their to-do actions (an admin sets those), so these are
    // ours. The rule: close the to-do when the call step did its job or cannot; take the person
    // out of the flow only when the flow's next steps would talk past what they said; leave it
    // open (the retry rule reschedules it) when calling again is the right next move.
    return {
        // Nobody picked up and there was no voicemail to leave: call again later.
        {QCoreApplication::translate("CallOutcome", "No voicemail"), 1, CS::NotConnected, TA::None,
         false, neutral, notAnswered},
        // The touch was made: a second voicemail the same day annoys, and the flow's next step
        // (often an email that mentions the voicemail) should follow.
        {QCoreApplication::translate("CallOutcome", "Left voicemail"), 2, CS::NotConnected,
         TA::Complete, false, neutral, notAnswered},
        // This number cannot do the step; calling again is wasted. The flow's emails may still
        // reach the person, so they stay in it (someone fixes the number in the CRM).
        {QCoreApplication::translate("CallOutcome", "Not in service"), 3, CS::NotConnected,
         TA::Complete, false, negative, notAnswered},
        // Someone is there, just not now: the retry rule's 3 hours is the right next try.
        {QCoreApplication::translate("CallOutcome", "Busy"), 4, CS::NotConnected, TA::None, false,
         neutral, notAnswered},
        // They asked to be called again: the open task, rescheduled, is that follow-up.
        {QCoreApplication::translate("CallOutcome", "Follow up"), 5, CS::Connected, TA::None, false,
         positive, answered},
        // The call did its job. Gong pauses a flow itself when a meeting is booked, so there is
        // nothing to remove (removing would also lose the flow's history for a pause).
        {QCoreApplication::translate("CallOutcome", "Meeting booked"), 6, CS::Connected,
         TA::Complete, false, positive, answered},
        // Not now, but not no: call again on the next business day.
        {QCoreApplication::translate("CallOutcome", "Bad timing"), 7, CS::Connected, TA::None,
         false, neutral, answered},
        // They are served by another product: the flow's next touches would ignore that.
        {QCoreApplication::translate("CallOutcome", "Has a solution"), 8, CS::Connected,
         TA::CompleteAndRemove, false, negative, answered},
        // Not the person this flow is written for: its next steps would miss.
        {QCoreApplication::translate("CallOutcome", "Bad persona"), 9, CS::Connected,
         TA::CompleteAndRemove, false, negative, answered},
        // Someone else answered: this number will not reach them, but their email still may,
        // so the call is done and the flow goes on.
        {QCoreApplication::translate("CallOutcome", "Wrong number"), 10, CS::Connected,
         TA::Complete, false, neutral, answered},
        // They pointed to the right person: the conversation moves there, and this person's
        // flow would keep pitching someone who said it is not them.
        {QCoreApplication::translate("CallOutcome", "Gave referral"), 11, CS::Connected,
         TA::CompleteAndRemove, false, positive, answered},
        // Gong's dialer marks them do-not-contact and removes them from their flows; the API
        // can remove (this flow here; all flows when the caller sends no flow id) but cannot
        // set do-not-contact, so the opt-out is marked locally.
        {QCoreApplication::translate("CallOutcome", "Opt out"), 12, CS::Connected,
         TA::CompleteAndRemove, true, negative, answered},
    };
}

} // namespace engage
