#include "ui/CallCardData.h"

#include "core/DueText.h"
#include "ui/OpportunityPanel.h"

#include <QCoreApplication>

namespace engage {

namespace {

QString actionWord(const QString &action)
{
    if (action == QLatin1String("CALL"))
        return QCoreApplication::translate("CallCardData", "call");
    if (action == QLatin1String("SEND_EMAIL") || action == QLatin1String("AUTO_SEND_EMAIL"))
        return QCoreApplication::translate("CallCardData", "email");
    if (action.startsWith(QLatin1String("LINKEDIN")))
        return QCoreApplication::translate("CallCardData", "LinkedIn");
    return action.isEmpty() ? QString() : QCoreApplication::translate("CallCardData", "task");
}

void describeFlow(const Task &task, const CallCardData::Inputs &in, CallCardData *card)
{
    if (!task.flow) {
        card->scriptNote = QCoreApplication::translate(
            "CallCardData", "This task is not part of a flow, so there is no call script.");
        return;
    }
    const Flow &flow = *task.flow;
    const qint64 stepId = flow.step ? flow.step->id : 0;
    const qint64 stepNumber = flow.step ? flow.step->stepNumber : 0;
    QStringList parts{flow.name.isEmpty() ? QCoreApplication::translate("CallCardData", "Flow")
                                          : flow.name};
    const std::optional<FlowStepInfo> step =
        in.flow ? in.flow->step(stepId, stepNumber) : std::nullopt;
    const int total = in.flow ? static_cast<int>(in.flow->steps.size()) : 0;
    if (stepNumber > 0 && total > 0)
        parts << QCoreApplication::translate("CallCardData", "step %1 of %2")
                     .arg(stepNumber)
                     .arg(total);
    else if (stepNumber > 0)
        parts << QCoreApplication::translate("CallCardData", "step %1").arg(stepNumber);
    if (step && !actionWord(step->action).isEmpty())
        parts.last() += QStringLiteral(" (%1)").arg(actionWord(step->action));
    if (in.flow && step) {
        if (const std::optional<FlowStepInfo> next = in.flow->stepAfter(step->stepOrder))
            parts << QCoreApplication::translate("CallCardData", "next: %1")
                         .arg(actionWord(next->action));
        else
            parts << QCoreApplication::translate("CallCardData", "last step");
    }
    card->flowLine = parts.join(QStringLiteral(" · "));
    if (step && !step->body.trimmed().isEmpty())
        card->script = step->body.trimmed();
    else if (!in.flowsUnavailable.isEmpty())
        card->scriptNote = in.flowsUnavailable;
    else if (!in.flow)
        card->scriptNote =
            QCoreApplication::translate("CallCardData", "The call script is on its way from Gong.");
    else
        card->scriptNote =
            QCoreApplication::translate("CallCardData", "This step has no call script.");
}

QString opportunityLine(const Task &task)
{
    if (!task.opportunity)
        return task.account
                   ? QCoreApplication::translate("CallCardData", "No opportunity · account %1")
                         .arg(task.account->name)
                   : QString();
    const Opportunity &o = *task.opportunity;
    QStringList parts;
    for (const QString &part : {o.name, o.stage, OpportunityPanel::amountText(o.amount)})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    if (!o.closeDate.trimmed().isEmpty())
        parts << QCoreApplication::translate("CallCardData", "closes %1")
                     .arg(OpportunityPanel::closeDateText(o.closeDate));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

CallCardData CallCardData::build(const Task &task, const Inputs &in)
{
    CallCardData card;
    card.taskId = task.id;
    const Contact contact = task.contact.value_or(Contact());
    card.name = contact.displayName().isEmpty() ? task.whatToDo() : contact.displayName();
    QStringList subtitle;
    if (!contact.title.trimmed().isEmpty())
        subtitle << contact.title.trimmed();
    const QString company = !contact.companyName.trimmed().isEmpty()
                                ? contact.companyName.trimmed()
                                : (task.account ? task.account->name.trimmed() : QString());
    if (!company.isEmpty())
        subtitle << company;
    card.subtitle = subtitle.join(QStringLiteral(" · "));
    card.localTime = in.hours.label(in.now);
    card.goodTime = in.hours.isOpen(in.now);
    card.contactUrl = contact.crmUrl;
    card.due = DueText::format(task.dueDate, in.now, in.hours.repZone());

    const QList<DialNumber> numbers = DialNumber::ordered(contact.phoneNumbers, in.labelOrder);
    for (const DialNumber &n : numbers) {
        if (!card.number && n.isDialable()) {
            card.number = n;
            continue;
        }
        const QString label =
            n.label().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(n.label());
        card.otherNumbers << (n.isDialable() ? n.displayText()
                                             : QCoreApplication::translate("CallCardData",
                                                                           "%1 — cannot be dialled")
                                                   .arg(n.phone().raw)) +
                                 label;
    }
    if (card.number) {
        card.numberText = card.number->displayText();
        QStringList detail;
        if (!card.number->label().isEmpty())
            detail << card.number->label();
        if (card.number->isVerified())
            detail << QCoreApplication::translate("CallCardData", "verified");
        if (!card.number->isE164())
            detail << QCoreApplication::translate("CallCardData",
                                                  "no country code: dialled as written");
        card.numberDetail = detail.join(QStringLiteral(" · "));
    } else {
        card.numberText =
            contact.phoneNumbers.isEmpty()
                ? QCoreApplication::translate("CallCardData", "No phone number")
                : QCoreApplication::translate("CallCardData", "No number that can be dialled");
    }

    card.optedOut = contact.optedOutOfCalls() || in.markedOptedOut;
    if (contact.optedOutOfCalls())
        card.optOutText = QCoreApplication::translate("CallCardData",
                                                      "%1 opted out of calls. Dialling asks first.")
                              .arg(card.name);
    else if (in.markedOptedOut)
        card.optOutText =
            QCoreApplication::translate(
                "CallCardData", "%1 asked not to be called (logged here; Gong's API cannot set it, "
                                "so mark it on the contact in your CRM). Dialling asks first.")
                .arg(card.name);

    describeFlow(task, in, &card);
    card.opportunity = opportunityLine(task);
    card.lastOutcomes = in.lastOutcomes;
    card.sameContact = in.sameContact;
    if (!in.sameContact.isEmpty())
        card.alsoFor = QCoreApplication::translate("CallCardData", "Also for %1: %2")
                           .arg(contact.firstName.trimmed().isEmpty() ? card.name
                                                                      : contact.firstName.trimmed(),
                                in.sameContact.join(QStringLiteral("; ")));
    return card;
}

} // namespace engage
