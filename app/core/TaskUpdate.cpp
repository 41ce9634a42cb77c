#include "core/TaskUpdate.h"

#include "core/TaskCodec.h"

namespace engage {

QJsonObject TaskUpdate::toJson(const QString &userId) const
{
    QJsonObject o{{QLatin1String("userId"), userId}};
    if (status)
        o.insert(QLatin1String("status"), statusToWire(*status));
    if (dueDate.isValid())
        o.insert(QLatin1String("dueDate"), TaskCodec::formatDateTime(dueDate));
    return o;
}

TaskUpdate TaskUpdate::mergedWith(const TaskUpdate &later) const
{
    TaskUpdate out = *this;
    if (later.status)
        out.status = later.status;
    if (later.dueDate.isValid())
        out.dueDate = later.dueDate;
    return out;
}

Task TaskUpdate::appliedTo(Task task) const
{
    if (status)
        task.status = *status;
    if (dueDate.isValid())
        task.dueDate = dueDate.toUTC();
    return task;
}

} // namespace engage
