#include "gong/Credentials.h"

namespace engage {

QByteArray Credentials::authorizationHeader() const
{
    if (isBearer())
        return QByteArrayLiteral("Bearer ") + bearerToken.toUtf8();
    if (!isComplete())
        return {};
    return QByteArrayLiteral("Basic ") +
           (accessKey + QLatin1Char(':') + accessKeySecret).toUtf8().toBase64();
}

} // namespace engage
