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
// current task, one above the other, scrollable when the window is short. The panels are built
// when first asked for (the first task shown comes after the list's first paint): their many
// labels, links and style sheets took a tenth of the window's start.
class DetailPane : public QScrollArea
{
    Q_OBJECT
public:
    explicit DetailPane(const Clock &clock, QWidget *parent = nullptr);

    // Shows the task in every panel; nullopt shows their empty states.
    void setTask(const std::optional<Task> &task);
    // Tells a screen reader what each panel now shows (Announce::contentChanged).
    void announce();

    ContactPanel *contactPanel() const { return panels().contact; }
    FlowPanel *flowPanel() const { return panels().flow; }
    OpportunityPanel *opportunityPanel() const { return panels().opportunity; }

private:
    struct Panels {
        ContactPanel *contact = nullptr;
        FlowPanel *flow = nullptr;
        OpportunityPanel *opportunity = nullptr;
    };
    const Panels &panels() const;

    const Clock &m_clock;
    mutable Panels m_panels;
};

} // namespace engage
