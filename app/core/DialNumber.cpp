#include "core/DialNumber.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>
#include <utility>

namespace engage {

namespace {

constexpr int MinE164Digits = 7; // +683 4002 (Niue) is the shortest there is
constexpr int MaxE164Digits = 15;
constexpr int MinNationalDigits = 6; // keeps 112, 911 and other short codes out
constexpr int MaxExtensionDigits = 15;

// A decimal digit of any script as its ASCII digit, or a null QChar.
QChar asciiDigit(QChar c)
{
    if (c.category() != QChar::Number_DecimalDigit)
        return {};
    return QChar(u'0' + c.digitValue());
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/';
}

// A number's digits and whether it was written with a leading +; nothing when it holds anything
// but digits and separators.
struct Digits {
    bool plus = false;
    QString digits;
};

std::optional<Digits> digitsOf(QString text)
{
    text = text.trimmed();
    Digits out;
    if (text.startsWith(u'+')) {
        out.plus = true;
        text.remove(0, 1);
        // "+44 (0)20 7946 0958": the trunk 0 written beside the country code.
        text.replace(QRegularExpression(QStringLiteral("\\(\\s*0\\s*\\)")), QStringLiteral(" "));
    }
    for (QChar c : std::as_const(text)) {
        if (const QChar d = asciiDigit(c); !d.isNull())
            out.digits += d;
        else if (!isSeparator(c))
            return std::nullopt;
    }
    return out;
}

QString e164(const QString &digits)
{
    if (digits.size() < MinE164Digits || digits.size() > MaxE164Digits || digits.startsWith(u'0'))
        return {};
    return QLatin1Char('+') + digits;
}

// `normalized` as Gong sends it, when it is E.164 (separators tolerated).
QString fromNormalized(const QString &normalized)
{
    const std::optional<Digits> d = digitsOf(normalized);
    return d && d->plus ? e164(d->digits) : QString();
}

QString fromRaw(const QString &main, std::optional<int> countryCode)
{
    const std::optional<Digits> d = digitsOf(main);
    if (!d || d->digits.isEmpty())
        return {};
    QString digits = d->digits;
    if (d->plus)
        return e164(digits);
    const int cc = countryCode.value_or(0);
    const bool haveCc = cc >= 1 && cc <= 999;
    // International prefixes: 00 (most of the world), 011 from North America.
    if (digits.startsWith(QLatin1String("00")))
        return e164(digits.mid(2));
    if (cc == 1 && digits.startsWith(QLatin1String("011")))
        return e164(digits.mid(3));
    if (!haveCc) {
        if (digits.size() < MinNationalDigits || digits.size() > MaxE164Digits)
            return {};
        return digits; // dialled as it is, in the rep's own country
    }
    // The national trunk prefix is not part of the international number.
    if (cc == 1 && digits.size() == 11 && digits.startsWith(u'1'))
        digits.remove(0, 1);
    else if (cc == 7 && digits.size() == 11 && digits.startsWith(u'8'))
        digits.remove(0, 1);
    else if (digits.startsWith(u'0') && cc != 39 && cc != 378 && cc != 379) // Italy keeps it
        digits.remove(0, 1);
    if (digits.isEmpty())
        return {};
    return e164(QString::number(cc) + digits);
}

// "12", "ext. 12", "x 12", ";ext=12", "Extension: 12" as digits; empty for anything else.
QString extensionOf(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:;\\s*ext\\s*=|(?:extension|ext\\.?|x)\\s*[:=#]?)?\\s*([0-9][0-9 -]*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    QString digits = m.captured(1);
    digits.remove(u' ');
    digits.remove(u'-');
    return digits.size() <= MaxExtensionDigits ? digits : QString();
}

// A raw number with its extension written after it: "+1 415 555 0100 x12", "…;ext=12".
std::pair<QString, QString> splitExtension(const QString &raw)
{
    static const QRegularExpression tail(
        QStringLiteral(
            "^(.*?)[\\s,]*((?:;\\s*ext\\s*=|(?:extension|ext\\.?|x)\\s*[:=#]?)\\s*[0-9]+)"
            "\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = tail.match(raw);
    if (!m.hasMatch())
        return {raw, QString()};
    return {m.captured(1), extensionOf(m.captured(2))};
}

bool isSipHost(const QString &host)
{
    static const QRegularExpression form(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]{1,5})?$"));
    return host.size() <= 253 && form.match(host).hasMatch();
}

QString placeholder(const QString &name)
{
    return QLatin1Char('{') + name + QLatin1Char('}');
}

QString substitute(const QString &argument, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype i = 0;
    while (i < argument.size()) {
        if (argument.at(i) == u'{') {
            const qsizetype close = argument.indexOf(u'}', i + 1);
            if (close > i) {
                const QString name = argument.mid(i + 1, close - i - 1);
                if (const auto it = values.constFind(name); it != values.cend()) {
                    out += *it;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += argument.at(i);
        ++i;
    }
    return out;
}

} // namespace

DialNumber::DialNumber(const PhoneNumber &phone)
    : m_phone(phone)
{
    const auto [main, rawExtension] = splitExtension(phone.raw);
    m_number = fromNormalized(phone.normalized);
    if (m_number.isEmpty())
        m_number = fromRaw(main, phone.countryCode);
    m_extension = phone.extension.trimmed().isEmpty() ? rawExtension : extensionOf(phone.extension);
    if (m_number.isEmpty())
        m_extension.clear();
}

QStringList DialNumber::defaultLabelOrder()
{
    return {QStringLiteral("mobile"), QStringLiteral("direct"), QStringLiteral("work")};
}

QList<DialNumber> DialNumber::ordered(const QList<PhoneNumber> &phones,
                                      const QStringList &labelOrder)
{
    QStringList order;
    for (const QString &label : labelOrder)
        order << label.trimmed().toCaseFolded();
    const auto labelRank = [&order](const QString &label) {
        const QString folded = label.trimmed().toCaseFolded();
        if (folded.isEmpty())
            return order.size() + 1;
        const qsizetype at = order.indexOf(folded);
        return at < 0 ? order.size() : at;
    };
    QList<DialNumber> numbers;
    for (const PhoneNumber &phone : phones)
        numbers << DialNumber(phone);
    std::stable_sort(
        numbers.begin(), numbers.end(), [&labelRank](const DialNumber &a, const DialNumber &b) {
            const auto key = [&labelRank](const DialNumber &n) {
                return std::tuple(!n.isDialable(), !n.isVerified(), labelRank(n.label()));
            };
            return key(a) < key(b);
        });
    return numbers;
}

std::optional<DialNumber> DialNumber::choose(const QList<PhoneNumber> &phones,
                                             const QStringList &labelOrder)
{
    const QList<DialNumber> numbers = ordered(phones, labelOrder);
    if (numbers.isEmpty() || !numbers.first().isDialable())
        return std::nullopt;
    return numbers.first();
}

QString DialNumber::displayText() const
{
    if (!isDialable())
        return m_phone.raw.trimmed().isEmpty() ? m_phone.normalized.trimmed()
                                               : m_phone.raw.trimmed();
    if (m_extension.isEmpty())
        return m_number;
    return m_number + QLatin1Char(' ') +
           QCoreApplication::translate("DialNumber", "ext. %1").arg(m_extension);
}

QString DialNumber::dialUri(Scheme scheme, const QString &sipHost) const
{
    if (!isDialable())
        return {};
    const QString ext = m_extension.isEmpty() ? QString() : QStringLiteral(";ext=") + m_extension;
    switch (scheme) {
    case Scheme::Tel:
        return QStringLiteral("tel:") + m_number + ext;
    case Scheme::CallTo:
        return QStringLiteral("callto:") + m_number;
    case Scheme::Sip: {
        const QString host = sipHost.trimmed();
        if (!isSipHost(host))
            return QStringLiteral("sip:") + m_number;
        if (!isE164())
            return QStringLiteral("sip:") + m_number + QLatin1Char('@') + host;
        return QStringLiteral("sip:") + m_number + ext + QLatin1Char('@') + host +
               QStringLiteral(";user=phone");
    }
    }
    return {};
}

QStringList DialNumber::commandFor(const QString &commandTemplate) const
{
    if (!isDialable())
        return {};
    const QHash<QString, QString> values{{QStringLiteral("number"), m_number},
                                         {QStringLiteral("extension"), m_extension}};
    QStringList argv = expandCommand(commandTemplate, values);
    if (argv.isEmpty())
        return {};
    const QStringList written = QProcess::splitCommand(commandTemplate);
    const bool namesNumber =
        std::any_of(written.cbegin() + 1, written.cend(), [](const QString &argument) {
            return argument.contains(placeholder(QStringLiteral("number")));
        });
    if (!namesNumber)
        argv << m_number;
    return argv;
}

QStringList DialNumber::expandCommand(const QString &commandTemplate,
                                      const QHash<QString, QString> &values)
{
    QStringList argv = QProcess::splitCommand(commandTemplate);
    if (argv.isEmpty())
        return {};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (argv.first().contains(placeholder(it.key())))
            return {}; // a number never chooses the program
    }
    for (qsizetype i = 1; i < argv.size(); ++i)
        argv[i] = substitute(argv.at(i), values);
    return argv;
}

} // namespace engage
