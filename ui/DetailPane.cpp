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
    , m_contactPanel(new ContactPanel(clock))
    , m_flowPanel(new FlowPanel(clock))
    , m_opportunityPanel(new OpportunityPanel)
{
    setObjectName(QStringLiteral("detailScroll"));
    auto *details = new QWidget;
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(14);
    layout->addWidget(m_contactPanel);
    layout->addWidget(m_flowPanel);
    layout->addWidget(m_opportunityPanel);
    layout->addStretch(1);
    setWidget(details);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Wide enough for its labels and values at any font size.
    setMinimumWidth(std::max(320, 45 * fontMetrics().averageCharWidth()));
    setAccessibleName(tr("Task details"));
    m_contactPanel->setAccessibleName(tr("Contact"));
    m_flowPanel->setAccessibleName(tr("Flow"));
    m_opportunityPanel->setAccessibleName(tr("Opportunity"));
}

void DetailPane::announce()
{
    for (QWidget *panel :
         {static_cast<QWidget *>(m_contactPanel), static_cast<QWidget *>(m_flowPanel),
          static_cast<QWidget *>(m_opportunityPanel)})
        Announce::contentChanged(panel);
}

void DetailPane::setTask(const std::optional<Task> &task)
{
    m_contactPanel->setTask(task);
    m_flowPanel->setTask(task);
    m_opportunityPanel->setTask(task);
}

} // namespace engage
