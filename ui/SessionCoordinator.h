#pragma once

#include "core/CallSettings.h"
#include "core/Clock.h"

#include <QObject>

#include <functional>

class QStackedWidget;
class QWidget;

namespace engage {

class ActionRegistry;
class CallCatalog;
class CallSession;
class Dialer;
class SessionView;
class SyncEngine;
class TaskActions;

// Runs the call session inside the window: S puts the session's page in front of the list,
// the registry's session actions drive the CallSession, Esc ends it with its summary and brings
// the list back. The window only says which tasks the view shows.
class SessionCoordinator : public QObject
{
    Q_OBJECT
public:
    SessionCoordinator(SyncEngine *sync, TaskActions *actions, ActionRegistry *registry,
                       const Clock &clock, QStackedWidget *pages, QWidget *window);
    ~SessionCoordinator() override;

    CallSession *session() const { return m_session; }
    // Built when first shown (or asked for): a start that never calls does not lay it out.
    SessionView *view() const;
    Dialer *dialer() const { return m_dialer; }
    bool inSession() const;

    void setCatalog(CallCatalog *catalog);
    void setSettings(const CallSettings &settings);
    // The tasks of the rep's view, in the list's order.
    void setVisibleTasks(std::function<QList<qint64>()> visible) { m_visible = std::move(visible); }
    // The list's current task, which C dials outside a session.
    void setCurrentTask(std::function<qint64()> current) { m_current = std::move(current); }

    // S (resume when a session was left unfinished), Shift+S (a new one).
    void start(bool fresh);
    // Esc: back to the list, with the summary.
    void end();
    // Ctrl+Z in a session.
    void undo();
    // C in the list.
    void dialFromList(qint64 taskId);

signals:
    // For the window's notice line.
    void notice(const QString &text, bool undoable);
    // The list is back in front, on this task (0: where it was).
    void listShown(qint64 taskId);
    void dayLogRequested();

private:
    void wire(ActionRegistry *registry);
    void show(bool session);
    void refreshView();
    // The outcome actions (keys 1-9) carry the names of the outcomes the session offers.
    void nameOutcomes();

    SyncEngine *m_sync;
    ActionRegistry *m_registry;
    QStackedWidget *m_pages;
    QWidget *m_window;
    Dialer *m_dialer;
    CallSession *m_session;
    mutable SessionView *m_view = nullptr;
    QStringList m_outcomeNames;
    std::function<QList<qint64>()> m_visible;
    std::function<qint64()> m_current;
};

} // namespace engage
