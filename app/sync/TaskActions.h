#pragma once

#include "core/TaskUpdate.h"

#include <QObject>

namespace engage {

class SyncEngine;

// The one door the UI uses to change tasks: done, dismiss, reopen, reschedule, and undo. Each
// action goes into SyncEngine's journal and onto an undo stack.
class TaskActions : public QObject
{
    Q_OBJECT
public:
    explicit TaskActions(SyncEngine *sync, QObject *parent = nullptr);

    // Each returns false when the journal could not take the change (the disk is full, say):
    // then it was not made, SyncEngine::changeNotSaved said why, and the window must not act
    // as if it were (the selection stays).
    bool markDone(const QList<qint64> &taskIds);
    bool dismiss(const QList<qint64> &taskIds);
    bool reopen(const QList<qint64> &taskIds);
    bool reschedule(const QList<qint64> &taskIds, const QDateTime &due);

    bool canUndo() const { return !m_undo.isEmpty(); }
    // Another account's list is shown: what was done in the last one cannot be undone here.
    void clearUndo();
    // Takes back the last action: unsent changes are cancelled with no traffic; sent ones get a
    // compensating change (status back, or the previous due date).
    bool undo();

signals:
    // "Marked done · Undo" and the like, for the short notice after each action.
    void done(const QString &text, bool undoable);
    void undoAvailable(bool available);

private:
    struct Step {
        qint64 taskId = 0;
        qint64 seq = 0;
        TaskUpdate change;
        TaskUpdate inverse;
    };
    struct Action {
        QString label;
        QList<Step> steps;
    };
    bool apply(const QList<qint64> &taskIds, const TaskUpdate &change, const QString &label);
    void push(const Action &action);

    SyncEngine *m_sync;
    QList<Action> m_undo;
};

} // namespace engage
