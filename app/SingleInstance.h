#pragma once

#include "app/FolderLock.h"

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace engage {

// One running app per data folder. The first start takes a lock file in the folder (a lock
// left by a crashed or killed run is taken over) and listens on a local socket named from the
// folder; a later start finds the lock held, asks the first over that socket to show its
// window, and ends. Two folders (the demo's and an account's) never meet.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role { Primary, Secondary, Failed };

    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Takes the lock, or finds who holds it. Failed: the folder cannot hold a lock file.
    Role claim();
    // Primary only: answers later starts from now on. Called once the window is on screen (the
    // socket's set-up took 2 ms of start-up); a later start that comes before it tries again
    // for a while (handOver).
    void listen();
    QString errorString() const { return m_error; }
    // Secondary only: asks the primary to raise its window; true once it said so.
    bool handOver(int timeoutMs = 4000);

    static QString socketName(const QString &dataDir);

signals:
    // A later start asked for the window.
    void activationRequested();

private:
    QString m_dataDir;
    FolderLock m_lock;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace engage
