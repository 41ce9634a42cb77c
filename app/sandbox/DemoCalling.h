#pragma once

#include "core/CallOutcome.h"
#include "core/FlowStep.h"

namespace engage {

// The demo company's calling set-up, as GET /v2/call-outcomes and POST /v2/flows/steps show
// it: the outcomes an admin set up on Gong's dialer page (not Gong's defaults), and the steps of
// the demo's flows with a call script for every CALL step. Fixed: the same every time.
class DemoCalling
{
public:
    // Seven outcomes, in the order the admin created them (not their displayOrder, 1 to 7), as
    // Gong lists them.
    static QList<CallOutcome> outcomes();
    // DemoData::flows() with every step: each CALL step a task is at keeps that task's step id
    // and number and has a script; email, LinkedIn and custom steps fill the numbers between.
    static QList<FlowInfo> flows();
};

} // namespace engage
