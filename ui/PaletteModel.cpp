#include "ui/PaletteModel.h"

#include <algorithm>

namespace engage {

void PaletteModel::setEntries(QList<PaletteEntry> entries)
{
    m_entries = std::move(entries);
    m_pattern.clear();
    setRecent(m_recent);
}

void PaletteModel::setRecent(const QStringList &ids)
{
    m_recent = ids;
    m_recency.fill(-1, m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        m_recency[i] = static_cast<int>(ids.indexOf(m_entries.at(i).id));
    m_matches.clear();
    for (int i = 0; i < m_entries.size(); ++i)
        m_matches.append(i);
    refilter();
}

void PaletteModel::setFilterText(const QString &text)
{
    const FuzzyMatch matcher(text);
    // A longer pattern only ever matches fewer entries: look among the last matches alone.
    if (!matcher.pattern().startsWith(m_pattern)) {
        m_matches.clear();
        for (int i = 0; i < m_entries.size(); ++i)
            m_matches.append(i);
    }
    m_pattern = matcher.pattern();
    refilter();
}

void PaletteModel::refilter()
{
    const FuzzyMatch matcher(m_pattern);
    QList<FuzzyMatch::Rank> ranks;
    ranks.reserve(m_matches.size());
    QList<int> kept;
    kept.reserve(m_matches.size());
    for (int i : std::as_const(m_matches)) {
        const PaletteEntry &entry = m_entries.at(i);
        const std::optional<int> score = matcher.score(entry.folded);
        if (!score)
            continue;
        kept.append(i);
        ranks.append({*score, m_recency.at(i), static_cast<int>(entry.folded.size()), i});
    }
    m_matches = kept;
    if (matcher.isEmpty()) {
        // Nothing typed: the recent choices first, the rest as given.
        for (FuzzyMatch::Rank &rank : ranks)
            rank.length = 0;
    }
    std::sort(ranks.begin(), ranks.end(), FuzzyMatch::before);
    beginResetModel();
    m_shown.clear();
    m_shown.reserve(ranks.size());
    for (const FuzzyMatch::Rank &rank : std::as_const(ranks))
        m_shown.append(rank.index);
    endResetModel();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int PaletteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const PaletteEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? entry.text : entry.right;
    case Qt::AccessibleTextRole:
        return entry.right.isEmpty() ? entry.text : entry.text + QStringLiteral(", ") + entry.right;
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return entry.id;
    default:
        return {};
    }
}

} // namespace engage
