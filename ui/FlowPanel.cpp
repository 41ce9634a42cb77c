#include "ui/FlowPanel.h"

#include "ui/DetailForm.h"
#include "ui/TaskListModel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace engage {

namespace {

QString typeText(TaskType type)
{
    switch (type) {
    case TaskType::Flow:
        return FlowPanel::tr("Flow");
    case TaskType::Manual:
        return FlowPanel::tr("Manual");
    case TaskType::Unknown:
        break;
    }
    return {};
}

QString statusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return FlowPanel::tr("Open");
    case TaskStatus::Done:
        return FlowPanel::tr("Done");
    case TaskStatus::Dismissed:
        return FlowPanel::tr("Dismissed");
    case TaskStatus::Unknown:
        break;
    }
    return {};
}

// Gong sends priority names in lower case ("high"); a label reads better capitalised.
QString capitalised(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    return trimmed.left(1).toUpper() + trimmed.mid(1);
}

} // namespace

FlowPanel::FlowPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_empty(DetailForm::createMutedLabel(QString(), this))
    , m_form(new DetailForm(this))
    , m_type(m_form->addTextRow(tr("Type"), QStringLiteral("taskType")))
    , m_title(m_form->addTextRow(tr("Task"), QStringLiteral("taskTitle")))
    , m_flow(m_form->addTextRow(tr("Flow"), QStringLiteral("flowName")))
    , m_step(m_form->addTextRow(tr("Step"), QStringLiteral("flowStep")))
    , m_priority(m_form->addTextRow(tr("Priority"), QStringLiteral("taskPriority")))
    , m_status(m_form->addTextRow(tr("Status"), QStringLiteral("taskStatus")))
    , m_due(m_form->addTextRow(tr("Due"), QStringLiteral("taskDue")))
    , m_created(m_form->addTextRow(tr("Created"), QStringLiteral("taskCreated")))
    , m_updated(m_form->addTextRow(tr("Updated"), QStringLiteral("taskUpdated")))
    , m_scriptHeading(DetailForm::createHeading(tr("Call script"), this))
    , m_stepLine(DetailForm::createMutedLabel(QString(), this))
    , m_script(new QLabel(this))
{
    m_stepLine->setObjectName(QStringLiteral("flowStepLine"));
    m_stepLine->setWordWrap(true);
    m_script->setObjectName(QStringLiteral("flowScript"));
    m_script->setTextFormat(Qt::PlainText); // a script from the server is text, never markup
    m_script->setWordWrap(true);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setObjectName(QStringLiteral("flowEmpty"));
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(DetailForm::createHeading(tr("Task"), this));
    layout->addWidget(m_empty);
    layout->addWidget(m_form);
    layout->addWidget(m_scriptHeading);
    layout->addWidget(m_stepLine);
    layout->addWidget(m_script);
    layout->addStretch(1);

    setTask(std::nullopt);
}

void FlowPanel::setScript(const QString &stepLine, const QString &script, const QString &note)
{
    const QString text = script.isEmpty() ? note : script;
    m_scriptHeading->setVisible(!stepLine.isEmpty() || !text.isEmpty());
    m_stepLine->setText(stepLine);
    m_stepLine->setVisible(!stepLine.isEmpty());
    m_script->setText(text);
    m_script->setVisible(!text.isEmpty());
}

QString FlowPanel::scriptText() const
{
    return m_script->text();
}

QSize FlowPanel::minimumSizeHint() const
{
    return QWidget::minimumSizeHint().expandedTo(QSize(DetailForm::PanelMinimumWidth, 0));
}

void FlowPanel::setTask(const std::optional<Task> &task)
{
    m_empty->setVisible(!task);
    m_form->setVisible(task.has_value());
    if (!task) {
        m_empty->setText(tr("Select a task to see its flow step."));
        setScript({}, {}, {});
        return;
    }

    m_form->setRowText(m_type, typeText(task->type));
    m_form->setRowText(m_title, task->title);
    m_form->setRowText(m_flow, task->flow ? task->flow->name : QString());
    m_form->setRowText(m_step, task->flow ? stepText(task->flow->step) : QString());

    QString priority;
    if (task->priority) {
        priority = capitalised(task->priority->name);
        if (priority.isEmpty() && task->priority->weight != 0)
            priority = tr("Weight %1").arg(task->priority->weight);
    }
    m_form->setRowText(m_priority, priority);
    if (!priority.isEmpty() && task->priority->weight != 0)
        m_priority->setToolTip(
            plainToolTip(tr("Priority weight %1").arg(QLocale().toString(task->priority->weight))));

    m_form->setRowText(m_status, statusText(task->status));
    m_form->setRowText(m_due, dateTimeText(task->dueDate));
    m_form->setRowText(m_created, dateTimeText(task->created));
    m_form->setRowText(m_updated, dateTimeText(task->updated));
}

QString FlowPanel::stepText(const std::optional<FlowStep> &step)
{
    if (!step)
        return {};
    const QString name = step->name.trimmed();
    if (step->stepNumber <= 0)
        return name;
    const QString number = tr("Step %1").arg(step->stepNumber);
    return name.isEmpty() ? number : number + QStringLiteral(" \u00B7 ") + name;
}

QString FlowPanel::dateTimeText(const QDateTime &dateTime) const
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime.toTimeZone(m_clock.timeZone()),
                              QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

} // namespace engage
