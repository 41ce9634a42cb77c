#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace engage {

// Whether the letters the rep typed appear in a target in order, and how well they fit: a
// clean-room scorer in the manner of fts_fuzzy_match (KFuzzyMatcher). Case and accents do not
// count (TaskFilter::fold); spaces in the pattern are ignored. A letter at a word start scores
// WordStart, a letter right after the previous matched one Consecutive, any other letter 0; the
// best placement of the letters wins (dynamic programming, O(pattern × target)).
class FuzzyMatch
{
public:
    static constexpr int WordStart = 12;
    static constexpr int Consecutive = 8;

    explicit FuzzyMatch(const QString &pattern);

    bool isEmpty() const { return m_pattern.isEmpty(); }
    // The pattern as matched: folded, without spaces.
    const QString &pattern() const { return m_pattern; }
    // `foldedTarget` must be folded already (fold()); nullopt when a letter is missing.
    std::optional<int> score(QStringView foldedTarget) const;

    // Folds both; for tests and one-off use.
    static std::optional<int> match(const QString &pattern, const QString &target);
    // Lower case, accents removed: TaskFilter::fold, the list's search.
    static QString fold(const QString &text);

    // One candidate's standing in a ranking.
    struct Rank {
        int score = 0;
        int recency = -1; // place in the recent choices (0: the last one); -1: not recent
        int length = 0;   // the target's length
        int index = 0;    // its place in the unranked list
    };
    // Better score first; at an equal score a recent choice (the more recent first), then the
    // shorter target, then the original order.
    static bool before(const Rank &a, const Rank &b);

private:
    QString m_pattern;
};

} // namespace engage
