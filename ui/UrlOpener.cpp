#include "ui/UrlOpener.h"

#include <QDesktopServices>

namespace engage {

namespace {
UrlOpener::Handler &handler()
{
    static UrlOpener::Handler h;
    return h;
}
} // namespace

QUrl UrlOpener::vet(const QString &text, Kind kind)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    switch (kind) {
    case Kind::Web: {
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return {};
        return url;
    }
    case Kind::Phone: {
        // Keep what a dialler understands: digits, a leading +, and pause/extension marks.
        QString number;
        for (const QChar c : trimmed) {
            if (c.isDigit() || (c == QLatin1Char('+') && number.isEmpty()) ||
                c == QLatin1Char(',') || c == QLatin1Char(';'))
                number.append(c);
        }
        if (number.count(QLatin1Char('+')) > 1 || number.size() < 3)
            return {};
        return QUrl(QStringLiteral("tel:") + number);
    }
    case Kind::Email: {
        const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == trimmed.size() - 1 || trimmed.contains(QLatin1Char(' ')) ||
            trimmed.contains(QLatin1Char('?')) || trimmed.contains(QLatin1Char('&')) ||
            trimmed.contains(QLatin1Char(':')))
            return {};
        return QUrl(QStringLiteral("mailto:") + trimmed);
    }
    }
    return {};
}

bool UrlOpener::open(const QString &text, Kind kind)
{
    const QUrl url = vet(text, kind);
    if (!url.isValid())
        return false;
    if (handler())
        return handler()(url);
    return QDesktopServices::openUrl(url);
}

void UrlOpener::setHandler(Handler h)
{
    handler() = std::move(h);
}

} // namespace engage
