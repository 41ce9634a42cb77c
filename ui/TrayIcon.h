#pragma once

#include "core/Clock.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace engage {

class MainWindow;
class SyncEngine;

// The icon in the panel's tray: the number of calls due now (the window's Due view, only the
// contacts inside their calling hours: core's DueCalls::callableNow) in its badge and tooltip,
// a click that shows or hides the window, and a menu: Show Engage Tasks, Start Calling, Next
// call: <name>, Quit (the window's own actions, so QuitGuard still asks about unsent changes).
// The menu and the count exist without a tray too (they are tested so); the icon only shows
// where the desktop has a tray, which may come up a little after the app at login.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(MainWindow *window, SyncEngine *sync, const Clock &clock, QObject *parent = nullptr);
    ~TrayIcon() override;

    // The desktop has a tray and the icon is in it.
    bool isAvailable() const { return m_icon != nullptr; }

    QMenu *menu() const { return m_menu; }
    QAction *showAction() const { return m_show; }
    QAction *startAction() const { return m_start; }
    QAction *nextAction() const { return m_next; }
    QAction *quitAction() const { return m_quit; }

    // The calls due now, most overdue first, as of the last update().
    const QList<qint64> &dueNow() const { return m_due; }
    QString toolTipText() const;
    // Re-reads the list and the clock; the list's changes and a timer call it.
    void update();
    // A click on the icon: the window comes to the front, or hides when it is in front.
    void toggleWindow();

signals:
    // The icon appeared in a tray (at start or on a later try) or went away.
    void availabilityChanged(bool available);

private:
    void tryCreateIcon();
    void updateSoon();
    QIcon badgeIcon(int count) const;

    MainWindow *m_window;
    SyncEngine *m_sync;
    const Clock &m_clock;
    QMenu *m_menu;
    QAction *m_show;
    QAction *m_start;
    QAction *m_next;
    QAction *m_quit;
    QSystemTrayIcon *m_icon = nullptr;
    QTimer *m_retry;
    QTimer *m_tick;
    int m_tries = 0;
    QTimer m_soon;
    QList<qint64> m_due;
    int m_badge = -1; // the count the icon shows
};

} // namespace engage
