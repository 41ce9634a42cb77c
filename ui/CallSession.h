#pragma once

#include "core/CallOutcome.h"
#include "core/CallSettings.h"
#include "core/Clock.h"
#include "core/SessionQueue.h"
#include "ui/CallCardData.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace engage {

class CallCatalog;
class Dialer;
class SyncEngine;
class TaskActions;

// A call session: the tasks of the rep's view, walked one call at a time. It keeps the order
// (SessionQueue: contacts outside calling hours go to the end and come back when their hours
// open), builds the card for the task at hand, dials it, and logs an outcome through
// TaskActions::logOutcome, which decides what the outcome sends. Widgets only show what it says.
class CallSession : public QObject
{
    Q_OBJECT
public:
    // What the session did, for its summary.
    struct Summary {
        int calls = 0; // outcomes logged
        int connected = 0;
        QList<std::pair<QString, int>> perOutcome; // in the company's order
        int done = 0;
        int rescheduled = 0;
        int dismissed = 0;
        int skipped = 0; // tasks left without an outcome
        int total = 0;
        qint64 elapsedMs = 0;
        qint64 msPerCall() const { return calls == 0 ? 0 : elapsedMs / calls; }
    };

    // Asked before an opted-out contact is dialled; true dials. The default asks in a box.
    using ConfirmDial = std::function<bool(const QString &question)>;
    // Asked when an outcome is logged on a task whose contact has other open tasks (and the
    // rep's settings say ask): apply it to them too, and whether to remember that.
    struct ApplyToAll {
        bool yes = false;
        bool remember = false;
    };
    using AskApplyToAll = std::function<ApplyToAll(const QString &question)>;

    CallSession(SyncEngine *sync, TaskActions *actions, Dialer *dialer, const Clock &clock,
                QObject *parent = nullptr);
    ~CallSession() override;

    void setSettings(const CallSettings &settings);
    const CallSettings &settings() const { return m_settings; }
    // The catalog of outcomes and scripts (none: Gong's default outcomes, no scripts).
    void setCatalog(CallCatalog *catalog);
    void setConfirmDial(ConfirmDial confirm) { m_confirm = std::move(confirm); }
    void setAskApplyToAll(AskApplyToAll ask) { m_askAll = std::move(ask); }

    // A new session over these tasks, in the list's order (closed ones are left out). False
    // when none is open.
    bool start(const QList<qint64> &taskIds);
    bool isActive() const { return m_queue != nullptr && !m_queue->isFinished(); }
    bool hasSession() const { return m_queue != nullptr; }
    qint64 currentTaskId() const { return m_queue ? m_queue->current() : 0; }
    const SessionQueue *queue() const { return m_queue.get(); }
    CallCardData card() const { return cardOf(currentTaskId(), true); }
    // The card any task would show. The list's detail pane uses only its flow step and script,
    // so it leaves out the last outcomes (a query of the store on every move in the list).
    CallCardData cardOf(qint64 taskId, bool withHistory) const;
    // Asks Gong for the steps of these flows not yet known, each flow once per run, so a key
    // without the scope costs one refusal, not one per refresh.
    void fetchFlows(const QList<qint64> &flowIds);
    QString progressText() const;
    QList<CallOutcome> outcomes() const;
    // One line when Gong's default outcomes stand in for the company's; empty otherwise.
    QString outcomesNotice() const;

    // C / Return. The words for the card (what the dialer did, or why not).
    QString dial();
    // C in the list: the same for any task, opt-out confirmation included.
    QString dialTask(qint64 taskId);
    // 1–9 (index 0–8): logs it with the note and moves to the next call. False when it could
    // not be recorded (the disk): the card stays. When the contact has other open tasks and the
    // rep says so (asked, or calling/outcomeForAllTasks), the outcome goes on each of them too,
    // as one undo, and the session skips them.
    bool logOutcome(int index);
    void setNote(const QString &note) { m_note = note; }
    QString note() const { return m_note; }
    void skip();
    void back();
    void togglePause();
    // Ctrl+Z in a session: the last outcome is taken back, Gong's side included, and its task
    // comes back on the card. False when the undo stack's top was not this session's.
    bool undoLastOutcome();
    Summary summary() const;

signals:
    // The card, the progress or the outcomes changed.
    void changed();
    // Every task has an outcome.
    void finished();
    // The rep ticked "remember my choice": the settings to save (outcomeForAll changed).
    void settingsRemembered(const engage::CallSettings &settings);

private:
    std::optional<Task> currentTask() const;
    CallingHours hoursFor(const Task &task) const;
    // What every card of the task needs: the time, its hours, the label order, the opt-out.
    CallCardData::Inputs inputsFor(const Task &task) const;
    QStringList lastOutcomesOf(const Task &task) const;
    // Whether this outcome goes on the contact's `others` other open tasks too.
    bool appliesToOthers(const CallOutcome &outcome, const Task &task, int others);

    struct Logged {
        qint64 taskId = 0;
        QString outcome;
        bool connected = false;
        CallOutcome::TodoAction action = CallOutcome::TodoAction::None;
        bool optOut = false;
        QList<qint64> also; // the contact's other tasks the outcome went on
    };

    SyncEngine *m_sync;
    TaskActions *m_actions;
    CallCatalog *m_catalog = nullptr;
    Dialer *m_dialer;
    const Clock &m_clock;
    CallSettings m_settings;
    ConfirmDial m_confirm;
    AskApplyToAll m_askAll;
    std::unique_ptr<SessionQueue> m_queue;
    QList<Logged> m_logged;
    QString m_note;
    QTimer m_reorder; // hours open and close as the session goes on
    QSet<qint64> m_askedFlows;
};

} // namespace engage
