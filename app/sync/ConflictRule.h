#pragma once

#include "core/Task.h"
#include "sync/TaskStore.h"

#include <QList>
#include <QTimeZone>

#include <optional>

namespace engage {

// Whether the rep's unconfirmed changes to one task must wait for the rep because Gong's task
// changed since the rep acted on it. Pure: no store, no network, no clock.
//
// Held when the task was closed in Gong and the rep wants it open (a reschedule or a reopen),
// or when Gong's version is newer than the one the rep acted on and its status or due date
// differs from that version. A difference that one of the rep's own changes *that went out*
// explains is no conflict: Gong applied a PATCH whose answer was lost (a timeout, a kill). A
// change that never left the computer explains nothing.
class ConflictRule
{
public:
    // `seen`: the task as the rep acted on it. `fresh`: Gong's version now, or null when Gong no
    // longer lists the task as open. `changes`: the task's changes not held already, in order.
    // Returns what Gong now says, in words, when the changes must be held.
    static std::optional<QString> check(const Task &seen, const Task *fresh,
                                        const QList<PendingChange> &changes, const QTimeZone &zone);
};

} // namespace engage
