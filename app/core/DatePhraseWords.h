#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace engage {

// The words DatePhrase reads, in English, German and French at once, whatever the UI language.
// Every lookup takes a folded word (fold(): lower case, accents off, "ß" as "ss", "’" as "'"),
// so "Übermorgen", "uebermorgen" and "ubermorgen" all meet the same entry.
struct DatePhraseWords {
    enum class Unit { Minute, Hour, Day, Week };

    // Lower case, accents dropped (NFD without its marks), "ß" -> "ss", typographic apostrophes
    // as "'".
    static QString fold(const QString &text);

    // Monday 1 ... Sunday 7: "mon", "dienstag", "ven".
    static std::optional<int> weekday(const QString &word);
    // January 1 ... December 12: "dec", "dez", "dec" (déc), "maerz", "aout".
    static std::optional<int> month(const QString &word);
    // "today" 0, "tomorrow" 1, "day after tomorrow" 2, starting at words[at]; `length` is how
    // many words the phrase took.
    static std::optional<int> dayOffset(const QStringList &words, qsizetype at, qsizetype *length);
    // "min", "stunden", "jours", "w".
    static std::optional<Unit> unit(const QString &word);

    static bool isIn(const QString &word);       // in, dans
    static bool isFiller(const QString &word);   // at, on, um, à, next, nächsten, prochain, …
    static bool isHourMark(const QString &word); // h, uhr, heure(s), o'clock
    static bool isAm(const QString &word);
    static bool isPm(const QString &word);
    static bool isOrdinal(const QString &word);  // 1st, 2nd, 3rd, 5th, 1er
    static bool isNoon(const QString &word);     // noon, mittag, midi
    static bool isEndOfDay(const QString &word); // eod (17:00)
};

} // namespace engage
