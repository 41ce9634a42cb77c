#pragma once

#include "ui/PreferencesPage.h"

class QCheckBox;
class QLabel;
class QSettings;

namespace engage {

class DesktopIntegration;

// Preferences › Tray and Notifications: due-call notifications, closing to the tray (only
// where the desktop has a tray), and starting at login in the tray (core's Autostart).
class DesktopPage : public PreferencesPage
{
    Q_OBJECT
public:
    DesktopPage(DesktopIntegration *desktop, QSettings *settings, QWidget *parent = nullptr);

    QString title() const override { return tr("Tray and Notifications"); }
    void apply() override;

    QCheckBox *notifyBox() const { return m_notify; }
    QCheckBox *closeToTrayBox() const { return m_closeToTray; }
    QCheckBox *autostartBox() const { return m_autostart; }
    // Why a box is off, or what went wrong on the last apply(); empty when nothing to say.
    QString noteText() const;

private:
    DesktopIntegration *m_desktop;
    QSettings *m_settings;
    QCheckBox *m_notify;
    QCheckBox *m_closeToTray;
    QCheckBox *m_autostart;
    QLabel *m_note;
};

} // namespace engage
