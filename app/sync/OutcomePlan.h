#pragma once

#include "core/CallOutcome.h"
#include "core/CallRecord.h"
#include "core/CallSettings.h"
#include "core/Task.h"
#include "core/TaskUpdate.h"

#include <QTimeZone>

namespace engage {

// What logging a call outcome does to a task, decided before anything is recorded (pure: the
// task, the outcome, the settings and now in; changes and words out). The rules (issue 11):
// Complete closes the task; CompleteAndRemove closes it and takes the contact out of the task's
// flow; markOptOut closes it and marks the contact opted out here (Gong's API cannot); no
// action keeps it open and due again by RetryRule, inside the contact's calling hours.
struct OutcomePlan {
    TaskUpdate change;           // the PATCH: status DONE, or the new due date
    bool removeFromFlow = false; // take contact crmId out of flow flowId
    QString crmId;
    qint64 flowId = 0;
    QString flowName;
    bool markOptOut = false; // mark crmId opted out on this computer
    // The call as the log keeps it; id and seqs are filled in as it is recorded.
    CallRecord record;
    QString text; // the notice: "No answer · due again 14:00 their time"

    static OutcomePlan make(const Task &task, const CallOutcome &outcome, const QString &note,
                            const CallSettings &settings, const QTimeZone &repZone,
                            const QDateTime &now);
};

} // namespace engage
