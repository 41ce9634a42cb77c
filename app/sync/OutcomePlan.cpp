#include "sync/OutcomePlan.h"

#include "core/CallingHours.h"
#include "core/RetryRule.h"

#include <QCoreApplication>
#include <QLocale>

namespace engage {

namespace {

// "14:00" today in that zone, else "Wed 2 Dec 14:00", in the rep's language.
QString whenText(const QDateTime &due, const QDateTime &now, const QTimeZone &zone,
                 bool alwaysWithDay)
{
    const QDateTime local = due.toTimeZone(zone);
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (!alwaysWithDay && local.date() == now.toTimeZone(zone).date())
        return time;
    return QLocale().toString(local.date(), QStringLiteral("ddd d MMM ")) + time;
}

} // namespace

OutcomePlan OutcomePlan::make(const Task &task, const CallOutcome &outcome, const QString &note,
                              const CallSettings &settings, const QTimeZone &repZone,
                              const QDateTime &now)
{
    OutcomePlan plan;
    CallRecord &r = plan.record;
    r.at = now.toUTC();
    r.taskId = task.id;
    if (task.contact) {
        r.contactName = task.contact->displayName();
        r.company = task.contact->companyName;
        r.contactCrmId = task.contact->crmId;
    }
    if (r.company.isEmpty() && task.account)
        r.company = task.account->name;
    r.outcome = outcome.name;
    r.connected = outcome.connected();
    r.note = note;
    if (task.flow) {
        r.flowName = task.flow->name;
        if (task.flow->step) {
            r.stepNumber = task.flow->step->stepNumber;
            r.stepName = task.flow->step->name;
        }
    }
    const QString name = outcome.name.isEmpty()
                             ? QCoreApplication::translate("OutcomePlan", "Call logged")
                             : outcome.name;

    const bool closes = outcome.todoAction != CallOutcome::TodoAction::None || outcome.markOptOut;
    if (!closes) {
        const CallingHours hours =
            task.contact ? CallingHours::forContact(*task.contact, repZone, settings.hours)
                         : CallingHours(QTimeZone(), repZone, settings.hours);
        // To the minute: the rep reads minutes, and Gong keeps no milliseconds.
        QDateTime due = RetryRule(settings.retry).nextDue(r.connected, now, hours);
        if (due.isValid())
            due = due.addMSecs(-(due.toMSecsSinceEpoch() % 60000));
        plan.change.dueDate = due;
        if (!plan.change.dueDate.isValid()) {
            r.sent = QCoreApplication::translate("OutcomePlan", "Nothing sent");
            plan.text = QCoreApplication::translate("OutcomePlan", "%1 · logged").arg(name);
            return plan;
        }
        const bool theirs = hours.usesContactZone();
        r.sent = QCoreApplication::translate("OutcomePlan", "Due %1 (%2)")
                     .arg(whenText(due, now, hours.zone(), true),
                          theirs ? QCoreApplication::translate("OutcomePlan", "contact's time")
                                 : QCoreApplication::translate("OutcomePlan", "your time"));
        plan.text = QCoreApplication::translate("OutcomePlan", "%1 · due again %2 %3")
                        .arg(name, whenText(due, now, hours.zone(), false),
                             theirs ? QCoreApplication::translate("OutcomePlan", "their time")
                                    : QCoreApplication::translate("OutcomePlan", "your time"));
        return plan;
    }

    plan.change.status = TaskStatus::Done;
    QStringList sent{QCoreApplication::translate("OutcomePlan", "Marked done")};
    QStringList said{QCoreApplication::translate("OutcomePlan", "done")};
    if (outcome.todoAction == CallOutcome::TodoAction::CompleteAndRemove) {
        const bool inFlow = task.flow && task.flow->id > 0;
        plan.flowName = inFlow && !task.flow->name.isEmpty()
                            ? task.flow->name
                            : QCoreApplication::translate("OutcomePlan", "flow %1")
                                  .arg(task.flow ? task.flow->id : 0);
        if (!inFlow) {
            sent << QCoreApplication::translate("OutcomePlan",
                                                "not in a flow, so no flow to leave");
        } else if (r.contactCrmId.isEmpty()) {
            sent << QCoreApplication::translate("OutcomePlan",
                                                "not removed from %1: the contact has no CRM id")
                        .arg(plan.flowName);
        } else {
            plan.removeFromFlow = true;
            plan.crmId = r.contactCrmId;
            plan.flowId = task.flow->id;
            sent << QCoreApplication::translate("OutcomePlan", "removed from flow %1")
                        .arg(plan.flowName);
        }
        said << sent.last();
    }
    if (outcome.markOptOut) {
        if (r.contactCrmId.isEmpty()) {
            sent << QCoreApplication::translate("OutcomePlan",
                                                "not marked opted out: the contact has no CRM id");
        } else {
            plan.markOptOut = true;
            plan.crmId = r.contactCrmId;
            sent << QCoreApplication::translate("OutcomePlan",
                                                "opted out on this computer (mark it in Gong too)");
        }
        said << sent.last();
    }
    r.sent = sent.join(QStringLiteral(" · "));
    plan.text = name + QStringLiteral(" · ") + said.join(QStringLiteral(" · "));
    return plan;
}

} // namespace engage
