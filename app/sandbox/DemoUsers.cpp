// DemoData's directory of users (GET /v2/users): the rep among 250 colleagues, and a teammate.
#include "sandbox/DemoData.h"
#include "sandbox/DemoRandom.h"

#include <QSet>

#include <iterator>

namespace engage {

namespace {

using demo::Lcg;
using demo::utf8;

struct NameRow {
    const char *display;
    const char *slug;
};

const NameRow firstNames[] = {
    {"Aaron", "aaron"},   {"Abigail", "abigail"}, {"Adrian", "adrian"}, {"Aisha", "aisha"},
    {"Andrea", "andrea"}, {"Ben", "ben"},         {"Bianca", "bianca"}, {"Brandon", "brandon"},
    {"Carmen", "carmen"}, {"Chris", "chris"},     {"Dana", "dana"},     {"David", "david"},
    {"Elena", "elena"},   {"Emma", "emma"},       {"Farah", "farah"},   {"Gabriel", "gabriel"},
    {"Hiro", "hiro"},     {"Isabel", "isabel"},   {"Jack", "jack"},     {"Jasmine", "jasmine"},
    {"Kai", "kai"},       {"Kevin", "kevin"},     {"Laura", "laura"},   {"Leo", "leo"},
    {"Maya", "maya"},     {"Mateo", "mateo"},     {"Nina", "nina"},     {"Omar", "omar"},
    {"Paige", "paige"},   {"Quinn", "quinn"},     {"Rosa", "rosa"},     {"Sam", "sam"},
    {"Tariq", "tariq"},   {"Tessa", "tessa"},     {"Victor", "victor"}, {"Wen", "wen"},
    {"Zoë", "zoe"},       {"José", "jose"},       {"Renée", "renee"},   {"Łukasz", "lukasz"},
};

const NameRow lastNames[] = {
    {"Anderson", "anderson"},   {"Baker", "baker"},         {"Castillo", "castillo"},
    {"Dawson", "dawson"},       {"Ellis", "ellis"},         {"Fischer", "fischer"},
    {"García", "garcia"},       {"Hayes", "hayes"},         {"Ibrahim", "ibrahim"},
    {"Jensen", "jensen"},       {"Khan", "khan"},           {"Larsen", "larsen"},
    {"Mendoza", "mendoza"},     {"Novak", "novak"},         {"Ortiz", "ortiz"},
    {"Price", "price"},         {"Quintero", "quintero"},   {"Reyes", "reyes"},
    {"Schmidt", "schmidt"},     {"Tran", "tran"},           {"Underwood", "underwood"},
    {"Vasquez", "vasquez"},     {"Walsh", "walsh"},         {"Xu", "xu"},
    {"Young", "young"},         {"Zimmerman", "zimmerman"}, {"Brennan", "brennan"},
    {"Coleman", "coleman"},     {"Delgado", "delgado"},     {"Fontaine", "fontaine"},
    {"Gupta", "gupta"},         {"Holm", "holm"},           {"Ito", "ito"},
    {"Kowalczyk", "kowalczyk"}, {"Lindgren", "lindgren"},   {"Møller", "moller"},
};

const char *const userTitles[] = {
    "Account Executive",
    "Senior Account Executive",
    "Enterprise Account Executive",
    "Sales Development Representative",
    "Business Development Representative",
    "Sales Engineer",
    "Solutions Consultant",
    "Customer Success Manager",
    "Regional Sales Manager",
    "Director of Sales",
    "Sales Operations Analyst",
    "RevOps Manager",
    "Marketing Manager",
    "Support Engineer",
    "VP of Sales",
};

constexpr int UserCount = 250;
constexpr int RepIndex = 230;        // on the third page of 100
constexpr int LegacyAliasIndex = 57; // inactive, with an old-domain alias
constexpr int ShortAliasIndex = 141; // active, with a second address

QString userIdDigits(Lcg &rng)
{
    const int length = 15 + static_cast<int>(rng.below(5)); // 15..19 digits
    // The first digit stays below 9 so that 19-digit ids still fit a qint64.
    QString digits = QString::number(1 + rng.below(8));
    while (digits.size() < length)
        digits += QString::number(rng.below(10));
    return digits;
}

} // namespace

QList<SandboxUser> DemoData::users()
{
    const QString domain = QStringLiteral("@acme-demo.example");
    const QString repId = QString::number(RepUserId);
    QSet<QString> emails{repEmail()};
    QSet<QString> ids{repId};
    Lcg rng(0xACE0F5A1E5ULL);

    QList<SandboxUser> out;
    out.reserve(UserCount);
    for (int i = 0; i < UserCount; ++i) {
        if (i == RepIndex) {
            out << SandboxUser{repId,
                               repEmail(),
                               {},
                               QStringLiteral("Alex"),
                               QStringLiteral("Rivera"),
                               QStringLiteral("Account Executive"),
                               true};
            continue;
        }

        SandboxUser u;
        const NameRow *first = nullptr;
        const NameRow *last = nullptr;
        do {
            first = &firstNames[rng.below(static_cast<quint32>(std::size(firstNames)))];
            last = &lastNames[rng.below(static_cast<quint32>(std::size(lastNames)))];
            u.emailAddress = QString::fromLatin1(first->slug) + QLatin1Char('.') +
                             QString::fromLatin1(last->slug) + domain;
        } while (emails.contains(u.emailAddress));
        emails.insert(u.emailAddress);

        do {
            u.id = userIdDigits(rng);
        } while (ids.contains(u.id));
        ids.insert(u.id);

        u.firstName = utf8(first->display);
        u.lastName = utf8(last->display);
        u.title =
            QString::fromLatin1(userTitles[rng.below(static_cast<quint32>(std::size(userTitles)))]);
        u.active = i % 41 != 17;

        QString alias;
        if (i == LegacyAliasIndex) {
            u.active = false;
            alias = QString::fromLatin1(first->slug) + QLatin1Char('.') +
                    QString::fromLatin1(last->slug) + QStringLiteral("@acme-legacy.example");
        } else if (i == ShortAliasIndex) {
            alias =
                QString::fromLatin1(first->slug).left(1) + QString::fromLatin1(last->slug) + domain;
        }
        if (!alias.isEmpty() && !emails.contains(alias)) {
            emails.insert(alias);
            u.emailAliases << alias;
        }
        out << u;
    }
    out << teammate();
    return out;
}

SandboxUser DemoData::teammate()
{
    return {QString::number(TeammateUserId),
            teammateEmail(),
            {},
            QStringLiteral("Morgan"),
            QStringLiteral("Whitfield"),
            QStringLiteral("Account Executive"),
            true};
}

} // namespace engage
