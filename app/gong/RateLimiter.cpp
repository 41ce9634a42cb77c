#include "gong/RateLimiter.h"

#include <algorithm>

namespace engage {

RateLimiter::RateLimiter(int perSecond)
    : m_perSecond(std::max(1, perSecond))
{
    m_clock.start();
}

void RateLimiter::setRate(int perSecond)
{
    m_perSecond = std::max(1, perSecond);
}

void RateLimiter::forget(qint64 now) const
{
    while (!m_sent.empty() && now - m_sent.front() >= WindowMs)
        m_sent.pop_front();
}

qint64 RateLimiter::delayMs() const
{
    const qint64 now = m_clock.elapsed();
    forget(now);
    qint64 wait = std::max<qint64>(0, m_holdUntil - now);
    if (static_cast<int>(m_sent.size()) >= m_perSecond)
        wait = std::max(wait, m_sent.front() + WindowMs - now);
    return wait;
}

void RateLimiter::consume()
{
    const qint64 now = m_clock.elapsed();
    forget(now);
    m_sent.push_back(now);
}

void RateLimiter::holdFor(qint64 ms)
{
    m_holdUntil = std::max(m_holdUntil, m_clock.elapsed() + ms);
}

} // namespace engage
