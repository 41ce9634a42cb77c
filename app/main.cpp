#include "Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    QApplication::setApplicationName(QStringLiteral("engage-tasks"));
    QApplication::setApplicationDisplayName(QStringLiteral("Engage Tasks"));
    QApplication::setApplicationVersion(QStringLiteral(ENGAGE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("engage-tasks"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.engagetasks.EngageTasks"));

    const auto options = engage::Application::parseCommandLine(QApplication::arguments());
    engage::Application app;
    if (!app.start(options))
        return 1;
    return QApplication::exec();
}
