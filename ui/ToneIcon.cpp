#include "ui/ToneIcon.h"

#include "ui/Theme.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>

namespace engage {

namespace {
class ToneEngine : public QIconEngine
{
public:
    explicit ToneEngine(const QIcon &base)
        : m_base(base)
    {}

    QIconEngine *clone() const override { return new ToneEngine(m_base); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap = m_base.pixmap(size, mode, state);
        const QPalette palette = QApplication::palette();
        // On a light window the style's own dark symbols already read well.
        if (pixmap.isNull() || !Theme::isDark(palette))
            return pixmap;
        const QColor tone = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), tone);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_base.actualSize(size, mode, state);
    }

private:
    QIcon m_base;
};
} // namespace

QIcon ToneIcon::follow(const QIcon &base)
{
    return QIcon(new ToneEngine(base));
}

} // namespace engage
