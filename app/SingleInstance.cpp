#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcInstance, "engage.instance", QtInfoMsg)

namespace engage {

namespace {
constexpr char Activate[] = "activate\n";
constexpr char Activated[] = "activated\n";
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(QDir(dataDir).canonicalPath().isEmpty() ? QDir(dataDir).absolutePath()
                                                        : QDir(dataDir).canonicalPath())
    , m_lock(QDir(dataDir).filePath(QStringLiteral("engage-tasks.lock")))
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::socketName(const QString &dataDir)
{
    // Per user and per folder, as an absolute path in the user's private runtime folder
    // (XDG_RUNTIME_DIR), where no other user can take the name first (a bare name would land in
    // the shared /tmp); short enough for a Unix socket path.
    const QByteArray key = QDir(dataDir).absolutePath().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    return QStringLiteral("%1/engage-tasks-%2-%3")
        .arg(runtime)
        .arg(getuid())
        .arg(QString::fromLatin1(hash.left(16)));
}

SingleInstance::Role SingleInstance::claim()
{
    switch (m_lock.tryLock()) {
    case FolderLock::Result::Locked:
        return Role::Primary;
    case FolderLock::Result::HeldByOther:
        return Role::Secondary;
    case FolderLock::Result::Failed:
        break;
    }
    m_error = tr("Cannot create a lock file in %1: check that the folder is writable and that its "
                 "disk has free space.")
                  .arg(QDir::toNativeSeparators(m_dataDir));
    return Role::Failed;
}

void SingleInstance::listen()
{
    if (m_server)
        return;
    const QString name = socketName(m_dataDir);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file left under this name belongs to a dead run.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        qCWarning(lcInstance) << "cannot listen on" << name << m_server->errorString();
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == Activate) {
                    qCInfo(lcInstance) << "a later start asked for the window";
                    emit activationRequested();
                    socket->write(Activated);
                    socket->flush();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

bool SingleInstance::handOver(int timeoutMs)
{
    const QString name = socketName(m_dataDir);
    const QDeadlineTimer deadline(timeoutMs);
    // The first instance may still be starting and not listen yet: try for a while.
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (socket.waitForConnected(500)) {
            socket.write(Activate);
            socket.flush();
            while (!socket.canReadLine() && socket.waitForReadyRead(int(deadline.remainingTime())))
                ;
            return socket.canReadLine() && socket.readLine() == Activated;
        }
        QThread::msleep(100);
    }
    return false;
}

} // namespace engage
