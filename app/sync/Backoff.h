#pragma once

#include "core/Clock.h"

#include <QDateTime>

#include <functional>

namespace engage {

// How long to wait after consecutive failures: 1 s, 2 s, 4 s … capped at 5 minutes, each spread
// by jitter (×0.5 to ×1.5) so a company's desktops do not all come back in the same second after
// an outage. The clock and the random source are injected, so tests can hold both still.
class Backoff
{
public:
    static constexpr qint64 MaxMs = 5 * 60 * 1000;
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit Backoff(const Clock &clock, Random random = {});

    // Counts a failure; returns the wait before the next try.
    qint64 failed();
    // A success: the next failure waits a second again.
    void reset();
    int failures() const { return m_failures; }
    // When the next try may go (invalid before any failure).
    QDateTime retryAt() const { return m_retryAt; }

private:
    const Clock &m_clock;
    Random m_random;
    int m_failures = 0;
    QDateTime m_retryAt;
};

} // namespace engage
