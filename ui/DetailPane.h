#pragma once

#include "core/Clock.h"
#include "core/Task.h"

#include <QScrollArea>

#include <optional>

namespace engage {

class ContactPanel;
class FlowPanel;
class OpportunityPanel;

// The side of the window beside the list: the contact, flow and opportunity panels of the
// current task, one above the other, scrollable when the window is short.
class DetailPane : public QScrollArea
{
    Q_OBJECT
public:
    explicit DetailPane(const Clock &clock, QWidget *parent = nullptr);

    // Shows the task in every panel; nullopt shows their empty states.
    void setTask(const std::optional<Task> &task);
    // Tells a screen reader what each panel now shows (Announce::contentChanged).
    void announce();

    ContactPanel *contactPanel() const { return m_contactPanel; }
    FlowPanel *flowPanel() const { return m_flowPanel; }
    OpportunityPanel *opportunityPanel() const { return m_opportunityPanel; }

private:
    ContactPanel *m_contactPanel;
    FlowPanel *m_flowPanel;
    OpportunityPanel *m_opportunityPanel;
};

} // namespace engage
