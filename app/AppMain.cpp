#include "app/AppMain.h"

#include "app/Application.h"
#include "app/StartupWarmup.h"
#include "core/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstring>
#include <sys/stat.h>

namespace engage {

namespace {
// --help and --version answer on a terminal without a display, so they must not need one.
bool textOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void installWindowIcon()
{
    // The themed icon once installed; the built-in one when run from the build tree.
    // Every size the build carries, so Qt picks a sharp one at 100 % and at 200 %.
    QIcon builtIn;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        builtIn.addFile(
            QStringLiteral(":/icons/%1/io.github.engagetasks.EngageTasks.png").arg(size),
            QSize(size, size));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.engagetasks.EngageTasks"), builtIn));
}

void describe()
{
    QCoreApplication::setApplicationName(QStringLiteral("engage-tasks"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENGAGE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("engage-tasks"));
}
} // namespace

int runMain(int argc, char *argv[], const std::function<void(Application &)> &started)
{
    // Everything the app writes (settings, cache, journal) is the rep's business alone:
    // files 0600, folders 0700.
    umask(077);
    if (textOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe();
        Translations::install();
        CommandLine::parse(QCoreApplication::arguments()); // prints and exits
        return 0;
    }
    QApplication qapp(argc, argv);
    describe();
    Translations::install(); // the desktop's language; Application::start applies the rep's
    QApplication::setApplicationDisplayName(QStringLiteral("Engage Tasks")); // notr: the name
    QApplication::setDesktopFileName(QStringLiteral("io.github.engagetasks.EngageTasks"));
    const auto options = CommandLine::parse(QApplication::arguments()); // exits on bad ones
    // After the parse: its exit() must not tear Qt down under the warm-up's feet.
    const StartupWarmup warmup; // fonts, plugins: loaded while the store opens
    Application app;
    switch (app.start(options)) {
    case Application::Started::Failed:
        installWindowIcon();
        // Started from the desktop menu, stderr is nowhere: say it in a window.
        if (QGuiApplication::platformName() != QLatin1String("offscreen") &&
            QGuiApplication::platformName() != QLatin1String("minimal"))
            QMessageBox::critical(nullptr, QApplication::translate("AppMain", "Engage Tasks"),
                                  app.startError());
        return 1;
    case Application::Started::HandedOver:
        return 0; // another instance holds this data folder and has raised its window
    case Application::Started::Running:
        break;
    }
    // The icon's nine images take some 7 ms to read: they come after the list is on screen.
    if (app.window()->isVisible())
        QObject::connect(app.window(), &MainWindow::listPainted, qApp, &installWindowIcon,
                         Qt::QueuedConnection);
    else
        installWindowIcon();
    if (started)
        started(app);
    return QApplication::exec();
}

} // namespace engage
