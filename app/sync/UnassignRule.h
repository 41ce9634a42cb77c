#pragma once

#include "gong/ApiError.h"

#include <QString>

namespace engage {

// What an answer to a flow removal (POST /v2/flows/prospects/unassign-flows-by-crm-id) means,
// and the words for it. A removal is a request about the contact, not the task: Gong doing it
// twice is harmless (the second answers no instances), so anything transient is sent again like
// a PATCH; but what Gong refuses it will refuse again, so a refusal is dropped rather than held
// for the rep to retry: the task itself is done either way, and the ledger keeps why.
class UnassignRule
{
public:
    enum class Verdict {
        Confirmed,    // Gong took them out (or they were in none of those flows)
        MissingScope, // Gong's 403: the key lacks api:flows:write
        Refused,      // Gong's 400 or 404 (or refused here, before sending): never will
        NeedsSignIn,  // 401: pause like any change
        RetryLater,   // out of reach, 5xx, 429, not Gong's: send again
    };
    // `error` null: the answer was a success.
    static Verdict verdict(const ApiError *error);

    // The ledger's note on a refusal, with Gong's request id.
    static QString refusalDetail(Verdict verdict, const ApiError &error);
    // The one notice per run for a key without the scope.
    static QString missingScopeNotice(const QString &contact, const QString &flow);
    // The notice for any other refusal, with Gong's words and request id.
    static QString refusedNotice(const QString &contact, const QString &flow,
                                 const ApiError &error);
};

} // namespace engage
