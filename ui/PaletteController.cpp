#include "ui/PaletteController.h"

#include "core/Task.h"
#include "ui/ActionRegistry.h"
#include "ui/CommandPalette.h"
#include "ui/FilterBar.h"
#include "ui/TaskListModel.h"
#include "ui/TaskTable.h"

#include <QAction>
#include <QSettings>

namespace engage {

PaletteController::PaletteController(ActionRegistry *registry, TaskTable *table, FilterBar *filters,
                                     QSettings *settings, QWidget *window)
    : QObject(window)
    , m_registry(registry)
    , m_table(table)
    , m_filters(filters)
    , m_settings(settings)
    , m_window(window)
    , m_palette(new CommandPalette(window))
{
    if (m_settings)
        m_palette->setRecent(m_settings->value(recentKey()).toStringList());
    connect(m_palette, &CommandPalette::recentChanged, this, [this](const QStringList &ids) {
        if (m_settings)
            m_settings->setValue(recentKey(), ids);
    });
    connect(m_palette, &CommandPalette::chosen, this, &PaletteController::run);
}

QList<PaletteEntry> PaletteController::entries() const
{
    QList<PaletteEntry> out;
    using Id = ActionRegistry::Id;
    for (QAction *action : m_registry->actions()) {
        if (!action->isEnabled() || action == m_registry->action(Id::CommandPalette) ||
            action == m_registry->action(Id::LeaveSearch))
            continue;
        PaletteEntry entry;
        entry.id = action->objectName();
        entry.text = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        if (action->actionGroup())
            entry.text = tr("View: %1").arg(entry.text);
        if (!action->shortcuts().isEmpty())
            entry.right = action->shortcuts().first().toString(QKeySequence::NativeText);
        entry.folded = FuzzyMatch::fold(entry.text);
        entry.action = action;
        out.append(entry);
    }
    if (m_registry->inSession())
        return out;
    const TaskList &tasks = m_table->taskModel()->tasks();
    out.reserve(out.size() + tasks.size());
    for (const Task &task : tasks)
        out.append(taskEntry(task));
    return out;
}

PaletteEntry PaletteController::taskEntry(const Task &task)
{
    PaletteEntry entry;
    entry.id = QStringLiteral("task:%1").arg(task.id);
    entry.taskId = task.id;
    QStringList parts;
    const QString contact = task.contact ? task.contact->displayName() : QString();
    parts << (contact.isEmpty() ? tr("Call") : tr("Call %1").arg(contact));
    QString company = task.contact ? task.contact->companyName : QString();
    const QString account = task.account ? task.account->name : QString();
    if (company.isEmpty())
        company = account;
    if (!company.isEmpty())
        parts << company;
    if (const QString what = task.whatToDo(); !what.isEmpty())
        parts << what;
    entry.text = parts.join(QStringLiteral(" · "));
    if (task.opportunity)
        entry.right = task.opportunity->name;
    // The account and the opportunity are matched too, after what the row shows.
    QString matched = entry.text;
    if (!account.isEmpty() && account != company)
        matched += QStringLiteral(" · ") + account;
    if (!entry.right.isEmpty())
        matched += QStringLiteral(" · ") + entry.right;
    entry.folded = FuzzyMatch::fold(matched);
    return entry;
}

void PaletteController::open()
{
    m_palette->setEntries(entries());
    m_palette->popUp(m_window);
}

void PaletteController::run(const PaletteEntry &entry)
{
    m_window->activateWindow();
    if (entry.action) {
        m_table->setFocus();
        entry.action->trigger();
        return;
    }
    if (entry.taskId != 0)
        reveal(entry.taskId);
}

void PaletteController::reveal(qint64 taskId)
{
    if (m_table->taskModel()->rowOf(taskId) < 0)
        return;
    if (!m_table->proxyIndexOf(taskId).isValid())
        m_filters->clearSearch();
    if (!m_table->proxyIndexOf(taskId).isValid())
        m_filters->chooseView(TaskView::All);
    const QModelIndex at = m_table->proxyIndexOf(taskId);
    if (!at.isValid())
        return; // the type, flow or "callable now" filter hides it
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
    m_table->setFocus();
}

} // namespace engage
