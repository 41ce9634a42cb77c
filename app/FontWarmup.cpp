#include "app/FontWarmup.h"

#include <QFontDatabase>
#include <QStringList>

namespace engage {

FontWarmup::FontWarmup()
    : m_thread([] { QFontDatabase::families(); })
{}

FontWarmup::~FontWarmup()
{
    m_thread.join();
}

} // namespace engage
