#include "ui/DesktopIntegration.h"

#include "ui/DesktopNotifications.h"
#include "ui/DueNotifier.h"
#include "ui/MainWindow.h"
#include "ui/TrayIcon.h"

#include <QGuiApplication>
#include <QSettings>
#include <QSystemTrayIcon>

namespace engage {

DesktopIntegration::DesktopIntegration(MainWindow *window, SyncEngine *sync, TaskActions *actions,
                                       const Clock &clock, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_notifications(new DesktopNotifications(this))
    , m_notifier(new DueNotifier(sync, actions, m_notifications, clock, this))
    , m_tray(new TrayIcon(window, sync, clock, this))
{
    connect(m_notifier, &DueNotifier::callRequested, m_window, &MainWindow::dialTask);
    connect(m_notifier, &DueNotifier::showRequested, m_window, &MainWindow::showAndRaise);
    connect(m_tray, &TrayIcon::availabilityChanged, this, &DesktopIntegration::applySettings);
    applySettings();
}

DesktopIntegration::~DesktopIntegration() = default;

bool DesktopIntegration::trayAvailable() const
{
    return m_tray->isAvailable();
}

void DesktopIntegration::applySettings()
{
    const bool notify = !m_settings || m_settings->value(notifyKey(), true).toBool();
    const bool toTray = m_settings && m_settings->value(closeToTrayKey(), false).toBool();
    m_notifier->setEnabled(notify);
    m_window->setCloseToTray(toTray && trayAvailable(),
                             [] { return QSystemTrayIcon::isSystemTrayAvailable(); });
    // With a tray, a hidden window is not the end of the app: it ends when the window closes
    // for good (MainWindow::closedForGood).
    QGuiApplication::setQuitOnLastWindowClosed(!trayAvailable());
}

} // namespace engage
