#include "ui/DesktopNotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcNotify, "engage.notifications", QtWarningMsg)

namespace engage {

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString AppId = QStringLiteral("io.github.engagetasks.EngageTasks");
} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : DesktopNotifications(QDBusConnection::sessionBus(), parent)
{}

DesktopNotifications::DesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        qCDebug(lcNotify) << "no session bus: notifications are off";
        m_known = true;
        return;
    }
    // Signals from whoever owns the name; foreign ids are ignored in the slots.
    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
    // A server that starts (or restarts) later is asked again.
    auto *watcher =
        new QDBusServiceWatcher(Service, m_bus, QDBusServiceWatcher::WatchForRegistration, this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this,
            &DesktopNotifications::queryCapabilities);
    queryCapabilities();
}

void DesktopNotifications::queryCapabilities()
{
    if (m_querying)
        return;
    m_querying = true;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_querying = false;
        const QDBusPendingReply<QStringList> reply = *w;
        m_known = true;
        m_available = !reply.isError();
        m_capabilities = m_available ? reply.value() : QStringList();
        if (reply.isError())
            qCDebug(lcNotify) << "no notification server:" << reply.error().message();
        emit capabilitiesChanged();
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[message, sent] : waiting)
            send(message, sent);
    });
}

void DesktopNotifications::notify(const Message &message, Sent sent)
{
    if (!m_known) {
        m_waiting.append({message, std::move(sent)});
        return;
    }
    send(message, sent);
}

void DesktopNotifications::send(const Message &message, const Sent &sent)
{
    if (!m_available) {
        if (sent)
            sent(0);
        return;
    }
    QStringList actions;
    if (supportsActions()) {
        for (const Action &a : message.actions)
            actions << a.key << a.label;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), AppId);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(1)); // a byte: normal
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QStringLiteral("Engage Tasks") << message.replacesId << AppId << message.summary // notr: the app's name
         << message.body << actions << hints << message.timeoutMs;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, sent](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                const uint id = reply.isError() ? 0 : reply.value();
                if (reply.isError())
                    qCDebug(lcNotify) << "Notify failed:" << reply.error().message();
                if (id != 0)
                    m_ids.insert(id);
                if (sent)
                    sent(id);
            });
}

void DesktopNotifications::close(uint id)
{
    if (!m_available || !m_ids.contains(id))
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface,
                                                       QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call);
}

void DesktopNotifications::onActionInvoked(uint id, const QString &key)
{
    if (m_ids.contains(id))
        emit actionInvoked(id, key);
}

void DesktopNotifications::onClosed(uint id, uint reason)
{
    if (m_ids.remove(id))
        emit closed(id, reason);
}

} // namespace engage
