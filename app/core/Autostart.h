#pragma once

#include <QByteArray>
#include <QString>

namespace engage {

// Start at login (the XDG autostart specification): an entry in
// $XDG_CONFIG_HOME/autostart (~/.config/autostart without it) that starts the program in the
// tray. The file is the truth; the "desktop/autostart" setting only mirrors it.
class Autostart
{
public:
    static QString desktopId() { return QStringLiteral("io.github.engagetasks.EngageTasks"); }
    // Where the entry goes, for the current environment.
    static QString filePath();
    // The entry's text; `program` is what Exec and TryExec name.
    static QByteArray entry(const QString &program = QStringLiteral("engage-tasks"));

    static bool isEnabled();
    // Writes or removes the entry. False with the reason in *error when the disk said no.
    static bool setEnabled(bool on, QString *error = nullptr);
};

} // namespace engage
