#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace engage {

// A small client of the desktop's notification server (org.freedesktop.Notifications on the
// session bus). Every call is asynchronous: the window never waits for the server. Without a
// session bus or a server it is quietly unavailable and sends nothing.
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    struct Action {
        QString key;   // what actionInvoked() reports; "default" is a click on the body
        QString label; // the button's text
    };
    struct Message {
        QString summary;
        QString body;
        QList<Action> actions; // sent only when the server has the "actions" capability
        uint replacesId = 0;
        int timeoutMs = -1; // -1: the server's default, 0: never expires
    };
    // Called with the server's id for the notification, 0 when it was not shown.
    using Sent = std::function<void(uint id)>;

    explicit DesktopNotifications(QObject *parent = nullptr);
    DesktopNotifications(const QDBusConnection &bus, QObject *parent = nullptr);

    // A server answered GetCapabilities.
    bool isAvailable() const { return m_available; }
    // Until the server answered (or did not), notify() keeps the messages and sends them then.
    bool capabilitiesKnown() const { return m_known; }
    QStringList capabilities() const { return m_capabilities; }
    bool supportsActions() const { return m_capabilities.contains(QStringLiteral("actions")); }

    void notify(const Message &message, Sent sent = {});
    void close(uint id);

signals:
    // The server answered (or failed to): capabilities() and isAvailable() are current.
    void capabilitiesChanged();
    // The rep chose an action on one of this client's notifications.
    void actionInvoked(uint id, const QString &key);
    void closed(uint id, uint reason);

private slots:
    void onActionInvoked(uint id, const QString &key);
    void onClosed(uint id, uint reason);

private:
    void queryCapabilities();
    void send(const Message &message, const Sent &sent);

    QDBusConnection m_bus;
    bool m_known = false;
    bool m_available = false;
    bool m_querying = false;
    QStringList m_capabilities;
    QList<QPair<Message, Sent>> m_waiting; // until the capabilities are known
    QSet<uint> m_ids;                      // ours, shown and not yet closed
};

} // namespace engage
