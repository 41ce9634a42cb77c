#include "ui/SessionCoordinator.h"

#include "ui/ActionRegistry.h"
#include "ui/CallSession.h"
#include "ui/Dialer.h"
#include "ui/SessionSummaryDialog.h"
#include "ui/SessionView.h"

#include <QAction>
#include <QStackedWidget>
#include <QToolBar>

namespace engage {

using Id = ActionRegistry::Id;

SessionCoordinator::SessionCoordinator(SyncEngine *sync, TaskActions *actions,
                                       ActionRegistry *registry, const Clock &clock,
                                       QStackedWidget *pages, QWidget *window)
    : QObject(window)
    , m_sync(sync)
    , m_registry(registry)
    , m_pages(pages)
    , m_window(window)
    , m_dialer(new Dialer(this))
    , m_session(new CallSession(sync, actions, m_dialer, clock, this))
{
    wire(registry);
    connect(m_session, &CallSession::changed, this, &SessionCoordinator::refreshView);
    connect(m_session, &CallSession::finished, this, &SessionCoordinator::end);
    nameOutcomes(); // the keys 1-9 name the outcomes before the first session, in every menu
}

void SessionCoordinator::nameOutcomes()
{
    QStringList names;
    for (const CallOutcome &o : m_session->outcomes())
        names << o.name;
    if (names == m_outcomeNames)
        return;
    m_outcomeNames = names;
    m_registry->setOutcomeNames(names);
}

SessionCoordinator::~SessionCoordinator() = default;

SessionView *SessionCoordinator::view() const
{
    if (!m_view) {
        m_view = new SessionView(m_session, m_registry);
        m_view->setFocusPolicy(Qt::StrongFocus);
        m_pages->addWidget(m_view);
        connect(m_view, &SessionView::noteDone, m_view, [this] { m_view->setFocus(); });
        m_view->update(); // the outcome keys show the outcomes before the first session
    }
    return m_view;
}

bool SessionCoordinator::inSession() const
{
    return m_view && m_pages->currentWidget() == m_view;
}

void SessionCoordinator::setCatalog(CallCatalog *catalog)
{
    m_session->setCatalog(catalog);
}

void SessionCoordinator::setSettings(const CallSettings &settings)
{
    m_session->setSettings(settings);
}

void SessionCoordinator::wire(ActionRegistry *registry)
{
    const auto on = [this, registry](Id id, auto &&slot) {
        connect(registry->action(id), &QAction::triggered, this, slot);
    };
    on(Id::StartSession, [this] { start(false); });
    on(Id::NewSession, [this] { start(true); });
    on(Id::Dial, [this] {
        if (inSession())
            m_view->setDialStatus(m_session->dial());
        else if (m_current)
            dialFromList(m_current());
    });
    for (int i = 0; i < 9; ++i)
        connect(registry->outcomeAction(i), &QAction::triggered, this, [this, i] {
            if (inSession())
                m_session->logOutcome(i);
        });
    on(Id::AddNote, [this] { view()->focusNote(); });
    on(Id::SkipCall, [this] { m_session->skip(); });
    on(Id::PreviousCall, [this] { m_session->back(); });
    on(Id::PauseSession, [this] { m_session->togglePause(); });
    on(Id::EndSession, [this] { end(); });
}

void SessionCoordinator::start(bool fresh)
{
    if (fresh || !m_session->isActive()) {
        const QList<qint64> ids = m_visible ? m_visible() : QList<qint64>();
        if (!m_session->start(ids)) {
            emit notice(tr("No open task in this view to call"), false);
            return;
        }
    } else if (m_session->queue()->isPaused()) {
        m_session->togglePause(); // resumed: the clock runs again
    }
    show(true);
}

void SessionCoordinator::show(bool session)
{
    m_registry->setSessionMode(session);
    // The session has its own toolbar; the list's would only show resting actions.
    m_registry->toolBar()->setVisible(!session);
    m_pages->setCurrentWidget(session ? static_cast<QWidget *>(view()) : m_pages->widget(0));
    if (session) {
        refreshView();
        m_view->setFocus();
    }
}

void SessionCoordinator::refreshView()
{
    nameOutcomes();
    if (inSession())
        m_view->update();
}

void SessionCoordinator::end()
{
    if (!inSession())
        return;
    const qint64 last = m_session->currentTaskId();
    if (m_session->isActive() && !m_session->queue()->isPaused())
        m_session->togglePause(); // the clock stops while the rep is away from the session
    show(false);
    emit listShown(last);
    auto *summary = new SessionSummaryDialog(m_session->summary(), m_window);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    connect(summary, &SessionSummaryDialog::dayLogRequested, this, [this, summary] {
        summary->close();
        emit dayLogRequested();
    });
    summary->open();
}

void SessionCoordinator::undo()
{
    if (!m_session->undoLastOutcome())
        emit notice(tr("Nothing of this session to undo"), false);
}

void SessionCoordinator::dialFromList(qint64 taskId)
{
    const QString text = m_session->dialTask(taskId);
    if (!text.isEmpty())
        emit notice(text, false);
}

} // namespace engage
