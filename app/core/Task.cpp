#include "core/Task.h"

namespace engage {

QString statusToWire(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return QStringLiteral("OPEN");
    case TaskStatus::Done:
        return QStringLiteral("DONE");
    case TaskStatus::Dismissed:
        return QStringLiteral("DISMISSED");
    case TaskStatus::Unknown:
        break;
    }
    return {};
}

TaskStatus statusFromWire(const QString &wire)
{
    if (wire == QLatin1String("OPEN"))
        return TaskStatus::Open;
    if (wire == QLatin1String("DONE"))
        return TaskStatus::Done;
    if (wire == QLatin1String("DISMISSED"))
        return TaskStatus::Dismissed;
    return TaskStatus::Unknown;
}

QString typeToWire(TaskType type)
{
    switch (type) {
    case TaskType::Flow:
        return QStringLiteral("FLOW");
    case TaskType::Manual:
        return QStringLiteral("MANUAL");
    case TaskType::Unknown:
        break;
    }
    return {};
}

TaskType typeFromWire(const QString &wire)
{
    if (wire == QLatin1String("FLOW"))
        return TaskType::Flow;
    if (wire == QLatin1String("MANUAL"))
        return TaskType::Manual;
    return TaskType::Unknown;
}

QString Contact::displayName() const
{
    const QString name = QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? companyName : name;
}

QString Task::whatToDo() const
{
    if (!title.isEmpty())
        return title;
    if (flow) {
        QString text = flow->name;
        if (flow->step && flow->step->stepNumber > 0)
            text += QStringLiteral(" · step %1").arg(flow->step->stepNumber);
        else if (flow->step && !flow->step->name.isEmpty())
            text += QStringLiteral(" · ") + flow->step->name;
        // A flow without a name still reads well: "step 3", not " · step 3".
        if (text.startsWith(QStringLiteral(" · ")))
            text = text.mid(3);
        return text;
    }
    return {};
}

} // namespace engage
