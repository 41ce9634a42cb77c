#pragma once

#include "core/CallOutcome.h"
#include "core/CallSettings.h"
#include "core/TaskUpdate.h"

#include <QObject>
#include <QPair>
#include <QTimeZone>

#include <chrono>
#include <optional>
#include <vector>

namespace engage {

class SyncEngine;

// What logOutcome did, for the card and the notice.
struct OutcomeResult {
    bool recorded = false;
    qint64 callId = 0;
    QString text;
};

// The one door the UI uses to change tasks: done, dismiss, reopen, reschedule, a call's outcome,
// and undo. Each action goes into SyncEngine's journal and onto an undo stack.
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
    // Each task to its own due date (a BacklogPlan): one PATCH per task through the journal,
    // and ONE undo action for all of them. When the disk refuses one, the ones before it stay
    // recorded (and undoable together) and the rest are not made.
    bool rescheduleEach(const QList<QPair<qint64, QDateTime>> &dues);

    // Logs a call's outcome on the task and does what it says (OutcomePlan: close it, take the
    // contact out of its flow, mark them opted out here, or bring it due again), recording a
    // CallRecord with every change it made. One undo() takes back all of it. When the disk does
    // not take any part, nothing stays recorded and `recorded` is false (changeNotSaved said why).
    OutcomeResult logOutcome(qint64 taskId, const CallOutcome &outcome, const QString &note,
                             const CallSettings &settings, const QTimeZone &repZone);
    // The same outcome on several tasks (one call with a contact who had them all), each
    // through logOutcome, as ONE undo action: one undo() takes every one of them back. Stops at
    // the first the disk does not take; what was recorded before it stays, undoable as one.
    // One result per task attempted, in order.
    QList<OutcomeResult> logOutcomes(const QList<qint64> &taskIds, const CallOutcome &outcome,
                                     const QString &note, const CallSettings &settings,
                                     const QTimeZone &repZone);
    // How long a flow removal waits before it goes: an undo soon after costs no traffic.
    void setUnassignDelay(std::chrono::milliseconds delay) { m_unassignDelay = delay; }
    // The contact is marked opted out on this computer (Gong's own mark is set in Gong).
    bool isOptedOut(const QString &contactCrmId) const;

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
    // A call was logged or undone: the day log has changed.
    void callsChanged();

private:
    struct Step {
        qint64 taskId = 0;
        qint64 seq = 0;
        TaskUpdate change;
        TaskUpdate inverse;
        bool unassign = false; // a flow removal: cancelled while unsent, else it stands in Gong
    };
    struct Action {
        QString label;
        QList<Step> steps;
        // A call's outcome (TaskActionsOutcome.cpp) also has these to take back.
        qint64 callId = 0;
        QString optOutCrmId; // marked by this action (not before it)
        QString contact, flowName;
        QList<qint64> undoSeqs; // the compensating changes sent so far
        bool leftFlow = false;  // a flow removal had gone out: the contact stays out
        // A group (logOutcomes): the actions it holds, undone last first; no steps of its own.
        std::vector<Action> parts;
    };
    bool apply(const QList<qint64> &taskIds, const TaskUpdate &change, const QString &label);
    bool applyEach(const QList<QPair<qint64, TaskUpdate>> &changes, const QString &label);
    void push(const Action &action);
    // Undoes one action (a group's parts, last first), leaving in it what is still to undo;
    // false when the disk refused part of the way back.
    bool undoAction(Action &action);
    // Undoes one step; false when the disk refused the way back.
    bool undoStep(const Step &step, Action &action);
    // The call's own parts: the opt-out mark, the record. False when the disk refused.
    bool undoCall(Action &action);
    // Takes back what a half-recorded outcome recorded; what cannot be taken back stays undoable.
    void rollBack(Action action);
    void notSaved(const QString &text);

    SyncEngine *m_sync;
    QList<Action> m_undo;
    // While logOutcomes runs: the group that push() fills instead of the stack.
    std::optional<Action> m_group;
    std::chrono::milliseconds m_unassignDelay = std::chrono::seconds(20);
};

} // namespace engage
