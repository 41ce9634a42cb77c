#include "ui/SharpIcon.h"

#include <QPainter>
#include <QPixmap>

namespace engage {

QIcon SharpIcon::paint(int logicalSize, const std::function<void(QPainter &)> &draw)
{
    QIcon icon;
    for (int ratio = 1; ratio <= 3; ++ratio) {
        QPixmap pixmap(logicalSize * ratio, logicalSize * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            draw(painter);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace engage
