#pragma once

#include "core/CallingHours.h"
#include "core/DialNumber.h"
#include "core/FlowExpiry.h"
#include "core/RetryRule.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace engage {

// How a number reaches the phone: a link the desktop hands to its handler, or a command.
struct DialSettings {
    enum class Method { Tel, CallTo, Sip, Command };
    Method method = Method::Tel;
    QString sipHost;         // Sip: the PBX ("pbx.example.com"); empty: the softphone's own
    QString commandTemplate; // Command: `linphonec -c "call {number}"`
    QStringList labelOrder = DialNumber::defaultLabelOrder();
    friend bool operator==(const DialSettings &, const DialSettings &) = default;
};

// Everything about calling the rep can set: when contacts may be called, when an outcome that
// keeps the task open brings it back, and how to dial. Saved in the app's settings file under
// "calling/"; what is missing or unreadable there reads as the default.
struct CallSettings {
    CallingHoursSettings hours;
    RetrySettings retry;
    DialSettings dial;
    // The company's flow to-do expiry in days (calling/flowExpiryDays, 1–365).
    int flowExpiryDays = FlowExpiry::DefaultDays;
    // An outcome logged on a task whose contact has other open tasks: ask whether it applies
    // to them too, or the rep's remembered answer (calling/outcomeForAllTasks: ask, yes, no).
    enum class OutcomeForAll { Ask, Yes, No };
    OutcomeForAll outcomeForAll = OutcomeForAll::Ask;

    FlowExpiry expiry() const { return FlowExpiry(flowExpiryDays); }

    static CallSettings read(const QSettings &settings);
    void write(QSettings &settings) const;
    friend bool operator==(const CallSettings &, const CallSettings &) = default;
};

} // namespace engage
