#pragma once

#include <QByteArray>
#include <QString>

namespace engage {

// How we prove who we are to Gong: an access key with its secret (Basic) or a bearer token.
// Lives in memory and the system keychain only; never in settings or logs.
struct Credentials {
    QString accessKey;
    QString accessKeySecret;
    QString bearerToken;

    bool isBearer() const { return !bearerToken.isEmpty(); }
    bool isComplete() const
    {
        return isBearer() || (!accessKey.isEmpty() && !accessKeySecret.isEmpty());
    }
    // "Basic base64(key:secret)" or "Bearer token"; empty when incomplete.
    QByteArray authorizationHeader() const;
    friend bool operator==(const Credentials &, const Credentials &) = default;
};

} // namespace engage
