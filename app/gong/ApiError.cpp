#include "gong/ApiError.h"

namespace engage {

namespace {
QString gongSaid(const QStringList &errors)
{
    return errors.isEmpty()
               ? QString()
               : QStringLiteral(" Gong said: “%1”.").arg(errors.join(QStringLiteral("; ")));
}
} // namespace

QString ApiError::userMessage() const
{
    const QString where = host.isEmpty() ? QStringLiteral("Gong") : host;
    switch (kind) {
    case Kind::BadRequest:
        return QStringLiteral("Gong refused the request as malformed (HTTP %1).").arg(httpStatus) +
               gongSaid(errors);
    case Kind::Unauthorized:
        return QStringLiteral("Gong did not accept your credentials. Check the access key and "
                              "secret, or the token, in Settings.") +
               gongSaid(errors);
    case Kind::Forbidden:
        return QStringLiteral("Gong denied access: your key or account may lack the Engage "
                              "tasks permission.") +
               gongSaid(errors);
    case Kind::NotFound:
        if (httpStatus != 404 && !detail.isEmpty())
            return detail; // a lookup that found nothing, said by us rather than Gong
        return QStringLiteral("Gong no longer has this item; it may have been deleted or "
                              "closed elsewhere.") +
               gongSaid(errors);
    case Kind::RateLimited:
        if (retryAfterSeconds >= 0)
            return QStringLiteral("Gong's rate limit was reached; trying again in %1.")
                .arg(retryAfterSeconds == 1 ? QStringLiteral("1 second")
                                            : QStringLiteral("%1 seconds").arg(retryAfterSeconds));
        return QStringLiteral("Gong's rate limit was reached; trying again shortly.");
    case Kind::ServerError:
        return QStringLiteral("Gong had a problem on its side (HTTP %1). Your changes are kept "
                              "and will be sent again.")
                   .arg(httpStatus) +
               gongSaid(errors);
    case Kind::Timeout:
        return QStringLiteral("%1 did not answer in time. Your changes are kept and will be sent "
                              "again.")
            .arg(where);
    case Kind::Offline:
        return QStringLiteral("Cannot reach %1 (%2). Check your network; your changes are kept.")
            .arg(where, detail.isEmpty() ? QStringLiteral("no connection") : detail);
    case Kind::Tls:
        return QStringLiteral("The secure connection to %1 failed (%2). Nothing was sent.")
            .arg(where, detail);
    case Kind::InvalidResponse:
        return QStringLiteral("Gong's answer could not be read: %1").arg(detail);
    }
    return detail;
}

QString ApiError::fullMessage() const
{
    const QString message = userMessage();
    if (requestId.isEmpty())
        return message;
    return message + QStringLiteral(" (Gong request ID: %1)").arg(requestId);
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::Timeout:
    case Kind::Offline:
        return true;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::ServerError:
        return QStringLiteral("ServerError");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Offline:
        return QStringLiteral("Offline");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::InvalidResponse:
        return QStringLiteral("InvalidResponse");
    }
    return {};
}

} // namespace engage
