#include "sync/UnassignRule.h"

#include <QCoreApplication>

namespace engage {

UnassignRule::Verdict UnassignRule::verdict(const ApiError *error)
{
    if (!error)
        return Verdict::Confirmed;
    switch (error->handling()) {
    case ApiError::Handling::NeedsSignIn:
        return Verdict::NeedsSignIn;
    case ApiError::Handling::RetryLater:
        return Verdict::RetryLater;
    case ApiError::Handling::NeedsRep:
        return error->kind == ApiError::Kind::Forbidden ? Verdict::MissingScope : Verdict::Refused;
    case ApiError::Handling::Gone:
        // Gong's 404: that prospect or flow is unknown to Gong. Asking again changes nothing.
        return Verdict::Refused;
    }
    return Verdict::RetryLater;
}

QString UnassignRule::refusalDetail(Verdict verdict, const ApiError &error)
{
    if (verdict != Verdict::MissingScope)
        return error.fullMessage();
    const QString detail = QCoreApplication::translate(
        "UnassignRule", "this key may not change flows (it needs api:flows:write)");
    return error.requestId.isEmpty()
               ? detail
               : QCoreApplication::translate("UnassignRule", "%1 (Gong request ID: %2)")
                     .arg(detail, error.requestId);
}

QString UnassignRule::missingScopeNotice(const QString &contact, const QString &flow)
{
    return QCoreApplication::translate(
               "UnassignRule",
               "Gong did not let this key change flows (it needs api:flows:write), so %1 stays "
               "in %2. The task is done; remove them from the flow in Gong.")
        .arg(contact, flow);
}

QString UnassignRule::refusedNotice(const QString &contact, const QString &flow,
                                    const ApiError &error)
{
    return QCoreApplication::translate(
               "UnassignRule",
               "Gong did not take %1 out of %2, so they stay in it. The task is done. %3")
        .arg(contact, flow, error.fullMessage());
}

} // namespace engage
