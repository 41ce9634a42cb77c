#include "gong/ApiError.h"

#include <QCoreApplication>

#include "core/TaskCodec.h"

#include <QNetworkReply>

namespace engage {

namespace {
QString contentTypeOf(QNetworkReply *reply)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    return type.section(QLatin1Char(';'), 0, 0).trimmed();
}

QString gongSaid(const QStringList &errors)
{
    return errors.isEmpty() ? QString()
                            : QCoreApplication::translate("ApiError", " Gong said: “%1”.")
                                  .arg(errors.join(QStringLiteral("; ")));
}
} // namespace

QString ApiError::userMessage() const
{
    const QString where = host.isEmpty() ? QCoreApplication::translate("ApiError", "Gong") : host;
    switch (kind) {
    case Kind::BadRequest:
        if (httpStatus == 0 && !detail.isEmpty())
            return detail; // refused here, before it was sent
        return QCoreApplication::translate("ApiError",
                                           "Gong refused the request as malformed (HTTP %1).")
                   .arg(httpStatus) +
               gongSaid(errors);
    case Kind::Unauthorized:
        return QCoreApplication::translate(
                   "ApiError", "Gong did not accept your credentials. Check the access key and "
                               "secret, or the token, in Settings.") +
               gongSaid(errors);
    case Kind::Forbidden:
        return QCoreApplication::translate(
                   "ApiError", "Gong denied access: your key or account may lack the Engage "
                               "tasks permission.") +
               gongSaid(errors);
    case Kind::NotFound:
        if (httpStatus != 404 && !detail.isEmpty())
            return detail; // a lookup that found nothing, said by us rather than Gong
        return QCoreApplication::translate(
                   "ApiError", "Gong no longer has this item; it may have been deleted or "
                               "closed elsewhere.") +
               gongSaid(errors);
    case Kind::RateLimited:
        if (retryAfterSeconds >= 0)
            return QCoreApplication::translate("ApiError",
                                               "Gong's rate limit was reached; trying again in %1.")
                .arg(QCoreApplication::translate("ApiError", "%n second(s)", nullptr,
                                                 retryAfterSeconds));
        return QCoreApplication::translate("ApiError",
                                           "Gong's rate limit was reached; trying again shortly.");
    case Kind::ServerError:
        if (notGong)
            return QCoreApplication::translate(
                       "ApiError", "%1 answered HTTP %2 (%3) instead of Gong's JSON: Gong, or a "
                                   "proxy on the way, has a problem. Your changes are kept and "
                                   "will be sent again.")
                .arg(where)
                .arg(httpStatus)
                .arg(contentType.isEmpty()
                         ? QCoreApplication::translate("ApiError", "no content type")
                         : contentType);
        return QCoreApplication::translate(
                   "ApiError", "Gong had a problem on its side (HTTP %1). Your changes are kept "
                               "and will be sent again.")
                   .arg(httpStatus) +
               gongSaid(errors);
    case Kind::Timeout:
        return QCoreApplication::translate(
                   "ApiError", "%1 did not answer in time. Your changes are kept and will be sent "
                               "again.")
            .arg(where);
    case Kind::Offline:
        return QCoreApplication::translate(
                   "ApiError", "Cannot reach %1 (%2). Check your network; your changes are kept.")
            .arg(where, detail.isEmpty() ? QCoreApplication::translate("ApiError", "no connection")
                                         : detail);
    case Kind::Tls:
        return QCoreApplication::translate(
                   "ApiError", "The secure connection to %1 failed (%2). Nothing was sent.")
            .arg(where, detail);
    case Kind::InvalidResponse:
        if (notGong)
            return QCoreApplication::translate(
                       "ApiError", "The server at %1 does not look like Gong's API: it answered "
                                   "HTTP %2 with %3 instead of Gong's JSON. Check the API address "
                                   "in Settings (a wrong address, a Wi-Fi login page or a proxy "
                                   "can cause this). Your changes are kept and will be sent once "
                                   "Gong answers.")
                .arg(where)
                .arg(httpStatus)
                .arg(contentType.isEmpty()
                         ? QCoreApplication::translate("ApiError", "no content type")
                         : contentType);
        return QCoreApplication::translate("ApiError", "Gong's answer could not be read: %1")
            .arg(detail);
    }
    return detail;
}

QString ApiError::fullMessage() const
{
    const QString message = userMessage();
    if (requestId.isEmpty())
        return message;
    return message +
           QCoreApplication::translate("ApiError", " (Gong request ID: %1)").arg(requestId);
}

ApiError::Handling ApiError::handling() const
{
    switch (kind) {
    case Kind::Unauthorized:
        return Handling::NeedsSignIn;
    case Kind::BadRequest:
    case Kind::Forbidden:
        return Handling::NeedsRep;
    case Kind::NotFound:
        return Handling::Gone;
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::Timeout:
    case Kind::Offline:
    case Kind::Tls:
    case Kind::InvalidResponse:
        // An unreadable answer says nothing about the tasks: a PATCH sets a state, so sending it
        // again is safe, and a list is asked for again. A failed TLS handshake may be a portal.
        return Handling::RetryLater;
    }
    return Handling::RetryLater;
}

// notr-begin: names for logs and tests, never shown
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
// notr-end

ApiError ApiError::fromReply(QNetworkReply *reply, const QByteArray &body, qint64 refusedAbove)
{
    ApiError error;
    error.host = reply->url().host();
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error.detail = reply->errorString();
    if (refusedAbove > 0) {
        error.kind = ApiError::Kind::InvalidResponse;
        error.detail = QCoreApplication::translate(
                           "ApiError", "the answer is larger than %1 MB and was refused.")
                           .arg(refusedAbove / (1024 * 1024));
        return error;
    }
    if (error.httpStatus > 0) {
        const ErrorBody gong = TaskCodec::parseErrorBody(body);
        error.requestId = gong.requestId;
        error.errors = gong.errors;
        error.contentType = contentTypeOf(reply);
        const int s = error.httpStatus;
        // The rule that keeps a wrong server from emptying the list: only Gong's own envelope
        // says "not found" (no tasks, task gone), "refused", "not allowed" or "sign in again".
        // Any other answer without it (a 404 or 403 page, a 405 from the wrong address, a
        // portal's redirect, a 2xx that is not a JSON object) comes from something else and
        // says nothing about the rep's tasks or changes. A 429 keeps its Retry-After whoever
        // sent it; a 5xx page is "trouble on the way", retried alike, but not Gong's word.
        const bool labelledJson = error.contentType.contains(QLatin1String("json"));
        const bool success = s >= 200 && s < 300;
        if (success || (s < 500 && s != 429 && !gong.isGong)) {
            error.kind = ApiError::Kind::InvalidResponse;
            // A JSON-labelled 2xx that is not an object is Gong's answer garbled on the way.
            error.notGong = !success || !labelledJson;
            error.detail = QCoreApplication::translate(
                               "ApiError", "the answer (HTTP %1, %2) is not a JSON object.")
                               .arg(s)
                               .arg(error.contentType);
            return error;
        }
        error.notGong = s >= 500 && !gong.isGong;
        if (s == 400)
            error.kind = ApiError::Kind::BadRequest;
        else if (s == 401)
            error.kind = ApiError::Kind::Unauthorized;
        else if (s == 403)
            error.kind = ApiError::Kind::Forbidden;
        else if (s == 404)
            error.kind = ApiError::Kind::NotFound;
        else if (s == 429) {
            error.kind = ApiError::Kind::RateLimited;
            bool ok = false;
            const int secs = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
            error.retryAfterSeconds = ok && secs >= 0 ? secs : -1;
        } else if (s >= 500)
            error.kind = ApiError::Kind::ServerError;
        else if (s >= 400)
            error.kind = ApiError::Kind::BadRequest;
        else {
            error.kind = ApiError::Kind::InvalidResponse;
            error.detail =
                QCoreApplication::translate("ApiError", "unexpected HTTP status %1.").arg(s);
        }
        return error;
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        error.neverDelivered = true;
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.kind = ApiError::Kind::Offline;
        error.neverDelivered = true;
        error.detail = QCoreApplication::translate("ApiError", "connection refused");
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = ApiError::Kind::Offline;
        error.neverDelivered = true;
        error.detail = QCoreApplication::translate("ApiError", "server name not found");
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.kind = ApiError::Kind::Offline;
        error.detail = QCoreApplication::translate("ApiError", "the server closed the connection");
        break;
    default:
        error.kind = ApiError::Kind::Offline;
        break;
    }
    return error;
}

} // namespace engage
