#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

class QNetworkReply;

namespace engage {

// Every way a call to Gong can fail, as one value the UI and the sync engine can act on.
struct ApiError {
    enum class Kind {
        BadRequest,      // 400 and other 4xx Gong did not document
        Unauthorized,    // 401: credentials wrong or expired
        Forbidden,       // 403
        NotFound,        // 404
        RateLimited,     // 429, with Retry-After
        ServerError,     // 5xx
        Timeout,         // no answer in time
        Offline,         // refused, host not found, network down
        Tls,             // the secure connection failed
        InvalidResponse, // an answer we cannot read
    };

    Kind kind = Kind::InvalidResponse;
    int httpStatus = 0;         // 0 when no HTTP answer arrived
    QString requestId;          // Gong's, when the body had one
    QStringList errors;         // Gong's errors[], when the body had them
    int retryAfterSeconds = -1; // from Retry-After on 429; -1 when absent
    QString detail;             // technical cause (Qt's error text, the parser's complaint)
    QString host;               // which server, for messages about reaching it
    // The request surely never reached the server (refused, name not found, TLS failed).
    bool neverDelivered = false;
    // The answer was not Gong's (HTML from a wrong address, a captive portal or a proxy): an
    // InvalidResponse that says nothing about the rep's tasks.
    bool notGong = false;
    QString contentType; // of the answer, for the message about a server that is not Gong

    // A sentence for the rep, in plain words, without the requestId.
    QString userMessage() const;
    // userMessage() plus "Gong request ID: …" where there is one: what the error bar shows.
    QString fullMessage() const;
    // The one rule for what a failure means, used alike by the refresh and by the rep's changes
    // (docs/ARCHITECTURE.md, "One rule for errors").
    enum class Handling {
        RetryLater,  // out of reach, slow, overloaded, rate-limited, or not Gong's answer: wait,
                     // then send again by itself; nothing is dropped
        NeedsSignIn, // 401: all sending pauses until the rep fixes the credentials
        NeedsRep,    // 400/403: refused; held on its row until the rep retries or discards it
        Gone,        // Gong's own 404: the task is no longer there
    };
    Handling handling() const;
    // Worth sending again later without the rep doing anything.
    bool isTransient() const { return handling() == Handling::RetryLater; }
    static QString kindName(Kind kind);

    // What a finished reply means, by the one rule every call shares (docs/ARCHITECTURE.md,
    // "Only Gong says not found"): a 404 is NotFound, and a 400/401/403 Gong's refusal, only
    // when the body is Gong's envelope; any other answer below 500 but 429, and any 2xx whose
    // body is not a JSON object, is an InvalidResponse (notGong when it is not Gong's).
    // `refusedAbove` > 0: the body was cut off for being larger than that many bytes.
    static ApiError fromReply(QNetworkReply *reply, const QByteArray &body,
                              qint64 refusedAbove = 0);
};

} // namespace engage

Q_DECLARE_METATYPE(engage::ApiError)
