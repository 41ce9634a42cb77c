#include "core/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace engage {

QString Autostart::filePath()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The specification ignores a relative XDG_CONFIG_HOME.
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/") + desktopId() + QStringLiteral(".desktop");
}

QByteArray Autostart::entry(const QString &program)
{
    // X-GNOME-Autostart-Delay and X-KDE-autostart-after give the panel (and its tray) time to
    // come up; X-LXQt-Need-Tray says the same to LXQt.
    const QString text =
        QStringLiteral("[Desktop Entry]\n" // notr: a desktop file
                       "Type=Application\n"
                       "Name=Engage Tasks\n"
                       "Comment=Work your Gong Engage call tasks from the keyboard\n"
                       "Exec=%1 --minimized\n"
                       "TryExec=%1\n"
                       "Icon=%2\n"
                       "Terminal=false\n"
                       "X-GNOME-Autostart-enabled=true\n"
                       "X-GNOME-Autostart-Delay=2\n"
                       "X-KDE-autostart-after=panel\n"
                       "X-LXQt-Need-Tray=true\n")
            .arg(program, desktopId());
    return text.toUtf8();
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(filePath());
}

bool Autostart::setEnabled(bool on, QString *error)
{
    const QString path = filePath();
    if (!on) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QCoreApplication::translate("Autostart", "%1 cannot be removed.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "The folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry()) < 0 || !file.commit()) {
        if (error)
            *error =
                QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace engage
