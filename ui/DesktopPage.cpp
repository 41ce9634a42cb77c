#include "ui/DesktopPage.h"

#include "core/Autostart.h"
#include "ui/DesktopIntegration.h"

#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace engage {

DesktopPage::DesktopPage(DesktopIntegration *desktop, QSettings *settings, QWidget *parent)
    : PreferencesPage(parent)
    , m_desktop(desktop)
    , m_settings(settings)
    , m_notify(new QCheckBox(tr("&Notify me when a timed call is due")))
    , m_closeToTray(new QCheckBox(tr("&Keep running in the tray when the window is closed")))
    , m_autostart(new QCheckBox(tr("&Start Engage Tasks at login (in the tray)")))
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("preferences.desktop"));
    m_notify->setObjectName(QStringLiteral("desktop.notifyDue"));
    m_closeToTray->setObjectName(QStringLiteral("desktop.closeToTray"));
    m_autostart->setObjectName(QStringLiteral("desktop.autostart"));
    m_note->setObjectName(QStringLiteral("desktop.note"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_notify->setChecked(m_settings->value(DesktopIntegration::notifyKey(), true).toBool());
    m_closeToTray->setChecked(
        m_settings->value(DesktopIntegration::closeToTrayKey(), false).toBool());
    // The file is the truth: an entry removed by hand shows as off.
    m_autostart->setChecked(Autostart::isEnabled());
    if (!m_desktop->trayAvailable()) {
        m_closeToTray->setEnabled(false);
        m_note->setText(tr("This desktop shows no tray icons, so the window cannot be kept in "
                           "the tray; started at login, Engage Tasks starts minimized."));
    }
    m_note->setVisible(!m_note->text().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notify);
    layout->addWidget(m_closeToTray);
    layout->addWidget(m_autostart);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

QString DesktopPage::noteText() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

void DesktopPage::apply()
{
    m_settings->setValue(DesktopIntegration::notifyKey(), m_notify->isChecked());
    if (m_closeToTray->isEnabled())
        m_settings->setValue(DesktopIntegration::closeToTrayKey(), m_closeToTray->isChecked());
    QString error;
    // Only a change of the box touches the entry: one the desktop's own tool edited stays so.
    if (m_autostart->isChecked() == Autostart::isEnabled()) {
        m_settings->setValue(DesktopIntegration::autostartKey(), m_autostart->isChecked());
    } else if (Autostart::setEnabled(m_autostart->isChecked(), &error)) {
        m_settings->setValue(DesktopIntegration::autostartKey(), m_autostart->isChecked());
    } else {
        m_autostart->setChecked(Autostart::isEnabled());
        m_note->setText(tr("Start at login could not be changed: %1").arg(error));
        m_note->setVisible(true);
    }
    m_desktop->applySettings();
}

} // namespace engage
