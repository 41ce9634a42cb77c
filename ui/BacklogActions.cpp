#include "ui/BacklogActions.h"

#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "ui/BacklogDialog.h"

#include <QWidget>

namespace engage {

BacklogActions::BacklogActions(SyncEngine *sync, TaskActions *actions, const Clock &clock,
                               QWidget *window)
    : QObject(window)
    , m_sync(sync)
    , m_actions(actions)
    , m_clock(clock)
    , m_window(window)
{
    connect(m_sync, &SyncEngine::taskChanged, this, &BacklogActions::updateProgress);
    connect(m_sync, &SyncEngine::stateChanged, this, &BacklogActions::updateProgress);
    // Any other action (or its undo) takes the notice: the count stops.
    connect(m_actions, &TaskActions::done, this, [this] {
        if (!m_applying)
            m_batch.clear();
    });
}

void BacklogActions::open(const QList<qint64> &taskIds)
{
    if (m_dialog)
        return;
    QList<Task> tasks;
    for (qint64 id : taskIds) {
        if (const std::optional<Task> task = m_sync->task(id);
            task && task->status == TaskStatus::Open)
            tasks.append(*task);
    }
    if (tasks.isEmpty())
        return;
    m_dialog = new BacklogDialog(m_clock, tasks, m_hours, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &BacklogActions::apply);
    connect(m_dialog, &QDialog::finished, this, &BacklogActions::dialogClosed);
    // open(): window-modal without a nested event loop, so tests and the sync keep running.
    m_dialog->open();
    m_dialog->activateWindow(); // the keys go to the dialog: digits, Return, Esc
}

BacklogDialog *BacklogActions::dialog() const
{
    return m_dialog;
}

void BacklogActions::apply()
{
    const QList<QPair<qint64, QDateTime>> changes = m_dialog->plan().changes();
    m_applying = true;
    const bool recorded = m_actions->rescheduleEach(changes);
    m_applying = false;
    m_batch.clear();
    m_shown.clear();
    if (!recorded)
        return; // the error bar says why; what was recorded shows as pending on its rows
    for (const auto &change : changes)
        m_batch.append(change.first);
    updateProgress();
}

void BacklogActions::updateProgress()
{
    if (m_batch.isEmpty())
        return;
    const int total = static_cast<int>(m_batch.size());
    int sent = 0;
    for (qint64 id : std::as_const(m_batch)) {
        const SyncEngine::Mark mark = m_sync->mark(id);
        sent += !mark.pending || mark.failed ? 1 : 0;
    }
    QString text;
    if (sent < total) {
        text = tr("Rescheduled · sending %1 of %2").arg(sent + 1).arg(total);
    } else {
        text = tr("Rescheduled · %n task(s) in Gong", nullptr, total);
        m_batch.clear();
    }
    if (text != m_shown) {
        m_shown = text;
        emit notice(text, true);
    }
}

} // namespace engage
