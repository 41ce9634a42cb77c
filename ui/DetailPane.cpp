#include "ui/DetailPane.h"

#include "ui/Announce.h"
#include "ui/ContactPanel.h"
#include "ui/FlowPanel.h"
#include "ui/OpportunityPanel.h"

#include <QVBoxLayout>

#include <algorithm>

namespace engage {

DetailPane::DetailPane(const Clock &clock, QWidget *parent)
    : QScrollArea(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("detailScroll"));
    auto *details = new QWidget;
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(14);
    layout->addStretch(1);
    setWidget(details);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Wide enough for its labels and values at any font size.
    setMinimumWidth(std::max(320, 45 * fontMetrics().averageCharWidth()));
    setAccessibleName(tr("Task details"));
}

const DetailPane::Panels &DetailPane::panels() const
{
    if (m_panels.contact)
        return m_panels;
    m_panels.contact = new ContactPanel(m_clock);
    m_panels.flow = new FlowPanel(m_clock);
    m_panels.opportunity = new OpportunityPanel;
    m_panels.contact->setAccessibleName(tr("Contact"));
    m_panels.flow->setAccessibleName(tr("Flow"));
    m_panels.opportunity->setAccessibleName(tr("Opportunity"));
    // Above the stretch that keeps them at the top.
    auto *layout = static_cast<QVBoxLayout *>(widget()->layout());
    layout->insertWidget(0, m_panels.contact);
    layout->insertWidget(1, m_panels.flow);
    layout->insertWidget(2, m_panels.opportunity);
    return m_panels;
}

void DetailPane::announce()
{
    const Panels &p = panels();
    for (QWidget *panel : {static_cast<QWidget *>(p.contact), static_cast<QWidget *>(p.flow),
                           static_cast<QWidget *>(p.opportunity)})
        Announce::contentChanged(panel);
}

void DetailPane::setTask(const std::optional<Task> &task)
{
    const Panels &p = panels();
    p.contact->setTask(task);
    p.flow->setTask(task);
    p.opportunity->setTask(task);
}

} // namespace engage
