#include "core/FuzzyMatch.h"

#include "core/TaskFilter.h"

#include <QVarLengthArray>

#include <algorithm>
#include <climits>

namespace engage {

namespace {
constexpr int Impossible = INT_MIN / 4;

bool isWordStart(QStringView target, qsizetype at)
{
    return at == 0 || !target.at(at - 1).isLetterOrNumber();
}
} // namespace

FuzzyMatch::FuzzyMatch(const QString &pattern)
{
    m_pattern = fold(pattern);
    m_pattern.remove(QLatin1Char(' '));
}

QString FuzzyMatch::fold(const QString &text)
{
    return TaskFilter::fold(text);
}

std::optional<int> FuzzyMatch::score(QStringView target) const
{
    const qsizetype n = m_pattern.size();
    const qsizetype m = target.size();
    if (n == 0)
        return 0;
    if (n > m)
        return std::nullopt;
    // Most targets miss a letter: a greedy pass rejects them in one sweep.
    for (qsizetype i = 0, j = 0; i < n; ++j) {
        if (j == m)
            return std::nullopt;
        if (target.at(j) == m_pattern.at(i))
            ++i;
    }
    // best[j]: the best score of the pattern's letters so far with the last one on target[j].
    QVarLengthArray<int, 256> prev(m), best(m);
    for (qsizetype j = 0; j < m; ++j)
        prev[j] =
            target.at(j) == m_pattern.at(0) ? (isWordStart(target, j) ? WordStart : 0) : Impossible;
    for (qsizetype i = 1; i < n; ++i) {
        const QChar letter = m_pattern.at(i);
        int before = Impossible; // max of prev[k] for k < j - 1
        best[0] = Impossible;
        for (qsizetype j = 1; j < m; ++j) {
            if (j >= 2)
                before = std::max(before, prev[j - 2]);
            if (target.at(j) != letter) {
                best[j] = Impossible;
                continue;
            }
            const int here = isWordStart(target, j) ? WordStart : 0;
            const int run = prev[j - 1] > Impossible ? prev[j - 1] + Consecutive : Impossible;
            const int gap = before > Impossible ? before : Impossible;
            const int from = std::max(run, gap);
            best[j] = from > Impossible ? from + here : Impossible;
        }
        std::swap(prev, best);
    }
    const int top = *std::max_element(prev.cbegin(), prev.cend());
    if (top <= Impossible)
        return std::nullopt;
    return top;
}

std::optional<int> FuzzyMatch::match(const QString &pattern, const QString &target)
{
    return FuzzyMatch(pattern).score(fold(target));
}

bool FuzzyMatch::before(const Rank &a, const Rank &b)
{
    if (a.score != b.score)
        return a.score > b.score;
    const bool aRecent = a.recency >= 0, bRecent = b.recency >= 0;
    if (aRecent != bRecent)
        return aRecent;
    if (aRecent && a.recency != b.recency)
        return a.recency < b.recency;
    if (a.length != b.length)
        return a.length < b.length;
    return a.index < b.index;
}

} // namespace engage
