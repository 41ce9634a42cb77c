#pragma once

#include <thread>

namespace engage {

// What Qt loads on the UI thread the first time it is used, loaded on a thread of its own while
// the store opens and the window is built: the SQLite driver (a plugin, 2.5 ms), the
// image-format plugins (Qt instantiates every one before it reads the first PNG, the style's
// icons: 2.5 ms) and the system's fonts (fontconfig's configuration and caches, read the first
// time a widget measures text: ~10 ms). Each is thread-safe; the UI thread's first use then
// finds it loaded, or waits only for the rest of it.
class StartupWarmup
{
public:
    StartupWarmup();  // after the QGuiApplication, which brings the platform's font database
    ~StartupWarmup(); // waits: nothing is loaded while the application goes away
    StartupWarmup(const StartupWarmup &) = delete;
    StartupWarmup &operator=(const StartupWarmup &) = delete;

private:
    std::thread m_thread;
};

} // namespace engage
