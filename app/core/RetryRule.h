#pragma once

#include <QDateTime>

#include <chrono>

namespace engage {

class CallingHours;

// How far a retry goes, as the rep configures it.
struct RetrySettings {
    // After an outcome whose connect status is NOT_CONNECTED (no answer, busy, voicemail).
    std::chrono::seconds notConnectedDelay = std::chrono::hours(3);
    // After any other outcome: this many business days (Monday to Friday), same wall-clock time.
    int otherBusinessDays = 1;
    friend bool operator==(const RetrySettings &, const RetrySettings &) = default;
};

// What an outcome without a todoAction does to the task: it stays open and comes due again.
// A NOT_CONNECTED outcome retries after a delay of real time (3 h); any other on the same local
// time a business day later. Either way the result is moved into the contact's calling hours.
// Pure: now and the hours come in, an instant (UTC) goes out.
class RetryRule
{
public:
    explicit RetryRule(const RetrySettings &settings = {});

    const RetrySettings &settings() const { return m_settings; }

    // The new due date, in UTC; invalid for an invalid now. Business days and the local time
    // are read in hours.zone() (the contact's, else the rep's). A negative setting counts as 0.
    QDateTime nextDue(bool connected, const QDateTime &now, const CallingHours &hours) const;

private:
    RetrySettings m_settings;
};

} // namespace engage
