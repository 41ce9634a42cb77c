#include "ui/Dialer.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QProcess>
#include <QUrl>

namespace engage {

namespace {

// xdg-mime names the desktop file that opens a scheme, or nothing when none does.
bool askXdgMime(const QString &scheme)
{
    QProcess query;
    query.start(QStringLiteral("xdg-mime"), {QStringLiteral("query"), QStringLiteral("default"),
                                             QStringLiteral("x-scheme-handler/") + scheme});
    if (!query.waitForFinished(2000) || query.exitCode() != 0)
        return false;
    return !query.readAllStandardOutput().trimmed().isEmpty();
}

DialNumber::Scheme schemeOf(DialSettings::Method method)
{
    switch (method) {
    case DialSettings::Method::CallTo:
        return DialNumber::Scheme::CallTo;
    case DialSettings::Method::Sip:
        return DialNumber::Scheme::Sip;
    default:
        return DialNumber::Scheme::Tel;
    }
}

} // namespace

Dialer::Dialer(QObject *parent)
    : QObject(parent)
    , m_probe(askXdgMime)
{}

void Dialer::setHandlerProbe(HandlerProbe probe)
{
    m_probe = probe ? std::move(probe) : HandlerProbe(askXdgMime);
    m_known.clear();
}

bool Dialer::hasHandler(const QString &scheme)
{
    const auto known = m_known.constFind(scheme);
    if (known != m_known.cend())
        return *known;
    const bool has = m_probe(scheme);
    m_known.insert(scheme, has);
    return has;
}

Dialer::Result Dialer::dial(const DialNumber &number)
{
    if (!number.isDialable())
        return {false, false, tr("There is no number to dial.")};

    if (m_settings.method == DialSettings::Method::Command) {
        const QStringList argv = number.commandFor(m_settings.commandTemplate);
        if (argv.isEmpty())
            return copyInstead(number, tr("The dial command in Calling Settings is not usable"));
        if (!QProcess::startDetached(argv.first(), argv.mid(1)))
            return copyInstead(number, tr("“%1” did not start").arg(argv.first()));
        emit dialled(number.number(), argv.first());
        return {true, false, tr("Dialling %1 with %2").arg(number.displayText(), argv.first())};
    }

    const QUrl url(number.dialUri(schemeOf(m_settings.method), m_settings.sipHost));
    const QString scheme = url.scheme();
    if (!hasHandler(scheme))
        return copyInstead(number, tr("Nothing on this desktop opens %1: links").arg(scheme));
    if (!QDesktopServices::openUrl(url))
        return copyInstead(number, tr("The %1: handler did not start").arg(scheme));
    emit dialled(number.number(), scheme);
    return {true, false, tr("Dialling %1 through your %2: app").arg(number.displayText(), scheme)};
}

Dialer::Result Dialer::copyInstead(const DialNumber &number, const QString &why)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(number.number());
    //: %1 is why nothing dialled, %2 the number
    return {
        false, true,
        tr("%1, so %2 is on the clipboard: paste it into your phone.").arg(why, number.number())};
}

} // namespace engage
