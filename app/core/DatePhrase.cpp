#include "core/DatePhrase.h"

#include "core/DatePhraseWords.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace engage {

namespace {

using Words = DatePhraseWords;

const QTime Morning(9, 0);
const QTime EndOfDay(17, 0);
constexpr int MaxShift = 9999; // "in 9999 days" is the farthest we read

struct Token {
    enum Kind { Number, Word, Symbol };
    Kind kind = Symbol;
    QString text;
    int value = -1; // a number's value; -1 when it has more than 6 digits
};

QList<Token> tokenize(const QString &folded)
{
    static const QRegularExpression pattern(QStringLiteral("(\\d+)|([a-z]+(?:['-][a-z]+)*)|(\\S)"));
    QList<Token> tokens;
    for (auto it = pattern.globalMatch(folded); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        Token token;
        token.text = match.captured(0);
        if (match.hasCaptured(1)) {
            token.kind = Token::Number;
            token.value = token.text.size() <= 6 ? token.text.toInt() : -1;
        } else {
            token.kind = match.hasCaptured(2) ? Token::Word : Token::Symbol;
        }
        tokens.append(token);
    }
    return tokens;
}

// What the phrase said; each part at most once.
struct Parts {
    std::optional<int> dayOffset; // today 0, tomorrow 1, …
    std::optional<int> weekday;
    std::optional<int> shiftDays;
    std::optional<qint64> shiftSecs;
    std::optional<QTime> time;
    std::optional<QDate> date; // with a year
    int day = 0, month = 0;    // a date without a year, when month != 0
};

class Reader
{
public:
    Reader(const QList<Token> &tokens, const QLocale &locale)
        : m_tokens(tokens)
        , m_usOrder(locale.language() == QLocale::English &&
                    locale.territory() == QLocale::UnitedStates)
    {
        for (const Token &token : tokens)
            m_words.append(token.kind == Token::Word ? token.text : QString());
    }

    bool read(Parts &parts)
    {
        while (m_at < m_tokens.size() && !m_conflict) {
            if (!(relative(parts) || dayWord(parts) || isoDate(parts) || dayMonthWord(parts) ||
                  numericDate(parts) || monthWordDay(parts) || weekdayWord(parts) || time(parts) ||
                  filler()))
                return false;
        }
        return !m_conflict;
    }

private:
    bool number(qsizetype at, int maxDigits = 2) const
    {
        return at < m_tokens.size() && m_tokens[at].kind == Token::Number &&
               m_tokens[at].value >= 0 && m_tokens[at].text.size() <= maxDigits;
    }
    bool fourDigits(qsizetype at) const { return number(at, 4) && m_tokens[at].text.size() == 4; }
    int value(qsizetype at) const { return m_tokens[at].value; }
    const QString &word(qsizetype at) const
    {
        static const QString none;
        return at < m_words.size() ? m_words[at] : none;
    }
    bool symbol(qsizetype at, char c) const
    {
        return at < m_tokens.size() && m_tokens[at].kind == Token::Symbol &&
               m_tokens[at].text == QLatin1Char(c);
    }
    template <typename T> void set(std::optional<T> &slot, T value)
    {
        m_conflict = m_conflict || slot.has_value();
        slot = value;
    }
    void setDate(Parts &parts, int year, int month, int day)
    {
        m_conflict = m_conflict || parts.date || parts.month != 0;
        if (year != 0) {
            parts.date = QDate(year, month, day);
            m_conflict = m_conflict || !parts.date->isValid();
        } else {
            parts.month = month;
            parts.day = day;
        }
    }
    int yearAt(qsizetype &at) const
    {
        if (symbol(at, ',') && fourDigits(at + 1))
            ++at;
        return fourDigits(at) ? value(at++) : 0;
    }

    // "in 3 days", "dans 2 heures", "+90m", "+2d"
    bool relative(Parts &parts)
    {
        if (!Words::isIn(word(m_at)) && !symbol(m_at, '+'))
            return false;
        if (!number(m_at + 1, 4) || !Words::unit(word(m_at + 2)))
            return false;
        const int count = value(m_at + 1);
        m_conflict = m_conflict || count < 1 || count > MaxShift;
        switch (*Words::unit(word(m_at + 2))) {
        case Words::Unit::Minute:
            set(parts.shiftSecs, qint64(count) * 60);
            break;
        case Words::Unit::Hour:
            set(parts.shiftSecs, qint64(count) * 3600);
            break;
        case Words::Unit::Day:
            set(parts.shiftDays, count);
            break;
        case Words::Unit::Week:
            set(parts.shiftDays, count * 7);
            break;
        }
        m_at += 3;
        return true;
    }

    bool dayWord(Parts &parts)
    {
        qsizetype length = 0;
        const std::optional<int> days = Words::dayOffset(m_words, m_at, &length);
        if (!days)
            return false;
        set(parts.dayOffset, *days);
        m_at += length;
        return true;
    }

    // 2026-12-05
    bool isoDate(Parts &parts)
    {
        if (!fourDigits(m_at) || !symbol(m_at + 1, '-') || !number(m_at + 2) ||
            !symbol(m_at + 3, '-') || !number(m_at + 4))
            return false;
        setDate(parts, value(m_at), value(m_at + 2), value(m_at + 4));
        m_at += 5;
        return true;
    }

    // "5 dec", "5. Dez", "5th dec 2026", "1er mai"
    bool dayMonthWord(Parts &parts)
    {
        if (!number(m_at))
            return false;
        qsizetype at = m_at + 1;
        if (Words::isOrdinal(word(at)) || symbol(at, '.'))
            ++at;
        const std::optional<int> month = Words::month(word(at));
        if (!month)
            return false;
        ++at;
        if (symbol(at, '.'))
            ++at;
        const int day = value(m_at);
        setDate(parts, yearAt(at), *month, day);
        m_at = at;
        return true;
    }

    // "5.12.", "5.12.2026", "12/5" (US: month/day), "5/12/2026"
    bool numericDate(Parts &parts)
    {
        const bool dotted = symbol(m_at + 1, '.');
        if (!number(m_at) || !(dotted || symbol(m_at + 1, '/')) || !number(m_at + 2))
            return false;
        qsizetype at = m_at + 3;
        int year = 0;
        if (symbol(at, dotted ? '.' : '/')) {
            ++at;
            year = yearAt(at);
        }
        const bool monthFirst = !dotted && m_usOrder;
        const int first = value(m_at), second = value(m_at + 2);
        setDate(parts, year, monthFirst ? first : second, monthFirst ? second : first);
        m_at = at;
        return true;
    }

    // "dec 5", "Dec 5th, 2026"; not "mar 10h" (Tuesday 10:00 in French)
    bool monthWordDay(Parts &parts)
    {
        const std::optional<int> month = Words::month(word(m_at));
        qsizetype at = m_at + 1;
        if (symbol(at, '.'))
            ++at;
        if (!month || !number(at))
            return false;
        const qsizetype day = at++;
        if (symbol(at, ':') || Words::isHourMark(word(at)) || Words::isAm(word(at)) ||
            Words::isPm(word(at)))
            return false;
        if (Words::isOrdinal(word(at)))
            ++at;
        setDate(parts, yearAt(at), *month, value(day));
        m_at = at;
        return true;
    }

    bool weekdayWord(Parts &parts)
    {
        const std::optional<int> day = Words::weekday(word(m_at));
        if (!day)
            return false;
        set(parts.weekday, *day);
        ++m_at;
        return true;
    }

    // "15:30", "3pm", "3:30 pm", "16h", "15h30", "16 Uhr", "9", "noon", "eod"
    bool time(Parts &parts)
    {
        if (Words::isNoon(word(m_at)) || Words::isEndOfDay(word(m_at))) {
            set(parts.time, Words::isNoon(word(m_at)) ? QTime(12, 0) : EndOfDay);
            ++m_at;
            return true;
        }
        if (!number(m_at))
            return false;
        int hour = value(m_at), minute = 0;
        qsizetype at = m_at + 1;
        bool marked = false;
        if (symbol(at, ':')) {
            if (!number(at + 1) || m_tokens[at + 1].text.size() != 2)
                return false;
            minute = value(at + 1);
            at += 2;
        }
        if (Words::isHourMark(word(at))) {
            marked = true;
            ++at;
            if (minute == 0 && number(at) && m_tokens[at].text.size() == 2)
                minute = value(at++);
        }
        if (!marked && (Words::isAm(word(at)) || Words::isPm(word(at)))) {
            m_conflict = m_conflict || hour < 1 || hour > 12;
            hour = hour % 12 + (Words::isPm(word(at)) ? 12 : 0);
            ++at;
        }
        m_conflict = m_conflict || hour > 23 || minute > 59;
        set(parts.time, QTime(hour, minute));
        m_at = at;
        return true;
    }

    bool filler()
    {
        if (!Words::isFiller(word(m_at)) && !symbol(m_at, '.') && !symbol(m_at, ','))
            return false;
        ++m_at;
        return true;
    }

    const QList<Token> m_tokens; // a copy: parse() hands over a temporary
    QStringList m_words; // each token's word, empty for numbers and symbols
    bool m_usOrder = false;
    qsizetype m_at = 0;
    bool m_conflict = false;
};

// The instant of a wall-clock time: invalid when a DST change skips it, the first of two when
// it repeats.
QDateTime wallClock(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime at(date, time, zone);
    const QDateTime local = at.toTimeZone(zone);
    if (!at.isValid() || local.date() != date || local.time() != time)
        return {};
    for (const int back : {3600, 1800}) {
        const QDateTime earlier = at.addSecs(-back).toTimeZone(zone);
        if (earlier.date() == date && earlier.time() == time)
            return earlier.toUTC();
    }
    return at.toUTC();
}

std::optional<QDate> nextDate(const QDate &today, int month, int day)
{
    for (int year = today.year(); year <= today.year() + 8; ++year) {
        const QDate date(year, month, day);
        if (date.isValid() && date >= today)
            return date;
    }
    return std::nullopt;
}

DatePhrase::Result unreadable(const QString &text)
{
    DatePhrase::Result result;
    result.error =
        QCoreApplication::translate("DatePhrase", "Can't read “%1” as a date").arg(text.trimmed());
    return result;
}

} // namespace

DatePhrase::Result DatePhrase::parse(const QString &text, const QDateTime &now,
                                     const QTimeZone &givenZone, const QLocale &locale)
{
    if (text.trimmed().isEmpty()) {
        Result empty;
        empty.error = QCoreApplication::translate("DatePhrase", "Type a day, a time or both");
        return empty;
    }
    Parts parts;
    Reader reader(tokenize(Words::fold(text)), locale);
    if (!now.isValid() || !reader.read(parts))
        return unreadable(text);

    Result result;
    if (parts.shiftSecs) { // from now: nothing else may be said
        if (parts.dayOffset || parts.weekday || parts.shiftDays || parts.time || parts.date ||
            parts.month)
            return unreadable(text);
        qint64 ms = now.toMSecsSinceEpoch();
        ms -= ((ms % 60000) + 60000) % 60000;
        result.ok = true;
        result.at = QDateTime::fromMSecsSinceEpoch(ms + *parts.shiftSecs * 1000, Qt::UTC);
        return result;
    }

    const QTimeZone zone = givenZone.isValid() ? givenZone : QTimeZone::utc();
    const QDateTime local = now.toTimeZone(zone);
    const QDate today = local.date();
    if (parts.month != 0) {
        parts.date = nextDate(today, parts.month, parts.day);
        if (!parts.date)
            return unreadable(text);
    }
    const int days = int(parts.dayOffset.has_value()) + int(parts.shiftDays.has_value()) +
                     int(parts.date.has_value());
    if (days > 1 || (parts.weekday && (parts.dayOffset || parts.shiftDays)) ||
        (parts.weekday && parts.date && parts.date->dayOfWeek() != *parts.weekday))
        return unreadable(text);

    QDate date;
    QTime time = parts.time.value_or(Morning);
    if (parts.date) {
        date = *parts.date;
    } else if (parts.dayOffset) {
        date = today.addDays(*parts.dayOffset);
    } else if (parts.shiftDays) {
        date = today.addDays(*parts.shiftDays);
        if (!parts.time)
            time = QTime(local.time().hour(), local.time().minute());
    } else if (parts.weekday) {
        const int ahead = (*parts.weekday - today.dayOfWeek() + 7) % 7;
        date = today.addDays(ahead == 0 ? 7 : ahead);
    } else if (parts.time) {
        date = today;
        const QDateTime todayAt = wallClock(today, time, zone);
        if (todayAt.isValid() && todayAt <= now) {
            date = today.addDays(1);
            result.rolledToTomorrow = true;
        }
    } else {
        return unreadable(text); // only filler words
    }

    result.at = wallClock(date, time, zone);
    if (!result.at.isValid()) {
        result.skipped = true;
        result.rolledToTomorrow = false;
        result.error = QCoreApplication::translate(
            "DatePhrase", "That time is skipped by a daylight-saving change");
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace engage
