#include "sandbox/DemoCalling.h"

#include "sandbox/DemoData.h"

#include <iterator>

namespace engage {

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

struct StepText {
    int stepOrder;
    const char *action;
    const char *subject; // nullptr: none (a call step has no subject)
    const char *body;
};

struct FlowText {
    const char *description;
    StepText steps[8]; // stepOrder 0: unused
};

// In DemoData::flows()'s order. Each CALL step here is one the demo's tasks are at.
const FlowText flowTexts[] = {
    {"Customers 90 days before their renewal date: confirm the renewal, find new teams.",
     {{1, "CALL", nullptr,
       "Goal: confirm who signs the renewal and when.\n\n"
       "Opener: \"Hi, it's Alex from Acme. Your renewal comes up in about three months, and I "
       "wanted to make sure it's smooth on your side. Do you have two minutes?\"\n\n"
       "Ask:\n"
       "- Who else takes part in the renewal decision this year?\n"
       "- Has anything changed in how your team uses Acme since last year?\n"
       "- Is procurement involved, and do they need anything from us early?\n\n"
       "Close: offer a 20-minute review of this year's usage with their admin."},
      {2, "SEND_EMAIL", "Your renewal: a few dates for a usage review",
       "Hi, as promised, here are three times for a short review of this year's usage..."},
      {3, "CALL", nullptr,
       "Goal: book the usage review if the email got no answer.\n\n"
       "Opener: \"I sent a few dates for a usage review last week; I'm calling to see if one of "
       "them works, or to find a better one.\"\n\n"
       "If they are busy: ask who on their team could join instead."},
      {4, "AUTO_SEND_EMAIL", "What's new in Acme since you signed",
       "A short list of what shipped this year that your team has not turned on yet..."},
      {5, "LINKEDIN_MESSAGE", nullptr,
       "Thanks for connecting! Looking forward to our renewal chat."},
      {6, "CALL", nullptr,
       "Goal: agree the renewal terms, or learn what blocks them.\n\n"
       "Recap the usage review in one sentence, then ask: \"Is there anything that would stop "
       "you from renewing on the current terms?\"\n\n"
       "If price comes up: do not discount on the call; offer to come back with options by "
       "Friday."},
      {0, nullptr, nullptr, nullptr},
      {0, nullptr, nullptr, nullptr}}},
    {"Outbound to finance and operations leaders at enterprise accounts, Q4.",
     {{1, "CALL", nullptr,
       "Goal: earn a 15-minute discovery call.\n\n"
       "Opener: \"Hi, it's Alex from Acme. We help finance teams close the month two days "
       "faster. I'm calling because your team is hiring in accounting; is month-end close "
       "something you're working on this quarter?\"\n\n"
       "If yes: book the discovery call now.\n"
       "If no: ask what is on their list instead, and note it."},
      {2, "CALL", nullptr,
       "Discovery: keep it to 15 minutes.\n\n"
       "1. How long does month-end close take today, and what slows it down?\n"
       "2. Which systems are involved (ERP, spreadsheets, bank feeds)?\n"
       "3. Who else feels the pain, and who would sign off on a change?\n"
       "4. What happens if nothing changes this year?\n\n"
       "Next step: a demo with the controller, within two weeks."},
      {3, "AUTO_SEND_EMAIL", "Closing the month two days faster",
       "Following up on my call: here is how a team like yours cut close from 8 days to 6..."},
      {4, "CALL", nullptr,
       "Goal: get a reaction to the case study email.\n\n"
       "Opener: \"I sent you a short story about a team that closes two days faster; did it "
       "sound like your month-end, or not at all?\"\n\n"
       "Either answer is useful: ask why."},
      {5, "LINKEDIN_CONNECT", nullptr, "Connect with a short note mentioning the case study."},
      {6, "SEND_EMAIL", "Re: Closing the month two days faster",
       "Bumping this up in case it got buried at quarter end..."},
      {7, "CALL", nullptr,
       "Break-up call: last try, be brief and friendly.\n\n"
       "\"I've tried you a few times about month-end close; I don't want to be a pest. Should I "
       "close your file, or is there a better time next quarter?\"\n\n"
       "If next quarter: ask for the month and set the reminder while on the call."},
      {8, "AUTO_SEND_EMAIL", "Should I close your file?",
       "I haven't heard back, so I'll assume the timing is off..."}}},
    {"People who asked for a demo on the website: call fast, book the demo.",
     {{1, "CALL", nullptr,
       "Call within the hour: they asked for a demo.\n\n"
       "Opener: \"Hi, it's Alex from Acme; you asked for a demo a few minutes ago, so I'm "
       "calling to find a time that suits you.\"\n\n"
       "Qualify in two questions:\n"
       "- What made you look at Acme today?\n"
       "- Who else should see the demo?\n\n"
       "Book the demo before you hang up."},
      {2, "CALL", nullptr,
       "Second try: they did not pick up within the hour.\n\n"
       "Leave a voicemail: name, \"about the demo you asked for\", and your direct number. "
       "Then send the calendar link by email."},
      {3, "CALL", nullptr,
       "Goal: confirm the booked demo, or book it.\n\n"
       "Confirm the time, who attends, and the one problem the demo must show solved."},
      {4, "SEND_EMAIL", "Your demo recording and next steps",
       "Thanks for your time today; here is the recording and what we agreed..."},
      {0, nullptr, nullptr, nullptr},
      {0, nullptr, nullptr, nullptr},
      {0, nullptr, nullptr, nullptr},
      {0, nullptr, nullptr, nullptr}}},
    {"Attended the webinar on automated reconciliation.",
     {{1, "AUTO_SEND_EMAIL", "Slides from today's webinar",
       "Thanks for joining! Here are the slides and the recording..."},
      {2, "CALL", nullptr,
       "Goal: learn why they came to the webinar.\n\n"
       "Opener: \"Hi, it's Alex from Acme; thanks for coming to our webinar on reconciliation. "
       "What made you sign up?\"\n\n"
       "Listen for: a project this quarter, a tool they are replacing, a deadline."},
      {3, "LINKEDIN_CONNECT", nullptr, "Connect with a note about the webinar."},
      {4, "CALL", nullptr,
       "Goal: a follow-up meeting if they have a project; otherwise a polite close.\n\n"
       "Ask whether the webinar's checklist helped, and offer a 20-minute walk-through of "
       "their own reconciliation."},
      {5, "SEND_EMAIL", "One question about the webinar",
       "Quick one: which part of the webinar was most useful for your team?"},
      {0, nullptr, nullptr, nullptr},
      {0, nullptr, nullptr, nullptr},
      {0, nullptr, nullptr, nullptr}}},
    {"Opportunities lost more than six months ago: see what has changed.",
     {{1, "CALL", nullptr,
       "Goal: learn what changed since they chose someone else.\n\n"
       "Opener: \"Hi, it's Alex from Acme. We spoke last year when you were choosing a "
       "reconciliation tool; I'm calling to see how the choice has worked out.\"\n\n"
       "Do not criticise the competitor. Ask what they would change if they could."},
      {2, "SEND_EMAIL", "What changed since we last spoke",
       "Since we last spoke we shipped the two things you asked about..."},
      {3, "CALL", nullptr,
       "Discovery, second time around:\n\n"
       "1. What works well with the tool you chose?\n"
       "2. What still takes too long?\n"
       "3. When does your contract with them come up?\n\n"
       "Next step: a short demo of what is new, before their contract date."},
      {4, "CUSTOM", nullptr, "Update the opportunity in the CRM with what you learned."},
      {0, nullptr, nullptr, nullptr},
      {0, nullptr, nullptr, nullptr},
      {0, nullptr, nullptr, nullptr},
      {0, nullptr, nullptr, nullptr}}},
};

} // namespace

QList<CallOutcome> DemoCalling::outcomes()
{
    using CS = CallOutcome::ConnectStatus;
    using TA = CallOutcome::TodoAction;
    const QString answered = QStringLiteral("ANSWERED");
    const QString notAnswered = QStringLiteral("NOT_ANSWERED");
    // Created in this order; shown to the rep by displayOrder.
    return {
        {QStringLiteral("Meeting booked"), 4, CS::Connected, TA::Complete, false,
         QStringLiteral("POSITIVE"), answered},
        {QStringLiteral("No answer"), 1, CS::NotConnected, TA::None, false,
         QStringLiteral("NEUTRAL"), notAnswered},
        {QStringLiteral("Left voicemail"), 2, CS::NotConnected, TA::None, false,
         QStringLiteral("NEUTRAL"), notAnswered},
        {QStringLiteral("Not interested"), 5, CS::Connected, TA::CompleteAndRemove, false,
         QStringLiteral("NEGATIVE"), answered},
        // Someone answered, but not the prospect: answered, yet not a connect.
        {QStringLiteral("Wrong number"), 3, CS::NotConnected, TA::Complete, false,
         QStringLiteral("NEGATIVE"), answered},
        {QStringLiteral("Call back later"), 7, CS::Connected, TA::None, false,
         QStringLiteral("NEUTRAL"), answered},
        {QStringLiteral("Do not call"), 6, CS::Connected, TA::Complete, true,
         QStringLiteral("NEGATIVE"), answered},
    };
}

QList<FlowInfo> DemoCalling::flows()
{
    QList<FlowInfo> out;
    const QList<DemoFlow> demo = DemoData::flows();
    for (qsizetype i = 0; i < demo.size(); ++i) {
        const DemoFlow &d = demo.at(i);
        FlowInfo flow{d.id, d.name, {}, {}};
        if (i >= static_cast<qsizetype>(std::size(flowTexts))) {
            // A flow without texts still shows its call steps, with nothing to say.
            for (const FlowStep &s : d.callSteps)
                flow.steps << FlowStepInfo{s.id, int(s.stepNumber), QStringLiteral("CALL"), {}, {}};
            out << flow;
            continue;
        }
        const FlowText &text = flowTexts[i];
        flow.description = utf8(text.description);
        for (const StepText &t : text.steps) {
            if (t.stepOrder == 0)
                continue;
            FlowStepInfo step{d.id + 500 + t.stepOrder, t.stepOrder, utf8(t.action),
                              t.subject ? utf8(t.subject) : QString(), utf8(t.body)};
            // A step a task is at keeps the task's own step id.
            for (const FlowStep &s : d.callSteps) {
                if (s.stepNumber == t.stepOrder)
                    step.id = s.id;
            }
            flow.steps << step;
        }
        out << flow;
    }
    return out;
}

} // namespace engage
