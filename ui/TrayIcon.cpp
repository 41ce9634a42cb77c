#include "ui/TrayIcon.h"

#include "core/DueCalls.h"
#include "sync/SyncEngine.h"
#include "ui/ActionRegistry.h"
#include "ui/MainWindow.h"
#include "ui/TaskListModel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QTimer>

namespace engage {

namespace {
// At login the panel's tray may come up after the app: a few more looks, 5 s apart.
constexpr int RetryMs = 5000;
constexpr int Retries = 5;
} // namespace

TrayIcon::TrayIcon(MainWindow *window, SyncEngine *sync, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sync(sync)
    , m_clock(clock)
    , m_menu(new QMenu)
    , m_retry(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_show = m_menu->addAction(tr("Show Engage Tasks"));
    m_show->setObjectName(QStringLiteral("tray.show"));
    connect(m_show, &QAction::triggered, m_window, &MainWindow::showAndRaise);
    m_start = m_menu->addAction(tr("Start Calling"));
    m_start->setObjectName(QStringLiteral("tray.startSession"));
    connect(m_start, &QAction::triggered, this, [this] {
        m_window->showAndRaise();
        m_window->actionRegistry()->action(ActionRegistry::Id::StartSession)->trigger();
    });
    m_next = m_menu->addAction(QString());
    m_next->setObjectName(QStringLiteral("tray.nextCall"));
    connect(m_next, &QAction::triggered, this, [this] {
        update();
        if (!m_due.isEmpty())
            m_window->dialTask(m_due.first());
    });
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"));
    m_quit->setObjectName(QStringLiteral("tray.quit"));
    connect(m_quit, &QAction::triggered, this,
            [this] { m_window->actionRegistry()->action(ActionRegistry::Id::Quit)->trigger(); });

    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &TrayIcon::update);
    connect(m_sync, &SyncEngine::tasksReset, this, &TrayIcon::updateSoon);
    connect(m_sync, &SyncEngine::tasksRefreshed, this, &TrayIcon::updateSoon);
    connect(m_sync, &SyncEngine::taskChanged, this, &TrayIcon::updateSoon);
    // Time moves tasks into Due and contacts into and out of their calling hours.
    m_tick->setInterval(60 * 1000);
    connect(m_tick, &QTimer::timeout, this, &TrayIcon::update);
    m_tick->start();
    m_retry->setInterval(RetryMs);
    connect(m_retry, &QTimer::timeout, this, &TrayIcon::tryCreateIcon);
    update();
    tryCreateIcon();
}

TrayIcon::~TrayIcon()
{
    delete m_icon;
    delete m_menu;
}

void TrayIcon::tryCreateIcon()
{
    if (m_icon)
        return;
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        if (m_tries++ < Retries)
            m_retry->start();
        else
            m_retry->stop();
        return;
    }
    m_retry->stop();
    m_icon = new QSystemTrayIcon;
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    toggleWindow();
            });
    m_badge = -1;
    update();
    m_icon->show();
    emit availabilityChanged(true);
}

void TrayIcon::updateSoon()
{
    // The first list's count waits until that list is on screen: the calling hours of 10,000
    // tasks are some milliseconds the first paint need not wait for.
    if (m_window->isVisible() && !m_window->hasPaintedList()) {
        connect(m_window, &MainWindow::listPainted, &m_soon, qOverload<>(&QTimer::start),
                Qt::UniqueConnection);
        return;
    }
    // A refresh changes many tasks at once: a zero timer, restarted, looks once after them all.
    m_soon.start();
}

void TrayIcon::update()
{
    m_due = DueCalls::callableNow(m_sync->tasks(), m_clock.now(), m_clock.timeZone(),
                                  m_window->taskModel()->callingHoursSettings());
    const std::optional<Task> next = m_due.isEmpty() ? std::nullopt : m_sync->task(m_due.first());
    QString name;
    if (next)
        name = next->contact ? next->contact->displayName() : next->whatToDo();
    m_next->setText(next ? tr("Next Call: %1").arg(name) : tr("No Call Due Now"));
    m_next->setEnabled(next.has_value());
    if (!m_icon)
        return;
    m_icon->setToolTip(toolTipText());
    const int count = static_cast<int>(m_due.size());
    if (count != m_badge) {
        m_badge = count;
        m_icon->setIcon(badgeIcon(count));
    }
}

QString TrayIcon::toolTipText() const
{
    if (m_due.isEmpty())
        return tr("Engage Tasks: no calls due now");
    return tr("Engage Tasks: %n call(s) due now", nullptr, static_cast<int>(m_due.size()));
}

void TrayIcon::toggleWindow()
{
    // A click on the tray takes the focus from the window, so "in front" cannot be asked:
    // shown means hide, as tray apps do.
    if (m_window->isVisible() && !m_window->isMinimized())
        m_window->hide();
    else
        m_window->showAndRaise();
}

QIcon TrayIcon::badgeIcon(int count) const
{
    const QIcon base = QApplication::windowIcon();
    if (count <= 0)
        return base;
    // The count in a red disc at the corner, drawn at a size every tray scales down well.
    constexpr int Size = 64;
    QPixmap pixmap = base.pixmap(Size, Size);
    if (pixmap.isNull()) {
        pixmap = QPixmap(Size, Size);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(Size * 0.42, Size * 0.42, Size * 0.58, Size * 0.58);
    painter.setPen(Qt::NoPen);
    // The panel's colours are not the window's: a red disc with white digits reads on both.
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.drawEllipse(disc);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(count > 99 ? Size / 5 : Size / 3);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(disc, Qt::AlignCenter,
                     count > 99 ? QStringLiteral("99+") : QString::number(count));
    painter.end();
    return QIcon(pixmap);
}

} // namespace engage
