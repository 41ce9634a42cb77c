#pragma once

#include <thread>

namespace engage {

// Qt reads the system's fonts (fontconfig's configuration and caches) the first time a widget
// measures text, on the UI thread: a fifth of start-up. QFontDatabase is thread-safe, so this
// reads them on a thread of its own while the store opens and the window is built; the first
// measurement then finds the database filled, or waits only for the rest of it.
class FontWarmup
{
public:
    FontWarmup();  // after the QGuiApplication, which brings the platform's font database
    ~FontWarmup(); // waits: the database is not filled while the application goes away
    FontWarmup(const FontWarmup &) = delete;
    FontWarmup &operator=(const FontWarmup &) = delete;

private:
    std::thread m_thread;
};

} // namespace engage
