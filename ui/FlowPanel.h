#pragma once

#include "core/Clock.h"
#include "core/Task.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace engage {

class DetailForm;

// What the task asks for: the flow and its step ("Step 3 · Make a call") or a manual task's
// title, the priority, and when the task was due, created and last changed, in the rep's zone.
class FlowPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FlowPanel(const Clock &clock, QWidget *parent = nullptr);

    // nullopt shows an empty state.
    void setTask(const std::optional<Task> &task);
    // The step's place in its flow ("step 3 of 6 (call) · next: email") and its call script as
    // plain text; or, with no script, why (one line). All empty hides the section.
    void setScript(const QString &stepLine, const QString &script, const QString &note);
    QString scriptText() const;

    QSize minimumSizeHint() const override;

    // "Step 3 · Make a call", "Step 3" or "Make a call"; empty without a step.
    static QString stepText(const std::optional<FlowStep> &step);

private:
    QString dateTimeText(const QDateTime &dateTime) const;

    const Clock &m_clock;
    QLabel *m_empty;
    DetailForm *m_form;
    QLabel *m_type;
    QLabel *m_title;
    QLabel *m_flow;
    QLabel *m_step;
    QLabel *m_priority;
    QLabel *m_status;
    QLabel *m_due;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_scriptHeading;
    QLabel *m_stepLine;
    QLabel *m_script;
};

} // namespace engage
