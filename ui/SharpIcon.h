#pragma once

#include <QIcon>

#include <functional>

class QPainter;

namespace engage {

// An icon drawn by code, sharp at any screen scale: painted once for each device pixel ratio
// up to 3, in logical coordinates, so at 200 % Qt picks the 24-pixel drawing instead of
// stretching the 12-pixel one.
class SharpIcon
{
public:
    static QIcon paint(int logicalSize, const std::function<void(QPainter &)> &draw);
};

} // namespace engage
