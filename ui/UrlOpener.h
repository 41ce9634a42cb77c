#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace engage {

// The one door through which the app opens a link from task data. Server strings are data:
// only web pages (http/https) for CRM and LinkedIn links, tel: for phone numbers and mailto: for
// emails get through; javascript:, file:, data: and the rest never do. Tests replace the opener
// to see what would have been opened.
class UrlOpener
{
public:
    enum class Kind { Web, Phone, Email };

    // The URL to open for `text` of this kind, or an invalid URL when it must not be opened.
    static QUrl vet(const QString &text, Kind kind);
    // Opens it if vet() allows it; returns whether something was opened.
    static bool open(const QString &text, Kind kind);

    using Handler = std::function<bool(const QUrl &)>;
    // Replaces QDesktopServices::openUrl (for tests); an empty handler restores it.
    static void setHandler(Handler handler);
};

} // namespace engage
