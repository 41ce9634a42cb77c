#pragma once

#include "app/CommandLine.h"
#include "gong/GongClient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QApplication;
class QNetworkAccessManager;
class QSettings;

namespace engage {

class AccountCheck;
class CallCatalog;
class ConnectDialog;
class CoverSession;
class CredentialStore;
class DesktopIntegration;
class MainWindow;
class SandboxServer;
class SingleInstance;
class SyncEngine;
class TaskActions;
class TaskStore;
class ThemeManager;

// The composition root: reads the command line, the environment and the settings, builds the
// parts and wires them. Nothing else knows how the parts are put together.
class Application : public QObject
{
    Q_OBJECT
public:
    using Options = StartOptions;

    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    enum class Started { Running, HandedOver, Failed };
    // Builds everything and shows the window. HandedOver: another start already runs on this
    // data folder and was asked to show its window. Failed: reported on stderr.
    Started start(const Options &options);
    // Why start() failed, in words for the rep (also printed on stderr).
    QString startError() const { return m_startError; }
    MainWindow *window() const { return m_window.get(); }
    QNetworkAccessManager *network() const { return m_network.get(); }
    SyncEngine *sync() const { return m_sync.get(); }
    TaskActions *actions() const { return m_actions.get(); }
    DesktopIntegration *desktop() const { return m_desktop.get(); }

private:
    // Credentials from the keychain when the environment has none, then the list.
    void connectAndStart();
    void openConnectDialog();
    // File › Cover a Teammate: find them by email, then their queue in its own window.
    void openCoverDialog();
    void openCover(const GongUser &teammate);
    void openCallingSettings();
    // File › Preferences: each PreferencesPage is added here, where its parts live.
    void openPreferences();
    void applyConfig(const GongConfig &config, const QString &email);
    // The store of the account `config` names (an in-memory one with no account yet).
    std::unique_ptr<TaskStore> openStore(const GongConfig &config, QString *message);
    bool switchAccount(const GongConfig &config);
    void updateTitle();
    Started fail(const QString &why);
    // The engine and the call catalog start on the account's store.
    void startSync();
    // Empty when there is no account; otherwise names the account's store.
    static QString accountKey(const GongConfig &config);

    GongConfig m_config;
    QString m_dataDir;
    QString m_startError;
    std::unique_ptr<SingleInstance> m_instance;
    bool m_started = false;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GongClient> m_client;
    std::unique_ptr<TaskStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<TaskActions> m_actions;
    std::unique_ptr<CallCatalog> m_catalog;
    std::unique_ptr<AccountCheck> m_accountCheck;
    std::unique_ptr<ThemeManager> m_theme;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop;
    QList<QPointer<CoverSession>> m_covers; // children; each deletes itself when its window closes
};

} // namespace engage
