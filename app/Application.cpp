#include "app/Application.h"

#include "app/CommandLine.h"
#include "app/CoverSession.h"
#include "app/SingleInstance.h"

#include "core/CallSettings.h"
#include "core/Clock.h"
#include "core/Translations.h"
#include "gong/CredentialStore.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "sync/AccountCheck.h"
#include "sync/CallCatalog.h"
#include "sync/StoreLocation.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"
#include "ui/AppearancePage.h"
#include "ui/CallSession.h"
#include "ui/CallingSettingsDialog.h"
#include "ui/ConnectDialog.h"
#include "ui/CoverDialog.h"
#include "ui/DesktopIntegration.h"
#include "ui/DesktopPage.h"
#include "ui/GeneralPage.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/ShortcutsPage.h"
#include "ui/ThemeManager.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcStartup, "engage.startup", QtWarningMsg)

namespace engage {

namespace {
// Milestones of start-up, for QT_LOGGING_RULES="engage.startup.debug=true".
QElapsedTimer &startupClock()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock;
}

} // namespace

Application::Application(QObject *parent)
    : QObject(parent)
{}

Application::~Application()
{
    // The windows go first: they hold pointers into the sync engines (a teammate's engine into
    // the rep's rate limiter).
    for (const QPointer<CoverSession> &cover : std::as_const(m_covers))
        delete cover.data();
    m_desktop.reset();
    m_window.reset();
    m_accountCheck.reset();
    m_credentials.reset();
    m_actions.reset();
    m_sync.reset();
    m_store.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

Application::Started Application::start(const Options &options)
{
    startupClock();
    QString dataDir = options.dataDir.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          : QDir(options.dataDir).absolutePath();
    // The demo lives in its own folder (settings, store, lock): it runs beside a real account
    // and its tasks never mix with one.
    if (options.demo)
        dataDir += QStringLiteral("/demo");
    if (!QDir().mkpath(dataDir)) {
        return fail(tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(dataDir)));
    }
    // Task data is the rep's business: keep the folder private.
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dataDir = dataDir;

    m_instance = std::make_unique<SingleInstance>(dataDir);
    switch (m_instance->claim()) {
    case SingleInstance::Role::Failed:
        return fail(m_instance->errorString());
    case SingleInstance::Role::Secondary:
        // A second click in the menu: the running app shows its window, this one ends.
        if (!m_instance->handOver())
            return fail(tr("Engage Tasks is already running for %1, but it does not answer. Close "
                           "it (or end it in your system monitor), then start it again.")
                            .arg(QDir::toNativeSeparators(dataDir)));
        return Started::HandedOver;
    case SingleInstance::Role::Primary:
        break;
    }
    qCDebug(lcStartup) << "instance claimed" << startupClock().elapsed() << "ms";
    m_settings = std::make_unique<QSettings>(dataDir + QStringLiteral("/settings.ini"),
                                             QSettings::IniFormat);
    // The rep's own choice of language (Preferences), over the desktop's.
    if (const QString language = m_settings->value(Translations::settingsKey()).toString();
        !language.isEmpty())
        Translations::install(language);

    GongConfig config = CommandLine::resolveConfig(options, *m_settings);
    if (options.demo) {
        m_sandbox = std::make_unique<SandboxServer>();
        m_sandbox->seedDemoData(Clock::system().now(), Clock::system().timeZone());
        m_sandbox->setTasks(
            m_sandbox->tasks() +
            DemoData::teammateTasks(Clock::system().now(), Clock::system().timeZone()));
        if (!m_sandbox->start()) {
            return fail(tr("The demo server could not listen on 127.0.0.1."));
        }
        config.baseUrl = m_sandbox->baseUrl();
        config.credentials = {
            SandboxServer::demoAccessKey(), SandboxServer::demoAccessKeySecret(), {}};
        config.userId = QString::number(DemoData::RepUserId);
        config.workspaceId.clear();
    }
    m_config = config;

    QString storeError;
    m_store = openStore(config, &storeError);
    qCDebug(lcStartup) << "store open" << startupClock().elapsed() << "ms";
    if (!m_store) {
        return fail(storeError);
    }
    // The cache is read on a thread of its own while the window is built below.
    m_store->prefetchCache();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GongClient>(m_network.get());
    m_client->setConfig(config);
    m_sync = std::make_unique<SyncEngine>(m_client.get(), m_store.get(), Clock::system());
    m_actions = std::make_unique<TaskActions>(m_sync.get());
    m_catalog = std::make_unique<CallCatalog>(m_client.get(), m_store.get(), &m_sync->rateLimiter(),
                                              Clock::system());
    // The saved appearance before the window, so it is built in its colours.
    m_theme = std::make_unique<ThemeManager>(m_settings.get());
    m_theme->applySaved();
    qCDebug(lcStartup) << "theme applied" << startupClock().elapsed() << "ms";
    m_window = std::make_unique<MainWindow>(m_sync.get(), m_actions.get(), Clock::system(),
                                            m_settings.get());
    m_window->setCallCatalog(m_catalog.get());
    m_window->setCallSettings(CallSettings::read(*m_settings));
    // "Remember my choice" in a session: the answer is the rep's setting from now on.
    connect(m_window->callSession(), &CallSession::settingsRemembered, this,
            [this](const CallSettings &settings) { settings.write(*m_settings); });
    if (!storeError.isEmpty())
        m_window->showError(storeError);
    qCDebug(lcStartup) << "window built" << startupClock().elapsed() << "ms";
    updateTitle();
    m_desktop = std::make_unique<DesktopIntegration>(m_window.get(), m_sync.get(), m_actions.get(),
                                                     Clock::system(), m_settings.get());
    connect(m_window.get(), &MainWindow::closedForGood, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
    if (!options.minimized)
        m_window->show();
    else if (!m_desktop->trayAvailable())
        m_window->showMinimized();
    connect(m_instance.get(), &SingleInstance::activationRequested, m_window.get(),
            &MainWindow::showAndRaise);
    // Later starts are answered once the list is on screen (or within a second, whatever
    // happens to the window), at once when there is no window to wait for.
    if (m_window->isVisible()) {
        connect(m_window.get(), &MainWindow::listPainted, m_instance.get(), &SingleInstance::listen,
                static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
        QTimer::singleShot(1000, m_instance.get(), &SingleInstance::listen);
    } else {
        m_instance->listen();
    }
    m_credentials = std::make_unique<CredentialStore>();
    m_accountCheck = std::make_unique<AccountCheck>(m_network.get(), m_credentials.get(),
                                                    &m_sync->rateLimiter());
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::openConnectDialog);
    connect(m_window.get(), &MainWindow::callingSettingsRequested, this,
            &Application::openCallingSettings);
    connect(m_window.get(), &MainWindow::preferencesRequested, this, &Application::openPreferences);
    connect(m_window.get(), &MainWindow::coverTeammateRequested, this,
            &Application::openCoverDialog);
    if (options.demo) {
        m_started = true;
        startSync();
        return Started::Running;
    }
    connectAndStart();
    return Started::Running;
}

void Application::startSync()
{
    m_sync->start();
    m_catalog->start();
}

Application::Started Application::fail(const QString &why)
{
    m_startError = why;
    std::fprintf(stderr, "engage-tasks: %s\n", qUtf8Printable(why));
    return Started::Failed;
}

QString Application::accountKey(const GongConfig &config)
{
    if (config.userId.trimmed().isEmpty())
        return {};
    return StoreLocation::fileFor({}, config.baseUrl, config.userId);
}

std::unique_ptr<TaskStore> Application::openStore(const GongConfig &config, QString *message)
{
    auto store = std::make_unique<TaskStore>();
    QString path;
    if (m_sandbox) {
        path = QDir(m_dataDir).filePath(QStringLiteral("demo.sqlite"));
    } else if (accountKey(config).isEmpty()) {
        // No account yet: nothing of the rep's to keep, and nothing may be left for another.
        path = QStringLiteral(":memory:");
    } else {
        path = StoreLocation::fileFor(m_dataDir, config.baseUrl, config.userId);
        QString error;
        if (!StoreLocation::adoptLegacyStore(
                m_dataDir, path, config.userId,
                m_settings->value(QStringLiteral("gong/userId")).toString(), &error))
            *message = error;
    }
    if (!store->open(path)) {
        *message = store->errorString();
        return nullptr;
    }
    if (!store->movedAside().isEmpty())
        *message = store->errorString();
    return store;
}

void Application::updateTitle()
{
    // The desktop adds the app's name after it ("Demo — Engage Tasks"), so the title names only
    // whose tasks these are.
    if (m_sandbox)
        m_window->setWindowTitle(tr("Demo"));
    else if (accountKey(m_config).isEmpty())
        m_window->setWindowTitle(tr("Not connected"));
    else
        m_window->setWindowTitle(StoreLocation::accountLabel(m_config.baseUrl, m_config.userId));
}

bool Application::switchAccount(const GongConfig &config)
{
    QString message;
    std::unique_ptr<TaskStore> store = openStore(config, &message);
    if (!store) {
        m_window->showError(
            tr("The other account's task store could not be opened: %1").arg(message));
        return false;
    }
    m_client->setConfig(config);
    // The engine lets go of the old store (its unsent changes stay in it, for when that account
    // is used again) before the old store closes.
    m_sync->switchStore(store.get());
    m_catalog->setStore(store.get());
    m_actions->clearUndo();
    std::swap(m_store, store);
    if (!message.isEmpty())
        m_window->showError(message);
    return true;
}

void Application::connectAndStart()
{
    auto startOrAsk = [this] {
        if (m_config.problem().isEmpty() && !m_config.userId.isEmpty()) {
            m_client->setConfig(m_config);
            m_started = true;
            startSync();
            qCDebug(lcStartup) << "cache loaded and shown" << startupClock().elapsed() << "ms";
        } else {
            m_window->showError(tr("Not connected to Gong yet: enter your API address, "
                                   "credentials and user id (File → Settings, "
                                   "Ctrl+,), or start with --demo to try the app."));
            openConnectDialog();
        }
    };
    if (m_config.credentials.isComplete()) {
        startOrAsk();
        return;
    }
    // Secrets live in the system keychain, never in the settings file.
    const QString account = CredentialStore::accountFor(m_config.baseUrl, m_config.userId);
    m_credentials->load(
        account, this,
        [this, startOrAsk](const std::optional<Credentials> &saved, const QString &error) {
            if (saved)
                m_config.credentials = *saved;
            else if (!error.isEmpty())
                m_window->showError(error);
            startOrAsk();
        });
}

void Application::openConnectDialog()
{
    if (m_sandbox) {
        // The demo's journal must never mix with a real account's.
        QMessageBox::information(m_window.get(), tr("Demo mode"),
                                 tr("This is the built-in demo. To connect to your Gong "
                                    "account, start Engage Tasks without --demo."));
        return;
    }
    auto *dialog = new ConnectDialog(m_accountCheck.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfig(m_config);
    dialog->setEmail(m_settings->value(QStringLiteral("gong/email")).toString());
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applyConfig(dialog->config(), dialog->email()); });
    dialog->open();
}

void Application::openCoverDialog()
{
    if (!m_started || !m_client->config().problem().isEmpty()) {
        m_window->showError(tr("Connect to Gong first (File → Settings): a teammate's queue is "
                               "opened with your connection."));
        return;
    }
    auto *dialog = new CoverDialog(m_accountCheck.get(), m_client->config(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openCover(dialog->teammate()); });
    dialog->open();
}

void Application::openCover(const GongUser &teammate)
{
    m_covers.removeIf([](const QPointer<CoverSession> &c) { return c.isNull(); });
    for (const QPointer<CoverSession> &open : std::as_const(m_covers)) {
        if (open->teammate().id == teammate.id) {
            open->window()->showAndRaise();
            return;
        }
    }
    // The demo's stores stay in the demo's folder, under names no real account can have.
    const QString path =
        m_sandbox ? QDir(m_dataDir).filePath(QStringLiteral("demo-%1.sqlite").arg(teammate.id))
                  : StoreLocation::fileFor(m_dataDir, m_config.baseUrl, teammate.id);
    auto *cover = new CoverSession(m_network.get(), m_client->config(), teammate,
                                   &m_sync->rateLimiter(), Clock::system(), this);
    QString error;
    if (!cover->open(path, CallSettings::read(*m_settings), &error)) {
        m_window->showError(tr("%1's task store could not be opened: %2")
                                .arg(CoverDialog::displayName(teammate), error));
        delete cover;
        return;
    }
    connect(cover, &CoverSession::closed, cover, &QObject::deleteLater);
    m_covers.append(cover);
}

void Application::openCallingSettings()
{
    auto *dialog = new CallingSettingsDialog(CallSettings::read(*m_settings), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CallSettings settings = dialog->settings();
        settings.write(*m_settings);
        m_window->setCallSettings(settings);
    });
    dialog->open();
}

void Application::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addPage(new GeneralPage(m_settings.get()));
    dialog->addPage(new AppearancePage(m_theme.get()));
    dialog->addPage(new DesktopPage(m_desktop.get(), m_settings.get()));
    dialog->addPage(new ShortcutsPage(m_window->actionRegistry(), m_settings.get()));
    dialog->open();
}

void Application::applyConfig(const GongConfig &config, const QString &email)
{
    const bool otherAccount = accountKey(config) != accountKey(m_config);
    if (otherAccount && !switchAccount(config))
        return;
    m_config = config;
    m_settings->setValue(QStringLiteral("gong/baseUrl"), config.baseUrl.toString());
    m_settings->setValue(QStringLiteral("gong/userId"), config.userId);
    m_settings->setValue(QStringLiteral("gong/workspaceId"), config.workspaceId);
    m_settings->setValue(QStringLiteral("gong/email"), email);
    m_client->setConfig(config);
    m_window->showError({});
    updateTitle();
    if (otherAccount) {
        m_started = true; // switchAccount() started the engine on the other store
    } else if (!m_started) {
        m_started = true;
        startSync();
    } else {
        m_sync->resume();
    }
}

} // namespace engage
