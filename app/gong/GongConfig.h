#pragma once

#include "gong/Credentials.h"

#include <QString>
#include <QUrl>

namespace engage {

// Where and as whom GongClient talks to Gong.
struct GongConfig {
    QUrl baseUrl = QUrl(QStringLiteral("https://api.gong.io"));
    Credentials credentials;
    QString userId;      // the rep whose tasks we list and change
    QString workspaceId; // optional
    int timeoutMs = 30000;

    // Empty when usable; otherwise why not, in a sentence. https is required except on loopback.
    QString problem() const;
};

} // namespace engage
