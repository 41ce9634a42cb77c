#include "core/DatePhraseWords.h"

#include <QHash>

#include <initializer_list>
#include <utility>

namespace engage {

namespace {

using Entries = std::initializer_list<std::pair<const char *, int>>;

QHash<QString, int> table(Entries entries)
{
    QHash<QString, int> words;
    for (const auto &[word, value] : entries)
        words.insert(QString::fromLatin1(word), value);
    return words;
}

bool among(const QString &word, std::initializer_list<const char *> words)
{
    for (const char *candidate : words) {
        if (word == QLatin1String(candidate))
            return true;
    }
    return false;
}

// notr-begin: words the parser reads
const QHash<QString, int> &weekdays()
{
    static const QHash<QString, int> words =
        table(
            {
                {"monday", 1},    {"mon", 1},      {"montag", 1},  {"mo", 1},
                {"lundi", 1},     {"lun", 1},      {"tuesday", 2}, {"tue", 2},
                {"tues", 2},      {"dienstag", 2}, {"di", 2},      {"mardi", 2},
                {"mar", 2}, // March too: DatePhrase reads it as a month next to a day number
                {"wednesday", 3}, {"wed", 3},      {"weds", 3},    {"mittwoch", 3},
                {"mi", 3},        {"mercredi", 3}, {"mer", 3},     {"thursday", 4},
                {"thu", 4},       {"thur", 4},     {"thurs", 4},   {"donnerstag", 4},
                {"do", 4},        {"jeudi", 4},    {"jeu", 4},     {"friday", 5},
                {"fri", 5},       {"freitag", 5},  {"fr", 5},      {"vendredi", 5},
                {"ven", 5},       {"saturday", 6}, {"sat", 6},     {"samstag", 6},
                {"sonnabend", 6}, {"sa", 6},       {"samedi", 6},  {"sam", 6},
                {"sunday", 7},    {"sun", 7},      {"sonntag", 7}, {"so", 7},
                {"dimanche", 7},  {"dim", 7},
            });
    return words;
}

const QHash<QString, int> &months()
{
    static const QHash<QString, int> words = table({
        {"jan", 1},       {"january", 1},   {"januar", 1},    {"janvier", 1},   {"janv", 1},
        {"feb", 2},       {"february", 2},  {"februar", 2},   {"fevrier", 2},   {"fevr", 2},
        {"fev", 2},       {"mar", 3},       {"march", 3},     {"marz", 3},      {"maerz", 3},
        {"mrz", 3},       {"mars", 3},      {"apr", 4},       {"april", 4},     {"avril", 4},
        {"avr", 4},       {"may", 5},       {"mai", 5},       {"jun", 6},       {"june", 6},
        {"juni", 6},      {"juin", 6},      {"jul", 7},       {"july", 7},      {"juli", 7},
        {"juillet", 7},   {"juil", 7},      {"aug", 8},       {"august", 8},    {"aout", 8},
        {"sep", 9},       {"sept", 9},      {"september", 9}, {"septembre", 9}, {"oct", 10},
        {"october", 10},  {"okt", 10},      {"oktober", 10},  {"octobre", 10},  {"nov", 11},
        {"november", 11}, {"novembre", 11}, {"dec", 12},      {"december", 12}, {"dez", 12},
        {"dezember", 12}, {"decembre", 12},
    });
    return words;
}

const QHash<QString, int> &units()
{
    using U = DatePhraseWords::Unit;
    static const QHash<QString, int> words = table({
        {"m", int(U::Minute)},      {"min", int(U::Minute)},     {"mins", int(U::Minute)},
        {"minute", int(U::Minute)}, {"minutes", int(U::Minute)}, {"minuten", int(U::Minute)},
        {"mn", int(U::Minute)},     {"h", int(U::Hour)},         {"hr", int(U::Hour)},
        {"hrs", int(U::Hour)},      {"hour", int(U::Hour)},      {"hours", int(U::Hour)},
        {"std", int(U::Hour)},      {"stunde", int(U::Hour)},    {"stunden", int(U::Hour)},
        {"heure", int(U::Hour)},    {"heures", int(U::Hour)},    {"d", int(U::Day)},
        {"day", int(U::Day)},       {"days", int(U::Day)},       {"tag", int(U::Day)},
        {"tage", int(U::Day)},      {"tagen", int(U::Day)},      {"j", int(U::Day)},
        {"jour", int(U::Day)},      {"jours", int(U::Day)},      {"w", int(U::Week)},
        {"wk", int(U::Week)},       {"week", int(U::Week)},      {"weeks", int(U::Week)},
        {"woche", int(U::Week)},    {"wochen", int(U::Week)},    {"semaine", int(U::Week)},
        {"semaines", int(U::Week)},
    });
    return words;
}

// Each phrase as its words, with the days it is from today.
const QList<std::pair<QStringList, int>> &dayPhrases()
{
    static const QList<std::pair<QStringList, int>> phrases = [] {
        QList<std::pair<QStringList, int>> list;
        const std::initializer_list<std::pair<const char *, int>> entries = {
            {"day after tomorrow", 2},
            {"ubermorgen", 2},
            {"uebermorgen", 2},
            {"apres-demain", 2},
            {"apresdemain", 2},
            {"apres demain", 2},
            {"today", 0},
            {"tdy", 0},
            {"heute", 0},
            {"aujourd'hui", 0},
            {"aujourdhui", 0},
            {"auj", 0},
            {"tomorrow", 1},
            {"tmrw", 1},
            {"tmr", 1},
            {"morgen", 1},
            {"demain", 1},
        };
        for (const auto &[phrase, days] : entries)
            list.append({QString::fromLatin1(phrase).split(QLatin1Char(' ')), days});
        return list;
    }();
    return phrases;
}
// notr-end

std::optional<int> lookUp(const QHash<QString, int> &words, const QString &word)
{
    const auto found = words.constFind(word);
    return found == words.cend() ? std::nullopt : std::optional<int>(*found);
}

} // namespace

QString DatePhraseWords::fold(const QString &text)
{
    QString folded;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00DF)) // ß
            folded += QLatin1String("ss");
        else if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            folded += QLatin1Char('\'');
        else
            folded += c.toLower();
    }
    return folded;
}

std::optional<int> DatePhraseWords::weekday(const QString &word)
{
    return lookUp(weekdays(), word);
}

std::optional<int> DatePhraseWords::month(const QString &word)
{
    return lookUp(months(), word);
}

std::optional<int> DatePhraseWords::dayOffset(const QStringList &words, qsizetype at,
                                              qsizetype *length)
{
    for (const auto &[phrase, days] : dayPhrases()) {
        if (at + phrase.size() > words.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; same && i < phrase.size(); ++i)
            same = words.at(at + i) == phrase.at(i);
        if (same) {
            *length = phrase.size();
            return days;
        }
    }
    return std::nullopt;
}

std::optional<DatePhraseWords::Unit> DatePhraseWords::unit(const QString &word)
{
    const std::optional<int> found = lookUp(units(), word);
    return found ? std::optional<Unit>(Unit(*found)) : std::nullopt;
}

// notr-begin: words the parser reads
bool DatePhraseWords::isIn(const QString &word)
{
    return among(word, {"in", "dans"});
}

bool DatePhraseWords::isFiller(const QString &word)
{
    return among(word, {"at",       "on",       "the",      "this",      "next",      "um",
                        "am",       "den",      "der",      "diesen",    "nachste",   "nachsten",
                        "nachster", "nachstes", "naechste", "naechsten", "naechster", "a",
                        "le",       "la",       "ce",       "prochain",  "prochaine"});
}

bool DatePhraseWords::isHourMark(const QString &word)
{
    return among(word, {"h", "uhr", "heure", "heures", "o'clock"});
}

bool DatePhraseWords::isAm(const QString &word)
{
    return among(word, {"am"});
}

bool DatePhraseWords::isPm(const QString &word)
{
    return among(word, {"pm"});
}

bool DatePhraseWords::isOrdinal(const QString &word)
{
    return among(word, {"st", "nd", "rd", "th", "er"});
}

bool DatePhraseWords::isNoon(const QString &word)
{
    return among(word, {"noon", "midday", "mittag", "mittags", "midi"});
}

bool DatePhraseWords::isEndOfDay(const QString &word)
{
    return among(word, {"eod"});
}
// notr-end

} // namespace engage
