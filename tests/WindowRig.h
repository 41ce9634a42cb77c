#pragma once

// Everything a window needs, wired as Application wires it, on a fixed clock in Berlin: the
// real MainWindow against the sandbox over loopback (tst_mainwindow, tst_actions).
#include "SandboxConfig.h"
#include "core/Clock.h"
#include "gong/GongClient.h"
#include "sandbox/SandboxServer.h"
#include "sync/SyncEngine.h"
#include "sync/TaskActions.h"
#include "sync/TaskStore.h"
#include "ui/MainWindow.h"
#include "ui/TaskListModel.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

inline QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

struct Rig {
    // Monday 30 Nov 2026, 13:00 UTC = 14:00 in Berlin.
    engage::ManualClock clock{QDateTime(QDate(2026, 11, 30), QTime(13, 0), QTimeZone::utc()),
                              QTimeZone("Europe/Berlin")};
    QTemporaryDir dir;
    engage::SandboxServer server;
    QNetworkAccessManager network;
    engage::GongClient client{&network};
    engage::TaskStore store;
    std::unique_ptr<engage::SyncEngine> sync;
    std::unique_ptr<engage::TaskActions> actions;
    std::unique_ptr<engage::MainWindow> window;
    // The window's settings (its saved keys, the palette's recent choices); none by default.
    QSettings *settings = nullptr;

    // `seed` replaces the demo's tasks before the window first asks for them.
    bool start(const std::function<void(engage::SandboxServer &)> &seed = {})
    {
        server.seedDemoData(clock.now(), clock.timeZone());
        if (seed)
            seed(server);
        server.setNow([this] { return clock.now(); });
        if (!server.start() || !store.open(dir.filePath(QStringLiteral("t.sqlite")))) {
            qWarning() << "rig: server or store did not start" << store.errorString();
            return false;
        }
        client.setConfig(sandboxConfig(server));
        sync = std::make_unique<engage::SyncEngine>(&client, &store, clock);
        actions = std::make_unique<engage::TaskActions>(sync.get());
        window = std::make_unique<engage::MainWindow>(sync.get(), actions.get(), clock, settings);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get())) {
            qWarning() << "rig: the window never became active";
            return false;
        }
        sync->start();
        return QTest::qWaitFor([this] { return view()->model()->rowCount() > 0; }, 10000);
    }
    QTreeView *view() const { return window->taskView(); }
    QAbstractItemModel *model() const { return view()->model(); }
    qint64 idAt(int row) const
    {
        return model()->index(row, 0).data(engage::TaskListModel::TaskIdRole).toLongLong();
    }
    int currentRow() const { return view()->currentIndex().row(); }
    void key(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view(),
                        static_cast<Qt::Key>(key), mods);
    }
    QList<engage::RecordedRequest> patches() const { return server.patchRequests(); }
};
