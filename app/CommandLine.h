#pragma once

#include "gong/GongConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace engage {

// What the command line asked for.
struct StartOptions {
    bool demo = false;
    QString baseUrl;
    QString userId;
    QString workspaceId;
    QString dataDir;
    bool minimized = false; // in the tray where there is one, else minimized
};

// The command line and where each setting comes from: the command line beats the
// environment, which beats saved settings.
class CommandLine
{
    // Its texts keep the context they had in Application, where --help was written first.
    Q_DECLARE_TR_FUNCTIONS(engage::Application)
public:
    // Exits the process for --help, --version and bad arguments.
    static StartOptions parse(const QStringList &arguments);
    static GongConfig resolveConfig(const StartOptions &options, const QSettings &settings);
};

} // namespace engage
