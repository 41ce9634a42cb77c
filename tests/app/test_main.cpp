// engage-tasks-test: the installed program plus the hooks process-level tests and benchmarks
// drive it by. Built beside engage-tasks, never installed.
//   ENGAGE_AUTOMATION=1     the stdin/stdout line protocol of Automation
//   ENGAGE_STARTUP_PROBE=1  print "painted N" at the list's first paint, then quit
#include "app/AppMain.h"
#include "app/Application.h"
#include "tests/app/Automation.h"
#include "tests/app/StartupProbe.h"
#include "ui/MainWindow.h"

#include <QTreeView>

int main(int argc, char *argv[])
{
    return engage::runMain(argc, argv, [](engage::Application &app) {
        if (qEnvironmentVariableIntValue("ENGAGE_STARTUP_PROBE") == 1)
            new engage::StartupProbe(app.window()->taskView(), &app);
        if (qEnvironmentVariableIntValue("ENGAGE_AUTOMATION") == 1) {
            new engage::Automation(app.actions(), app.sync(), app.window(), &app);
            // No one to answer "Changes not yet in Gong": "quit" ends at once, as the rep's
            // "Quit now" does, and the journal keeps what is unsent for the next start.
            app.window()->setQuitAsker([](int) { return engage::MainWindow::QuitChoice::QuitNow; });
        }
    });
}
