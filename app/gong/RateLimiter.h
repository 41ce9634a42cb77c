#pragma once

#include <QElapsedTimer>

#include <deque>

namespace engage {

// Gong allows 3 calls per second for the whole company. Every request we make asks here first:
// at most `perSecond` sends in any one-second window, and none while a 429's Retry-After holds.
class RateLimiter
{
public:
    // The "second" we count. The server counts from when a request arrives, we from when it
    // leaves; arrivals jitter by a few milliseconds, so a window counted to the millisecond earns
    // 429s (and a whole second of Retry-After). This margin costs ~2% of the rate and saves those.
    static constexpr qint64 WindowMs = 1025;

    explicit RateLimiter(int perSecond = 3);

    void setRate(int perSecond);
    int rate() const { return m_perSecond; }
    // How long to wait before the next send may go; 0 means now.
    qint64 delayMs() const;
    // Records a send made now.
    void consume();
    // Holds every send back for this long (Gong said Retry-After).
    void holdFor(qint64 ms);

private:
    void forget(qint64 now) const;
    QElapsedTimer m_clock;
    int m_perSecond;
    mutable std::deque<qint64> m_sent;
    qint64 m_holdUntil = 0;
};

} // namespace engage
