#include "sync/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace engage {

Backoff::Backoff(const Clock &clock, Random random)
    : m_clock(clock)
    , m_random(random ? std::move(random)
                      : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{}

qint64 Backoff::failed()
{
    ++m_failures;
    const double base =
        std::min<double>(MaxMs, 1000.0 * std::pow(2.0, std::min(m_failures - 1, 30)));
    const double jitter = 0.5 + std::clamp(m_random(), 0.0, 1.0);
    const qint64 wait = std::min<qint64>(static_cast<qint64>(base * jitter), MaxMs);
    m_retryAt = m_clock.now().addMSecs(wait);
    return wait;
}

void Backoff::reset()
{
    m_failures = 0;
    m_retryAt = {};
}

} // namespace engage
