#pragma once

#include "core/BacklogPlan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace engage {

// The planner's preview, one row per task of a BacklogPlan (oldest first): the contact, the
// due date now and the new one on the rep's clock and on the contact's. The text is made in
// data(), which a view asks of its visible rows only, so a plan of hundreds costs no more than
// a screenful.
class BacklogPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ContactColumn, OldDueColumn, NewDueColumn, TheirTimeColumn, ColumnCount };
    enum Role { TaskIdRole = Qt::UserRole + 1, NewDueRole };

    explicit BacklogPreviewModel(QObject *parent = nullptr);

    // names: the contact's name per task id.
    void setPlan(const BacklogPlan &plan, const QHash<qint64, QString> &names,
                 const QTimeZone &repZone);
    const BacklogPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Tue 1 Dec, 08:00" in the rep's language.
    static QString dayAndTime(const QDateTime &when, const QTimeZone &zone);

private:
    QString text(const BacklogPlan::Slot &slot, int column) const;

    BacklogPlan m_plan;
    QHash<qint64, QString> m_names;
    QTimeZone m_repZone;
};

} // namespace engage
