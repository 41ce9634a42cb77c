#include "ui/BacklogPreviewModel.h"

#include <QLocale>

namespace engage {

BacklogPreviewModel::BacklogPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BacklogPreviewModel::setPlan(const BacklogPlan &plan, const QHash<qint64, QString> &names,
                                  const QTimeZone &repZone)
{
    beginResetModel();
    m_plan = plan;
    m_names = names;
    m_repZone = repZone.isValid() ? repZone : QTimeZone::utc();
    endResetModel();
}

int BacklogPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.tasks().size());
}

int BacklogPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BacklogPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BacklogPlan::Slot &slot = m_plan.tasks().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(slot, index.column());
    case TaskIdRole:
        return slot.taskId;
    case NewDueRole:
        return slot.newDue;
    default:
        return {};
    }
}

QString BacklogPreviewModel::text(const BacklogPlan::Slot &slot, int column) const
{
    switch (column) {
    case ContactColumn: {
        const QString name = m_names.value(slot.taskId);
        return name.isEmpty() ? tr("(no contact)") : name;
    }
    case OldDueColumn:
        return slot.oldDue.isValid() ? dayAndTime(slot.oldDue, m_repZone) : tr("no due date");
    case NewDueColumn:
        return dayAndTime(slot.newDue, m_repZone);
    case TheirTimeColumn:
        if (!slot.contactZone)
            return tr("no time zone: your hours");
        return tr("%1 (%2)").arg(dayAndTime(slot.newDue, slot.zone),
                                 QString::fromUtf8(slot.zone.id()));
    default:
        return {};
    }
}

QVariant BacklogPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ContactColumn:
        return tr("Contact");
    case OldDueColumn:
        return tr("Due now");
    case NewDueColumn:
        return tr("New due (your time)");
    case TheirTimeColumn:
        return tr("New due (their time)");
    default:
        return {};
    }
}

QString BacklogPreviewModel::dayAndTime(const QDateTime &when, const QTimeZone &zone)
{
    // As the reschedule dialog writes a day and a time, in the rep's language.
    return QLocale().toString(when.toTimeZone(zone), QStringLiteral("ddd d MMM, HH:mm"));
}

} // namespace engage
