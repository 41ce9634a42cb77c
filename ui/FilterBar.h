#pragma once

#include "core/TaskFilter.h"
#include "core/TaskList.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace engage {

class TaskFilterProxy;

// Above the list: a button per view with its count of open tasks, the search field, the type
// and flow filters, "Callable now" (Alt+N) and "Expiring" (Alt+X) with its count. It sets them on
// the proxy it is given.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(TaskFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    // The checkable "Callable now" button ("filter.callableNow").
    QToolButton *callableToggle() const { return m_callableNow; }
    // The checkable "Expiring" button with its count ("filter.expiring", Alt+X: Alt+E is the
    // Edit menu's).
    QToolButton *expiringToggle() const { return m_expiring; }
    QString viewButtonText(TaskView view) const;

    // As if the rep clicked the view's button.
    void chooseView(TaskView view);
    // The keyboard goes to the search field, its text selected.
    void focusSearch();
    // The search is emptied (the list shows everything again).
    void clearSearch();
    // Each view's button shows how many open tasks it holds.
    void updateCounts();
    // The flow filter lists the tasks' flows; a chosen flow no longer there goes back to all.
    void updateFlows(const TaskList &tasks);
    // The same from the rows of the proxy's model, when they are `tasks` (after a reset): their
    // keys lie side by side there, not in each task.
    void updateFlowsFromModel();

signals:
    void viewChosen(engage::TaskView view);
    // Return in the search field: the rep goes back to the list.
    void searchAccepted();

private:
    void showFlows(qsizetype count, const std::function<const TaskKeys &(qsizetype)> &keysAt,
                   const std::function<const Task &(qsizetype)> &taskAt);

    TaskFilterProxy *m_proxy;
    QButtonGroup *m_viewButtons;
    QLineEdit *m_search;
    QComboBox *m_typeFilter;
    QMap<QString, qint64> m_flows; // what the flow menu lists, by shown name
    QComboBox *m_flowFilter;
    QToolButton *m_callableNow;
    QToolButton *m_expiring;
};

} // namespace engage
