#pragma once

#include "core/CallingHours.h"
#include "core/DialNumber.h"
#include "core/FlowStep.h"
#include "core/Task.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace engage {

// What the call card shows about one task, in words, built from the task and what the session
// knows around it. Pure data, so the card's content is tested without a window.
struct CallCardData {
    qint64 taskId = 0;
    QString name;                     // "Haruto Tanaka"
    QString subtitle;                 // "Head of Procurement · Kyoto Components"
    QString localTime;                // "14:30 there · good time"
    bool goodTime = true;             // inside calling hours
    std::optional<DialNumber> number; // the one C dials
    QString numberText;               // "+81 75 555 0199 ext. 12", or why there is none
    QString numberDetail;             // "mobile · verified"
    QStringList otherNumbers;
    bool optedOut = false;
    QString optOutText;       // red on the card
    QString contactUrl;       // the contact in the CRM
    QString flowLine;         // "Renewal outreach · step 3 of 6 (call) · next: email"
    QString script;           // the step's call script, plain text
    QString scriptNote;       // when there is no script: why
    QString opportunity;      // "Renewal 2027 · Negotiation · 48,000 · closes 20 Dec 2026"
    QStringList lastOutcomes; // "Tue 14:02 · No answer · “left a voicemail”"
    QString due;              // "overdue 2 d" and the like
    // The contact's other open tasks: "Also for Jon: Renewal outreach · step 3 · due Fri; Send
    // pricing · manual"; empty when there are none.
    QString alsoFor;
    QStringList sameContact; // one SameContact::line() per other task

    struct Inputs {
        QDateTime now;
        CallingHours hours;
        QStringList labelOrder = DialNumber::defaultLabelOrder();
        std::optional<FlowInfo> flow; // the task's flow with its steps, when known
        QString flowsUnavailable;     // why scripts cannot be shown (once), or empty
        bool markedOptedOut = false;  // opted out by an outcome logged here
        QStringList lastOutcomes;
        QStringList sameContact; // SameContact::line() of the contact's other open tasks
    };
    static CallCardData build(const Task &task, const Inputs &inputs);
};

} // namespace engage
