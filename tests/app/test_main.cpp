// engage-tasks-test: the installed program plus the hooks process-level tests and benchmarks
// drive it by. Built beside engage-tasks, never installed.
//   ENGAGE_AUTOMATION=1     the stdin/stdout line protocol of Automation
//   ENGAGE_STARTUP_PROBE=1  print "painted N" at the list's first paint, then (after
//                           ENGAGE_STARTUP_PROBE_SETTLE_MS, 1500) the peak RSS, and quit
//   ENGAGE_STORE_PAUSE_MS=N after every statement inside a store transaction, pause up to N ms,
//                           with '~' on stderr while paused and '.' after: a kill then often
//                           lands inside a transaction, and the test can tell when it did
#include "app/AppMain.h"
#include "app/Application.h"
#include "tests/app/Automation.h"
#include "tests/app/StartupProbe.h"
#include "ui/MainWindow.h"

#include "sync/TaskStore.h"

#include <QRandomGenerator>
#include <QThread>
#include <QTreeView>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (const int pauseMs = qEnvironmentVariableIntValue("ENGAGE_STORE_PAUSE_MS"); pauseMs > 0) {
        engage::TaskStore::setStatementHook([pauseMs] {
            std::fputc('~', stderr);
            std::fflush(stderr);
            QThread::usleep(QRandomGenerator::global()->bounded(pauseMs * 1000));
            std::fputc('.', stderr);
            std::fflush(stderr);
        });
    }
    return engage::runMain(argc, argv, [](engage::Application &app) {
        if (qEnvironmentVariableIntValue("ENGAGE_STARTUP_PROBE") == 1)
            new engage::StartupProbe(app.window()->taskView(), app.network(), &app);
        if (qEnvironmentVariableIntValue("ENGAGE_AUTOMATION") == 1) {
            new engage::Automation(app.actions(), app.sync(), app.window(), &app);
            // No one to answer "Changes not yet in Gong": "quit" ends at once, as the rep's
            // "Quit now" does, and the journal keeps what is unsent for the next start.
            app.window()->setQuitAsker([](int) { return engage::MainWindow::QuitChoice::QuitNow; });
        }
    });
}
