// Which number the session dials and how: E.164 from what Gong sends (normalized, or country
// code + raw), the extension apart, verified and well-labelled numbers first, and links and
// commands into which text from the server can never carry anything but a number.
#include "core/DialNumber.h"

#include <QTest>

using engage::DialNumber;
using engage::PhoneNumber;

namespace {

constexpr int NoCc = -1;

PhoneNumber phone(const char *raw, const char *normalized = "", int countryCode = NoCc,
                  const char *extension = "", const char *label = "", int verified = -1)
{
    PhoneNumber p;
    p.raw = QString::fromUtf8(raw);
    p.normalized = QString::fromUtf8(normalized);
    if (countryCode != NoCc)
        p.countryCode = countryCode;
    p.extension = QString::fromUtf8(extension);
    p.label = QString::fromUtf8(label);
    if (verified >= 0)
        p.isVerified = verified == 1;
    return p;
}

// "label:verified:raw", verified 1, 0 or ? (not sent).
PhoneNumber described(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    Q_ASSERT(parts.size() == 3);
    PhoneNumber p;
    p.label = parts.at(0);
    if (parts.at(1) != QLatin1String("?"))
        p.isVerified = parts.at(1) == QLatin1String("1");
    p.raw = parts.at(2);
    return p;
}

QStringList displayTexts(const QList<DialNumber> &numbers)
{
    QStringList out;
    for (const DialNumber &n : numbers)
        out << n.displayText();
    return out;
}

} // namespace

class TestDialNumber : public QObject
{
    Q_OBJECT

private slots:
    void number_data();
    void number();
    void order_data();
    void order();
    void dialUri_data();
    void dialUri();
    void commandFor_data();
    void commandFor();
    void expandCommand_data();
    void expandCommand();
    void notDialable();
};

void TestDialNumber::number_data()
{
    QTest::addColumn<PhoneNumber>("phone");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("extension");

    const auto row = [](const char *name, const PhoneNumber &p, const char *number,
                        const char *extension = "") {
        QTest::newRow(name) << p << QString::fromUtf8(number) << QString::fromUtf8(extension);
    };
    const auto refused = [](const char *name, const PhoneNumber &p) {
        QTest::newRow(name) << p << QString() << QString();
    };

    // normalized, when it is E.164.
    row("normalized as gong sends it", phone("+1 (415) 555-0142", "+14155550142", 1),
        "+14155550142");
    row("normalized with separators", phone("", "+1 415-555-0100"), "+14155550100");
    row("normalized beats a raw with words", phone("415 555 0100 ask for Bob", "+14155550100", 1),
        "+14155550100");
    row("hostile normalized falls back to raw", phone("+1 415 555 0100", "+1415$(rm -rf /)"),
        "+14155550100");
    row("normalized without + falls back to raw", phone("(415) 555-0100", "14155550100", 1),
        "+14155550100");

    // Country code + raw: formatting stripped, the trunk prefix dropped.
    row("us raw and country code", phone("(415) 555-0100", "", 1), "+14155550100");
    row("us trunk 1", phone("1-415-555-0100", "", 1), "+14155550100");
    row("us raw with +", phone("+1 415.555.0100"), "+14155550100");
    row("uk trunk 0", phone("020 7946 0958", "", 44), "+442079460958");
    row("uk (0) after the code", phone("+44 (0)20 7946 0958"), "+442079460958");
    row("uk 00 prefix", phone("0044 20 7946 0958", "", 44), "+442079460958");
    row("germany", phone("030 1234567", "", 49), "+49301234567");
    row("germany with a slash", phone("089/1234-5678", "", 49), "+498912345678");
    row("italy keeps its 0", phone("06 1234 5678", "", 39), "+390612345678");
    row("russia trunk 8", phone("8 (495) 123-45-67", "", 7), "+74951234567");
    row("india", phone("098765 43210", "", 91), "+919876543210");
    row("australia", phone("(02) 9374 4000", "", 61), "+61293744000");
    row("japan", phone("03-1234-5678", "", 81), "+81312345678");
    row("new zealand (chatham)", phone("03 305 0000", "", 64), "+6433050000");
    row("011 from north america", phone("011 44 20 7946 0958", "", 1), "+442079460958");
    row("+ beats another country code", phone("+44 20 7946 0958", "", 1), "+442079460958");
    row("arabic-indic digits", phone("+٩٧١ ٤ ١٢٣ ٤٥٦٧"), "+97141234567");
    row("no-break spaces", phone("+49\u00a030\u00a01234567"), "+49301234567");
    // Without a usable country code a national number is dialled as written.
    row("no country code", phone("415.555.0100"), "4155550100");
    row("country code 1000 is none", phone("020 7946 0958", "", 1000), "02079460958");
    row("country code 0 is none", phone("020 7946 0958", "", 0), "02079460958");

    // Extensions, kept apart.
    row("extension field", phone("+1 415 555 0100", "", 1, "12"), "+14155550100", "12");
    row("extension field with words", phone("+1 415 555 0100", "", 1, "ext. 345"), "+14155550100",
        "345");
    row("extension in raw, x", phone("+1 415 555 0100 x12"), "+14155550100", "12");
    row("extension in raw, ext.", phone("+1 415 555 0100, ext. 12"), "+14155550100", "12");
    row("extension in raw, rfc 3966", phone("+1-415-555-0100;ext=12"), "+14155550100", "12");
    row("extension field beats raw's", phone("+1 415 555 0100 x12", "", 1, "34"), "+14155550100",
        "34");
    row("hostile extension dropped", phone("+1 415 555 0100", "", 1, "12; rm -rf /"),
        "+14155550100");
    row("extension $(...) dropped", phone("", "+14155550100", 1, "$(reboot)"), "+14155550100");

    // Anything but a number is not dialled.
    refused("extension of no number", phone("call me", "", 1, "12"));
    refused("a command after it", phone("+1 415 555 0100; rm -rf /", "", 1));
    refused("command substitution", phone("$(rm -rf /)", "", 1));
    refused("backticks", phone("`id`", "", 1));
    refused("vanity letters", phone("1-800-FLOWERS", "", 1));
    refused("words", phone("call reception", "", 44));
    refused("and and", phone("+14155550100 && reboot"));
    refused("a newline and an option", phone("+14155550100\n--help"));
    refused("a quote", phone("+1415\"5550100"));
    refused("a + inside", phone("1+4155550100", "", 1));
    refused("short code 911", phone("911", "", 1));
    refused("112 without a country", phone("112"));
    refused("sixteen digits", phone("+1234567890123456"));
    refused("+0", phone("+0 123 456 789"));
    refused("only separators", phone("() - .", "", 44));
    refused("a trunk 0 alone", phone("0", "", 44));
    refused("nothing at all", phone(""));
}

void TestDialNumber::number()
{
    QFETCH(PhoneNumber, phone);
    QFETCH(QString, number);
    QFETCH(QString, extension);
    const DialNumber n(phone);
    QCOMPARE(n.number(), number);
    QCOMPARE(n.extension(), extension);
    QCOMPARE(n.isDialable(), !number.isEmpty());
    QCOMPARE(n.isE164(), number.startsWith(QLatin1Char('+')));
    QCOMPARE(n.phone(), phone);
    // Only digits after the + ever come out.
    for (const QString &s : {n.number().mid(1), n.extension()})
        QVERIFY(std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }));
    if (n.isDialable())
        QCOMPARE(n.displayText(), extension.isEmpty() ? number : number + u" ext. "_qs + extension);
}

void TestDialNumber::order_data()
{
    QTest::addColumn<QStringList>("phones"); // "label:verified:raw"
    QTest::addColumn<QString>("labelOrder"); // comma-separated, or "default"
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QStringList &phones, const char *order,
                        const QStringList &expected) {
        QTest::newRow(name) << phones << QString::fromLatin1(order) << expected;
    };
    const QString a = QStringLiteral("+14155550001");
    const QString b = QStringLiteral("+14155550002");
    const QString c = QStringLiteral("+14155550003");
    const auto p = [](const char *label, const char *verified, const QString &raw) {
        return QString::fromUtf8(label) + u':' + QString::fromLatin1(verified) + u':' + raw;
    };

    row("verified work before unverified mobile", {p("mobile", "0", a), p("work", "1", b)},
        "default", {b, a});
    row("unverified: mobile, direct, work",
        {p("work", "0", c), p("direct", "0", b), p("mobile", "0", a)}, "default", {a, b, c});
    row("not sent counts as not verified", {p("mobile", "?", a), p("work", "1", b)}, "default",
        {b, a});
    row("not sent and false are equal", {p("work", "?", a), p("mobile", "0", b)}, "default",
        {b, a});
    row("unknown labels after known, unlabelled last",
        {p("", "0", a), p("home", "0", b), p("work", "0", c)}, "default", {c, b, a});
    row("labels compare case-insensitively", {p("Work", "0", a), p(" MOBILE ", "0", b)}, "default",
        {b, a});
    row("same rank keeps the contact's order",
        {p("work", "0", a), p("work", "0", b), p("work", "0", c)}, "default", {a, b, c});
    row("verified ones by label too", {p("work", "1", a), p("mobile", "1", b), p("mobile", "0", c)},
        "default", {b, a, c});
    row("configured: work first", {p("mobile", "0", a), p("work", "0", b)}, "work,mobile", {b, a});
    row("configured: none, labelled before unlabelled", {p("", "0", a), p("fax", "0", b)}, "",
        {b, a});
    row("an undialable verified number goes last",
        {p("mobile", "1", QStringLiteral("call me")), p("work", "0", b)}, "default",
        {b, QStringLiteral("call me")});
    row("none dialable", {p("mobile", "1", QStringLiteral("$(x)")), p("work", "0", u"abc"_qs)},
        "default", {QStringLiteral("$(x)"), u"abc"_qs});
    row("no numbers", {}, "default", {});
}

void TestDialNumber::order()
{
    QFETCH(QStringList, phones);
    QFETCH(QString, labelOrder);
    QFETCH(QStringList, expected);
    QList<PhoneNumber> list;
    for (const QString &text : std::as_const(phones))
        list << described(text);
    const QStringList order = labelOrder == QLatin1String("default")
                                  ? DialNumber::defaultLabelOrder()
                                  : labelOrder.split(u',', Qt::SkipEmptyParts);

    const QList<DialNumber> numbers = DialNumber::ordered(list, order);
    QCOMPARE(displayTexts(numbers), expected);
    const std::optional<DialNumber> chosen = DialNumber::choose(list, order);
    if (numbers.isEmpty() || !numbers.first().isDialable()) {
        QVERIFY(!chosen);
    } else {
        QVERIFY(chosen);
        QCOMPARE(chosen->number(), numbers.first().number());
    }
}

void TestDialNumber::dialUri_data()
{
    QTest::addColumn<PhoneNumber>("phone");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");

    using S = DialNumber::Scheme;
    const auto row = [](const char *name, const PhoneNumber &p, S scheme, const char *host,
                        const char *expected) {
        QTest::newRow(name) << p << int(scheme) << QString::fromUtf8(host)
                            << QString::fromUtf8(expected);
    };
    const PhoneNumber withExt = phone("+1 415 555 0100", "", 1, "12");
    const PhoneNumber plain = phone("", "+14155550100");
    const PhoneNumber national = phone("020 7946 0958");
    const PhoneNumber hostile = phone("+1 415 555 0100;ext=1?x=$(id)", "", 1);

    row("tel with extension (rfc 3966)", withExt, S::Tel, "", "tel:+14155550100;ext=12");
    row("tel", plain, S::Tel, "", "tel:+14155550100");
    row("tel national", national, S::Tel, "", "tel:02079460958");
    row("callto drops the extension", withExt, S::CallTo, "", "callto:+14155550100");
    row("callto", plain, S::CallTo, "", "callto:+14155550100");
    row("sip without a host", withExt, S::Sip, "", "sip:+14155550100");
    row("sip with a host", withExt, S::Sip, "pbx.example.com",
        "sip:+14155550100;ext=12@pbx.example.com;user=phone");
    row("sip with host and port", plain, S::Sip, "10.0.0.5:5060",
        "sip:+14155550100@10.0.0.5:5060;user=phone");
    row("sip national with a host", national, S::Sip, "pbx.example.com",
        "sip:02079460958@pbx.example.com");
    row("sip hostile host is no host", plain, S::Sip, "evil.example>;lr?x=1", "sip:+14155550100");
    row("sip host with a space is no host", plain, S::Sip, "pbx example", "sip:+14155550100");
    row("hostile raw: no link", hostile, S::Tel, "", "");
    row("hostile raw: no sip", hostile, S::Sip, "pbx.example.com", "");
}

void TestDialNumber::dialUri()
{
    QFETCH(PhoneNumber, phone);
    QFETCH(int, scheme);
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(DialNumber(phone).dialUri(DialNumber::Scheme(scheme), host), expected);
}

void TestDialNumber::commandFor_data()
{
    QTest::addColumn<QString>("commandTemplate");
    QTest::addColumn<bool>("withExtension");
    QTest::addColumn<QStringList>("argv");

    const auto row = [](const char *name, const char *tmpl, bool ext, const QStringList &argv) {
        QTest::newRow(name) << QString::fromUtf8(tmpl) << ext << argv;
    };
    const QString n = QStringLiteral("+14155550100");
    row("linphone", "linphonec -c \"call {number}\"", false,
        {u"linphonec"_qs, u"-c"_qs, u"call "_qs + n});
    row("number and extension", "mydialer {number} {extension}", true,
        {u"mydialer"_qs, n, u"12"_qs});
    row("no extension is an empty value", "mydialer --ext={extension} {number}", false,
        {u"mydialer"_qs, u"--ext="_qs, n});
    row("no {number}: appended", "mydialer", false, {u"mydialer"_qs, n});
    row("no {number} after options: appended", "mydialer --call", true,
        {u"mydialer"_qs, u"--call"_qs, n});
    row("twice in one argument", "dial {number}{number}", false, {u"dial"_qs, n + n});
    row("unknown placeholders stay", "dial {unknown} {number}", false,
        {u"dial"_qs, u"{unknown}"_qs, n});
    row("a shell gets one argument", "sh -c \"dial {number}\"", false,
        {u"sh"_qs, u"-c"_qs, u"dial "_qs + n});
    // QProcess::splitCommand knows double quotes only.
    row("single quotes are characters", "dial '{number}'", false,
        {u"dial"_qs, u"'"_qs + n + u"'"_qs});
    row("empty template", "", false, {});
    row("blank template", "   ", false, {});
    row("the number never is the program", "{number}", false, {});
    row("nor part of it", "/usr/bin/{extension}-dial {number}", true, {});
}

void TestDialNumber::commandFor()
{
    QFETCH(QString, commandTemplate);
    QFETCH(bool, withExtension);
    QFETCH(QStringList, argv);
    const DialNumber n(phone("+1 (415) 555-0100", "", 1, withExtension ? "12" : ""));
    QCOMPARE(n.commandFor(commandTemplate), argv);
}

void TestDialNumber::expandCommand_data()
{
    QTest::addColumn<QString>("commandTemplate");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QStringList>("argv");

    // Values that would split, quote or inject if they were substituted before splitting.
    const auto row = [](const char *name, const char *tmpl, const char *number,
                        const char *extension, const QStringList &argv) {
        QTest::newRow(name) << QString::fromUtf8(tmpl) << QString::fromUtf8(number)
                            << QString::fromUtf8(extension) << argv;
    };
    row("spaces stay in one argument", "dial {number}", "1 2", "", {u"dial"_qs, u"1 2"_qs});
    row("a quote and a command", "dial {number} --now", "\"; rm -rf / \"", "",
        {u"dial"_qs, u"\"; rm -rf / \""_qs, u"--now"_qs});
    row("inside a quoted argument", "dial \"call {number} now\"", "\" \"", "",
        {u"dial"_qs, u"call \" \" now"_qs});
    row("command substitution is text", "dial {number}", "$(rm -rf /)", "",
        {u"dial"_qs, u"$(rm -rf /)"_qs});
    row("a newline is text", "dial {number}", "1\n--help", "", {u"dial"_qs, u"1\n--help"_qs});
    row("values are not expanded again", "dial {number} {extension}", "{extension}", "12",
        {u"dial"_qs, u"{extension}"_qs, u"12"_qs});
    row("an empty value is an empty argument", "dial {number}", "", "", {u"dial"_qs, u""_qs});
    row("an unclosed brace", "dial {number", "1", "", {u"dial"_qs, u"{number"_qs});
    row("braces around", "dial {{number}}", "1", "", {u"dial"_qs, u"{1}"_qs});
    row("a placeholder in the program", "{extension}dial {number}", "1", "2", {});
}

void TestDialNumber::expandCommand()
{
    QFETCH(QString, commandTemplate);
    QFETCH(QString, number);
    QFETCH(QString, extension);
    QFETCH(QStringList, argv);
    const QHash<QString, QString> values{{u"number"_qs, number}, {u"extension"_qs, extension}};
    QCOMPARE(DialNumber::expandCommand(commandTemplate, values), argv);
}

void TestDialNumber::notDialable()
{
    const DialNumber none;
    QVERIFY(!none.isDialable());
    QVERIFY(none.dialUri(DialNumber::Scheme::Tel).isEmpty());
    QVERIFY(none.commandFor(u"dial {number}"_qs).isEmpty());
    const DialNumber hostile(phone("$(rm -rf /)", "", 1, "12", "mobile", 1));
    QVERIFY(!hostile.isDialable());
    QVERIFY(hostile.commandFor(u"dial {number}"_qs).isEmpty());
    QCOMPARE(hostile.displayText(), u"$(rm -rf /)"_qs); // shown as text, never dialled
    QCOMPARE(hostile.label(), u"mobile"_qs);
    QVERIFY(hostile.isVerified());
    QCOMPARE(DialNumber::defaultLabelOrder(),
             (QStringList{u"mobile"_qs, u"direct"_qs, u"work"_qs}));
}

QTEST_GUILESS_MAIN(TestDialNumber)
#include "tst_dialnumber.moc"
