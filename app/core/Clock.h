#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace engage {

// Where "now" and the rep's time zone come from, so tests can move time and travel.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    virtual QTimeZone timeZone() const = 0;

    // The real clock and the system's zone.
    static const Clock &system();
};

// A clock that stands still until told otherwise.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now, QTimeZone zone = QTimeZone::utc())
        : m_now(std::move(now))
        , m_zone(std::move(zone))
    {}
    QDateTime now() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }
    void setNow(const QDateTime &now) { m_now = now; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace engage
