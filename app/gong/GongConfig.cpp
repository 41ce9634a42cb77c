#include "gong/GongConfig.h"

namespace engage {

namespace {
bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}
} // namespace

QString GongConfig::problem() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QStringLiteral("The Gong API address is not a valid URL.");
    if (baseUrl.scheme() != QLatin1String("https") &&
        !(baseUrl.scheme() == QLatin1String("http") && isLoopback(baseUrl)))
        return QStringLiteral("The Gong API address must start with https:// (plain http is "
                              "allowed only on this computer).");
    if (!credentials.isComplete())
        return QStringLiteral("Gong credentials are missing: an access key and secret, or a "
                              "bearer token.");
    return {};
}

} // namespace engage
