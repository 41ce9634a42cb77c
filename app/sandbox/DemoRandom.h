#pragma once

#include <QString>
#include <QtGlobal>

// What the demo's data files share: their one source of "randomness" and their text literals.
namespace engage::demo {

// A fixed-seed PCG-style linear congruential generator: the only "randomness" in the demo.
class Lcg
{
public:
    explicit Lcg(quint64 seed)
        : m_state(seed)
    {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<quint32>(m_state >> 33);
    }
    quint32 below(quint32 bound) { return next() % bound; }

private:
    quint64 m_state;
};

inline QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace engage::demo
