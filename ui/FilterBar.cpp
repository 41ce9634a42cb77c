#include "ui/FilterBar.h"

#include "ui/TaskFilterProxy.h"
#include "ui/TaskListModel.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLineEdit>
#include <QMap>
#include <QToolButton>

#include <algorithm>

namespace engage {

FilterBar::FilterBar(TaskFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_viewButtons(new QButtonGroup(this))
    , m_search(new QLineEdit)
    , m_typeFilter(new QComboBox)
    , m_flowFilter(new QComboBox)
    , m_callableNow(new QToolButton)
    , m_expiring(new QToolButton)
{
    setObjectName(QStringLiteral("filterBar"));
    setAccessibleName(tr("Filters"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    for (int v = 0; v < TaskViewCount; ++v) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setAutoRaise(true);
        // Named in English whatever the language: tests and automation find the buttons so.
        static const char *const ids[] = {"viewDue", "viewOverdue", "viewToday", "viewUpcoming",
                                          "viewAll"};
        button->setObjectName(QLatin1String(ids[v]));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_viewButtons->addButton(button, v);
        layout->addWidget(button);
    }
    m_viewButtons->button(static_cast<int>(TaskView::Due))->setChecked(true);
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) {
        m_proxy->setView(static_cast<TaskView>(id));
        emit viewChosen(static_cast<TaskView>(id));
    });
    layout->addSpacing(12);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search contacts, companies, flows…  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the tasks"));
    m_search->setMinimumWidth(30 * m_search->fontMetrics().averageCharWidth());
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TaskFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::searchAccepted);
    layout->addWidget(m_search, 1);

    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->setAccessibleName(tr("Task type"));
    // On Linux a combo box is read by its value; the description says what it filters.
    m_typeFilter->setAccessibleDescription(tr("Show tasks of this type"));
    m_typeFilter->addItem(tr("All types"));
    m_typeFilter->addItem(tr("Flow"), static_cast<int>(TaskType::Flow));
    m_typeFilter->addItem(tr("Manual"), static_cast<int>(TaskType::Manual));
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant data = m_typeFilter->itemData(index);
        m_proxy->setTypeFilter(data.isValid()
                                   ? std::optional<TaskType>(static_cast<TaskType>(data.toInt()))
                                   : std::nullopt);
    });
    layout->addWidget(m_typeFilter);

    m_flowFilter->setObjectName(QStringLiteral("flowFilter"));
    m_flowFilter->setAccessibleName(tr("Flow"));
    m_flowFilter->setAccessibleDescription(tr("Show tasks of this flow"));
    m_flowFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_flowFilter->addItem(tr("All flows"));
    connect(m_flowFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant data = m_flowFilter->itemData(index);
        m_proxy->setFlowFilter(data.isValid() ? std::optional<qint64>(data.toLongLong())
                                              : std::nullopt);
    });
    layout->addWidget(m_flowFilter);

    m_callableNow->setObjectName(QStringLiteral("filter.callableNow"));
    m_callableNow->setText(tr("Callable &now"));
    m_callableNow->setCheckable(true);
    m_callableNow->setToolTip(tr("Show only tasks whose contact is inside calling hours now, "
                                 "in their own time zone (Alt+N)"));
    m_callableNow->setAccessibleName(tr("Callable now"));
    m_callableNow->setAutoRaise(true);
    connect(m_callableNow, &QAbstractButton::toggled, m_proxy, &TaskFilterProxy::setCallableOnly);
    layout->addWidget(m_callableNow);

    m_expiring->setObjectName(QStringLiteral("filter.expiring"));
    m_expiring->setCheckable(true);
    m_expiring->setToolTip(tr("Show only flow to-dos about to expire or past their expiry, "
                              "when Gong drops the contact from the flow (Alt+X)"));
    m_expiring->setAccessibleName(tr("Expiring"));
    m_expiring->setAutoRaise(true);
    connect(m_expiring, &QAbstractButton::toggled, m_proxy, &TaskFilterProxy::setExpiringOnly);
    layout->addWidget(m_expiring);

    connect(m_proxy, &TaskFilterProxy::criteriaChanged, this, &FilterBar::updateCounts);
}

QString FilterBar::viewButtonText(TaskView view) const
{
    return m_viewButtons->button(static_cast<int>(view))->text();
}

void FilterBar::chooseView(TaskView view)
{
    m_viewButtons->button(static_cast<int>(view))->click();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clearSearch()
{
    m_search->clear();
}

void FilterBar::updateCounts()
{
    const TaskFilterProxy::Counts counts = m_proxy->counts();
    for (int v = 0; v < TaskViewCount; ++v) {
        m_viewButtons->button(v)->setText(QStringLiteral("%1  %2")
                                              .arg(viewName(static_cast<TaskView>(v)))
                                              .arg(counts.views[static_cast<size_t>(v)]));
    }
    m_expiring->setText(tr("E&xpiring  %1").arg(counts.expiring));
}

void FilterBar::updateFlows(const TaskList &tasks)
{
    showFlows(
        tasks.size(), [&tasks](qsizetype i) -> const TaskKeys & { return tasks.keysAt(i); },
        [&tasks](qsizetype i) -> const Task & { return tasks.at(i); });
}

void FilterBar::updateFlowsFromModel()
{
    const TaskListModel *model = m_proxy->taskModel();
    if (!model)
        return;
    showFlows(
        model->rowCount(),
        [model](qsizetype i) -> const TaskKeys & { return model->keysAt(static_cast<int>(i)); },
        [model](qsizetype i) -> const Task & { return model->taskAt(static_cast<int>(i)); });
}

void FilterBar::showFlows(qsizetype count, const std::function<const TaskKeys &(qsizetype)> &keysAt,
                          const std::function<const Task &(qsizetype)> &taskAt)
{
    // By id first, from the keys: 10,000 tasks name a few dozen flows, and only the first task
    // of each is decoded (at start the others are still in the cache's binary form).
    QHash<qint64, QString> byId;
    for (qsizetype i = 0; i < count; ++i) {
        const TaskKeys &keys = keysAt(i);
        if (keys.hasFlow && keys.flowId != 0 && !byId.contains(keys.flowId))
            byId.insert(keys.flowId, taskAt(i).flow ? taskAt(i).flow->name : QString());
    }
    QMap<QString, qint64> flows;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        flows.insert(it.value().isEmpty() ? tr("Flow %1").arg(it.key()) : it.value(), it.key());
    if (flows == m_flows)
        return; // a refresh that changed no flow leaves the menu, and an open popup, alone
    m_flows = flows;
    const QVariant selected = m_flowFilter->currentData();
    const QSignalBlocker blocker(m_flowFilter);
    m_flowFilter->clear();
    m_flowFilter->addItem(tr("All flows"));
    for (auto it = flows.cbegin(); it != flows.cend(); ++it)
        m_flowFilter->addItem(it.key(), it.value());
    const int index = selected.isValid() ? m_flowFilter->findData(selected) : 0;
    m_flowFilter->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_proxy->setFlowFilter(std::nullopt);
}

} // namespace engage
