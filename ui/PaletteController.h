#pragma once

#include "ui/PaletteModel.h"

#include <QObject>
#include <QPointer>

class QSettings;

namespace engage {

class ActionRegistry;
class CommandPalette;
class FilterBar;
class TaskTable;
struct Task;

// What Ctrl+K offers and what a choice does. The palette lists every enabled action (the views
// are actions too; in a call session that is the session's actions) and, outside a session,
// every task of the list's model ("Call Jon Snow · Winterfell Logistics · Renewal outreach ·
// step 1", matched on contact, company, account, opportunity and flow). Choosing an action
// triggers it; choosing a task selects it in the list, clearing the search or switching to All
// first when the current view hides it. The recent choices are kept in `palette/recent`.
class PaletteController : public QObject
{
    Q_OBJECT
public:
    PaletteController(ActionRegistry *registry, TaskTable *table, FilterBar *filters,
                      QSettings *settings, QWidget *window);

    static QString recentKey() { return QStringLiteral("palette/recent"); }

    // Ctrl+K.
    void open();
    CommandPalette *palette() const { return m_palette; }
    // The entries the palette would list now.
    QList<PaletteEntry> entries() const;
    // The task's line, as the palette shows it.
    static PaletteEntry taskEntry(const Task &task);

private:
    void run(const PaletteEntry &entry);
    void reveal(qint64 taskId);

    ActionRegistry *m_registry;
    TaskTable *m_table;
    FilterBar *m_filters;
    QSettings *m_settings;
    QWidget *m_window;
    CommandPalette *m_palette;
};

} // namespace engage
