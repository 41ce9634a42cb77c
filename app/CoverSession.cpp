#include "app/CoverSession.h"

#include "core/CallSettings.h"
#include "sync/CallCatalog.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"
#include "ui/ActionRegistry.h"
#include "ui/CoverBanner.h"
#include "ui/CoverDialog.h"
#include "ui/MainWindow.h"

#include <QAction>

namespace engage {

CoverSession::CoverSession(QNetworkAccessManager *network, const GongConfig &repConfig,
                           const GongUser &teammate, RateLimiter *sharedLimiter, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_teammate(teammate)
    , m_clock(clock)
    , m_limiter(sharedLimiter)
    , m_client(std::make_unique<GongClient>(network))
{
    GongConfig config = repConfig;
    config.userId = teammate.id;
    m_client->setConfig(config);
}

CoverSession::~CoverSession()
{
    // The window holds pointers into the engine and the actions; the catalog into the store.
    m_window.reset();
    m_catalog.reset();
    m_actions.reset();
    m_sync.reset();
    m_store.reset();
}

QString CoverSession::onBehalfOf() const
{
    const QString name = CoverDialog::displayName(m_teammate);
    if (name == m_teammate.emailAddress || m_teammate.emailAddress.isEmpty())
        return name;
    return tr("%1 (%2)").arg(name, m_teammate.emailAddress);
}

QString CoverSession::title() const
{
    return tr("Covering %1").arg(CoverDialog::displayName(m_teammate));
}

bool CoverSession::open(const QString &storePath, const CallSettings &callSettings, QString *error)
{
    m_store = std::make_unique<TaskStore>();
    if (!m_store->open(storePath)) {
        *error = m_store->errorString();
        m_store.reset();
        return false;
    }
    m_store->setOnBehalfOf(onBehalfOf());
    m_sync = std::make_unique<SyncEngine>(m_client.get(), m_store.get(), m_clock);
    m_sync->shareRateLimiter(m_limiter);
    m_actions = std::make_unique<TaskActions>(m_sync.get());
    m_catalog = std::make_unique<CallCatalog>(m_client.get(), m_store.get(), m_limiter, m_clock);
    // No settings: the window's size and columns are the rep's own window's to keep.
    m_window = std::make_unique<MainWindow>(m_sync.get(), m_actions.get(), m_clock);
    m_window->setCallCatalog(m_catalog.get());
    m_window->setCallSettings(callSettings);
    m_window->setWindowTitle(title());
    m_banner = CoverBanner::attachTo(m_window.get(), CoverDialog::displayName(m_teammate));
    // The account, the app's preferences and covering someone else belong to the rep's window.
    using Id = ActionRegistry::Id;
    for (Id id : {Id::Settings, Id::CallingSettings, Id::Preferences, Id::CoverTeammate}) {
        QAction *action = m_window->actionRegistry()->action(id);
        action->setVisible(false);
        action->setEnabled(false);
    }
    if (!m_store->movedAside().isEmpty())
        m_window->showError(m_store->errorString());
    connect(m_window.get(), &MainWindow::closedForGood, this, &CoverSession::closed,
            Qt::QueuedConnection);
    m_window->show();
    m_sync->start();
    m_catalog->start();
    return true;
}

} // namespace engage
