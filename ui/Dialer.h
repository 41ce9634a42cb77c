#pragma once

#include "core/CallSettings.h"
#include "core/DialNumber.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace engage {

// Hands a number to whatever dials it on this desktop, as the rep set it up: a tel:, callto: or
// sip: link for the desktop's handler, or a command such as `linphonec -c "call {number}"`.
// Only DialNumber's digits ever reach a link or a command. Where nothing takes the number (no
// handler for the link, a command that does not start), it goes to the clipboard, and the words
// returned say so, for the call card.
class Dialer : public QObject
{
    Q_OBJECT
public:
    struct Result {
        bool handedOver = false; // a handler or the command took it
        bool copied = false;     // it is on the clipboard instead
        QString text;            // for the card: "Dialling +14155550100 through the tel: handler"
    };

    explicit Dialer(QObject *parent = nullptr);

    void setSettings(const DialSettings &settings) { m_settings = settings; }
    const DialSettings &settings() const { return m_settings; }

    Result dial(const DialNumber &number);

    // Whether the desktop has a handler for a URL scheme. The default asks xdg-mime once per
    // scheme; tests answer it themselves.
    using HandlerProbe = std::function<bool(const QString &scheme)>;
    void setHandlerProbe(HandlerProbe probe);

signals:
    // After every dial, with what happened (the number as dialled, and how).
    void dialled(const QString &number, const QString &how);

private:
    bool hasHandler(const QString &scheme);
    Result copyInstead(const DialNumber &number, const QString &why);

    DialSettings m_settings;
    HandlerProbe m_probe;
    QHash<QString, bool> m_known; // scheme -> the desktop has a handler
};

} // namespace engage
