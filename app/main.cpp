#include "Application.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    QApplication::setApplicationName(QStringLiteral("engage-tasks"));
    QApplication::setApplicationDisplayName(QStringLiteral("Engage Tasks"));
    QApplication::setApplicationVersion(QStringLiteral(ENGAGE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("engage-tasks"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.engagetasks.EngageTasks"));
    // The themed icon once installed; the built-in one when run from the build tree.
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("io.github.engagetasks.EngageTasks"),
        QIcon(QStringLiteral(":/icons/256/io.github.engagetasks.EngageTasks.png"))));

    const auto options = engage::Application::parseCommandLine(QApplication::arguments());
    engage::Application app;
    if (!app.start(options))
        return 1;
    return QApplication::exec();
}
