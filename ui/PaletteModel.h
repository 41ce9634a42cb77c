#pragma once

#include "core/FuzzyMatch.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QStringList>

class QAction;

namespace engage {

// One line of the command palette: an action (a view is an action too) or a task.
struct PaletteEntry {
    QString id;     // what "recent" remembers: the action's objectName, or "task:<id>"
    QString text;   // what the row shows
    QString right;  // right-aligned: the action's key, the task's opportunity
    QString folded; // what the letters are matched against (FuzzyMatch::fold)
    QPointer<QAction> action;
    qint64 taskId = 0;
};

// The palette's rows: every entry the typed letters match (FuzzyMatch), best first, the rep's
// recent choices ahead at an equal fit; with nothing typed, the recent ones first, then the
// rest in the given order. Column 0 is the text, column 1 the key, right-aligned.
class PaletteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<PaletteEntry> entries);
    // Most recent first.
    void setRecent(const QStringList &ids);
    void setFilterText(const QString &text);
    const PaletteEntry &entryAt(int row) const { return m_entries.at(m_shown.at(row)); }
    int entryCount() const { return static_cast<int>(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<PaletteEntry> m_entries;
    QList<int> m_recency; // per entry: place in the recent list, or -1
    QStringList m_recent;
    QString m_pattern;    // the last pattern filtered with (FuzzyMatch::pattern)
    QList<int> m_matches; // entries the last pattern matched, unranked
    QList<int> m_shown;   // what the rows show, ranked
};

} // namespace engage
