#pragma once

#include <functional>

namespace engage {

class Application;

// The whole program: the umask, the QApplication, the command line and the Application. The
// installed binary calls it with no hook; the test-only binary (tests/app) passes one that
// attaches its automation channel and start-up probe to the running Application.
int runMain(int argc, char *argv[], const std::function<void(Application &)> &started = {});

} // namespace engage
