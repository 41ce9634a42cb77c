#include "gong/GongConfig.h"

#include <QCoreApplication>

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
        return QCoreApplication::translate("GongConfig",
                                           "The Gong API address is not a valid URL.");
    if (baseUrl.scheme() != QLatin1String("https") &&
        !(baseUrl.scheme() == QLatin1String("http") && isLoopback(baseUrl)))
        return QCoreApplication::translate(
            "GongConfig", "The Gong API address must start with https:// (plain http is "
                          "allowed only on this computer).");
    if (!credentials.isComplete())
        return QCoreApplication::translate(
            "GongConfig", "Gong credentials are missing: an access key and secret, or a "
                          "bearer token.");
    return {};
}

} // namespace engage
