#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace engage {

namespace {
QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QString firstOf(std::initializer_list<QString> values)
{
    for (const QString &v : values) {
        if (!v.isEmpty())
            return v;
    }
    return {};
}
} // namespace

StartOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Work your Gong Engage call tasks: mark done, dismiss, reschedule.\n\n"
           "Credentials come from the keychain (set them in the app) or from the "
           "environment: GONG_ACCESS_KEY with GONG_ACCESS_KEY_SECRET, or "
           "GONG_BEARER_TOKEN; also GONG_BASE_URL and GONG_USER_ID."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Run against the built-in demo server; no Gong "
                                     "account needed."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("Gong API address (default https://api.gong.io)."),
                                     QStringLiteral("url"));
    const QCommandLineOption userId(QStringLiteral("user-id"), tr("Your Gong user id."),
                                    QStringLiteral("id"));
    const QCommandLineOption workspace(QStringLiteral("workspace-id"),
                                       tr("Only tasks in this Gong workspace."),
                                       QStringLiteral("id"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Keep settings, cache and journal in this folder."),
                                     QStringLiteral("dir"));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        tr("Start in the tray (minimized where the desktop has no tray)."));
    parser.addOptions({demo, baseUrl, userId, workspace, dataDir, minimized});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "engage-tasks: unexpected argument '%s'; see --help\n",
                     qUtf8Printable(parser.positionalArguments().first()));
        std::exit(2);
    }
    StartOptions o;
    o.demo = parser.isSet(demo);
    o.baseUrl = parser.value(baseUrl);
    o.userId = parser.value(userId);
    o.workspaceId = parser.value(workspace);
    o.dataDir = parser.value(dataDir);
    o.minimized = parser.isSet(minimized);
    return o;
}

GongConfig CommandLine::resolveConfig(const StartOptions &options, const QSettings &settings)
{
    GongConfig config;
    const QString url = firstOf({options.baseUrl, env("GONG_BASE_URL"),
                                 settings.value(QStringLiteral("gong/baseUrl")).toString(),
                                 QStringLiteral("https://api.gong.io")});
    config.baseUrl = QUrl(url);
    config.userId = firstOf({options.userId, env("GONG_USER_ID"),
                             settings.value(QStringLiteral("gong/userId")).toString()});
    config.workspaceId = firstOf({options.workspaceId, env("GONG_WORKSPACE_ID"),
                                  settings.value(QStringLiteral("gong/workspaceId")).toString()});
    config.credentials.accessKey = env("GONG_ACCESS_KEY");
    config.credentials.accessKeySecret = env("GONG_ACCESS_KEY_SECRET");
    config.credentials.bearerToken = env("GONG_BEARER_TOKEN");
    return config;
}

} // namespace engage
