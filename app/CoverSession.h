#pragma once

#include "core/Clock.h"
#include "gong/GongClient.h"

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace engage {

class CallCatalog;
class CoverBanner;
class MainWindow;
class RateLimiter;
class SyncEngine;
class TaskActions;
class TaskStore;
struct CallSettings;

// A teammate's queue, worked on their behalf (File › Cover a Teammate): its own window, store,
// sync engine, actions and call catalog, beside the rep's own and never mixed with them. Its
// GongClient has the rep's address, credentials and workspace but the teammate's user id, so
// every request that carries a userId carries theirs; it sends through the rep's RateLimiter
// (Gong's limit is one budget for the company). Every ledger line says on whose behalf it was
// done. Closing the window ends only this session; its unsent changes stay in its store and go
// the next time the teammate's queue is opened (the window asks first, as QuitGuard does).
class CoverSession : public QObject
{
    Q_OBJECT
public:
    // `network` and `sharedLimiter` must outlive the session.
    CoverSession(QNetworkAccessManager *network, const GongConfig &repConfig,
                 const GongUser &teammate, RateLimiter *sharedLimiter, const Clock &clock,
                 QObject *parent = nullptr);
    ~CoverSession() override;

    // Opens the teammate's store at `storePath` (StoreLocation's file for the address and their
    // user id), builds the window and starts syncing. False, with why in *error, when the store
    // cannot be opened.
    bool open(const QString &storePath, const CallSettings &callSettings, QString *error);

    const GongUser &teammate() const { return m_teammate; }
    // "Megan Foster (megan.foster@acme.example)", as the ledger and the day log say it.
    QString onBehalfOf() const;
    // "Covering Megan Foster"; the desktop adds the app's name after it.
    QString title() const;

    MainWindow *window() const { return m_window.get(); }
    SyncEngine *sync() const { return m_sync.get(); }
    TaskStore *store() const { return m_store.get(); }
    GongClient *client() const { return m_client.get(); }
    CoverBanner *banner() const { return m_banner; }

signals:
    // The window closed for good: the session may be deleted (later, not in the slot).
    void closed();

private:
    GongUser m_teammate;
    const Clock &m_clock;
    RateLimiter *m_limiter;
    std::unique_ptr<GongClient> m_client;
    std::unique_ptr<TaskStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<TaskActions> m_actions;
    std::unique_ptr<CallCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    CoverBanner *m_banner = nullptr; // the window's
};

} // namespace engage
