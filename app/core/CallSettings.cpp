#include "core/CallSettings.h"

#include <QSettings>

namespace engage {

namespace {

QString key(const char *name)
{
    return QStringLiteral("calling/") + QLatin1String(name);
}

const QList<std::pair<DialSettings::Method, QString>> &methodNames()
{
    static const QList<std::pair<DialSettings::Method, QString>> names{
        {DialSettings::Method::Tel, QStringLiteral("tel")},
        {DialSettings::Method::CallTo, QStringLiteral("callto")},
        {DialSettings::Method::Sip, QStringLiteral("sip")},
        {DialSettings::Method::Command, QStringLiteral("command")},
    };
    return names;
}

QTime timeOr(const QSettings &settings, const char *name, QTime fallback)
{
    const QTime t =
        QTime::fromString(settings.value(key(name)).toString(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}

} // namespace

CallSettings CallSettings::read(const QSettings &settings)
{
    CallSettings s;
    s.hours.opens = timeOr(settings, "opens", s.hours.opens);
    s.hours.closes = timeOr(settings, "closes", s.hours.closes);
    if (settings.contains(key("days"))) {
        QList<int> days;
        for (const QString &d : settings.value(key("days")).toString().split(QLatin1Char(','))) {
            bool ok = false;
            const int day = d.trimmed().toInt(&ok);
            if (ok && day >= 1 && day <= 7 && !days.contains(day))
                days.append(day);
        }
        std::sort(days.begin(), days.end());
        if (!days.isEmpty())
            s.hours.days = days;
    }
    if (settings.value(key("withoutZone")).toString() == QLatin1String("repZone"))
        s.hours.withoutZone = CallingHoursSettings::WithoutZone::UseRepZone;
    if (!s.hours.isValid())
        s.hours = {};

    bool ok = false;
    const int minutes = settings.value(key("retryNotConnectedMinutes")).toInt(&ok);
    if (ok && minutes >= 0)
        s.retry.notConnectedDelay = std::chrono::minutes(minutes);
    const int days = settings.value(key("retryBusinessDays")).toInt(&ok);
    if (ok && days >= 0)
        s.retry.otherBusinessDays = days;

    const QString method = settings.value(key("dialMethod")).toString();
    for (const auto &[m, name] : methodNames())
        if (name == method)
            s.dial.method = m;
    s.dial.sipHost = settings.value(key("sipHost")).toString().trimmed();
    s.dial.commandTemplate = settings.value(key("dialCommand")).toString().trimmed();
    if (s.dial.method == DialSettings::Method::Command && s.dial.commandTemplate.isEmpty())
        s.dial.method = DialSettings::Method::Tel;
    const QString labels = settings.value(key("labelOrder")).toString();
    if (!labels.trimmed().isEmpty()) {
        s.dial.labelOrder.clear();
        for (const QString &label : labels.split(QLatin1Char(',')))
            if (!label.trimmed().isEmpty())
                s.dial.labelOrder.append(label.trimmed());
    }
    const int expiry = settings.value(key("flowExpiryDays")).toInt(&ok);
    if (ok && expiry >= 1 && expiry <= 365)
        s.flowExpiryDays = expiry;
    const QString forAll = settings.value(key("outcomeForAllTasks")).toString();
    if (forAll == QLatin1String("yes"))
        s.outcomeForAll = OutcomeForAll::Yes;
    else if (forAll == QLatin1String("no"))
        s.outcomeForAll = OutcomeForAll::No;
    return s;
}

void CallSettings::write(QSettings &settings) const
{
    settings.setValue(key("opens"), hours.opens.toString(QStringLiteral("HH:mm")));
    settings.setValue(key("closes"), hours.closes.toString(QStringLiteral("HH:mm")));
    QStringList days;
    for (int d : hours.days)
        days.append(QString::number(d));
    settings.setValue(key("days"), days.join(QLatin1Char(',')));
    settings.setValue(key("withoutZone"),
                      hours.withoutZone == CallingHoursSettings::WithoutZone::AlwaysOpen
                          ? QStringLiteral("always")
                          : QStringLiteral("repZone"));
    settings.setValue(
        key("retryNotConnectedMinutes"),
        qint64(std::chrono::duration_cast<std::chrono::minutes>(retry.notConnectedDelay).count()));
    settings.setValue(key("retryBusinessDays"), retry.otherBusinessDays);
    for (const auto &[m, name] : methodNames())
        if (m == dial.method)
            settings.setValue(key("dialMethod"), name);
    settings.setValue(key("sipHost"), dial.sipHost);
    settings.setValue(key("dialCommand"), dial.commandTemplate);
    settings.setValue(key("labelOrder"), dial.labelOrder.join(QLatin1Char(',')));
    settings.setValue(key("flowExpiryDays"), flowExpiryDays);
    settings.setValue(key("outcomeForAllTasks"),
                      outcomeForAll == OutcomeForAll::Yes  ? QStringLiteral("yes")
                      : outcomeForAll == OutcomeForAll::No ? QStringLiteral("no")
                                                           : QStringLiteral("ask"));
}

} // namespace engage
