#pragma once

#include <QIcon>

namespace engage {

// A one-colour icon (the style's media symbols) drawn in the palette's text colour when it is
// painted: dark on a light window, light on a dark one, following a live theme switch. Icons
// with their own colours (a theme's, the style's green tick) are left as they are.
class ToneIcon
{
public:
    static QIcon follow(const QIcon &base);
};

} // namespace engage
