#pragma once

#include "core/Clock.h"

#include <QObject>

class QSettings;

namespace engage {

class DesktopNotifications;
class DueNotifier;
class MainWindow;
class SyncEngine;
class TaskActions;
class TrayIcon;

// The app on the desktop beyond its window: the tray icon, the due-call notifications and
// closing to the tray, as the "desktop/..." settings say. Application builds one beside the
// window; the Tray and Notifications page changes the settings and calls applySettings().
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    // The settings' keys (QSettings in the data folder).
    static QString notifyKey() { return QStringLiteral("desktop/notifyDue"); }        // default on
    static QString closeToTrayKey() { return QStringLiteral("desktop/closeToTray"); } // off
    static QString autostartKey() { return QStringLiteral("desktop/autostart"); }     // off

    DesktopIntegration(MainWindow *window, SyncEngine *sync, TaskActions *actions,
                       const Clock &clock, QSettings *settings, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    DesktopNotifications *notifications() const { return m_notifications; }
    DueNotifier *notifier() const { return m_notifier; }
    TrayIcon *tray() const { return m_tray; }
    bool trayAvailable() const;

    // Puts the saved settings into effect: notifications on or off, close to the tray (only
    // where a tray is).
    void applySettings();

private:
    MainWindow *m_window;
    QSettings *m_settings;
    DesktopNotifications *m_notifications;
    DueNotifier *m_notifier;
    TrayIcon *m_tray;
};

} // namespace engage
