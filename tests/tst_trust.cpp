// Issue 10, with the real binaries: what the rep sees when the server at Gong's address is not
// Gong, and when the disk cannot take a change.
//  - A server that answers every request with an HTML 404 page, on the very address (host and
//    port, so the very store) the account synced with: the list, the cache and the journal stay,
//    the change waits, the window never says "Synced" and says why; once Gong is back the change
//    reaches it, and only then does the window say "Synced". A first run with no account never
//    says "Synced" either.
//  - A full disk (a small tmpfs as the data folder, filled to the last byte): a change is not
//    made, the rep is told where to make room, the selection stays, nothing goes to Gong; with
//    room again the same change goes through.
#include "ProcessHarness.h"
#include "sandbox/DemoData.h"
#include "sync/StoreLocation.h"
#include "sync/TaskStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace engage;
using harness::App;
using harness::Sandbox;

namespace {
// The sandbox's seed time, the same in every sandbox of a test: a sandbox started again serves
// the tasks as the app cached them, so no change looks like a conflict.
const QString SeedNow = QStringLiteral("2026-12-01T10:00:00Z");
const QString RepId = QString::number(DemoData::RepUserId);
const QString NotGongMessage = QStringLiteral("does not look like Gong's API");

QStringList dataDirArgs(const QString &dataDir)
{
    return {QStringLiteral("--data-dir"), dataDir};
}

// What the window shows, from the automation channel's "screen".
struct Screen {
    qint64 current = 0;
    QString status;
    QString error;
    QByteArray raw;
};

QString unescaped(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\\' && i + 1 < text.size()) {
            const char next = text.at(++i);
            out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
        } else {
            out.append(text.at(i));
        }
    }
    return QString::fromUtf8(out);
}

// "screen current=ID status=TEXT error=TEXT": the error comes last, so it may hold anything.
Screen screenOf(App &app)
{
    Screen s;
    s.raw = app.ask("screen");
    const qsizetype status = s.raw.indexOf(" status=");
    const qsizetype error = s.raw.indexOf(" error=");
    if (!s.raw.startsWith("screen current=") || status < 0 || error < status)
        return s;
    s.current = s.raw.mid(15, status - 15).toLongLong();
    s.status = unescaped(s.raw.mid(status + 8, error - status - 8));
    s.error = unescaped(s.raw.mid(error + 7));
    return s;
}

int countOf(App &app)
{
    const QByteArray reply = app.ask("count");
    return reply.startsWith("count ") ? reply.mid(6).toInt() : -1;
}

QByteArray idText(qint64 id)
{
    return QByteArray::number(id);
}

// Something that is not Gong on Gong's address (a wrong host, a proxy's or a portal's page):
// every request, whatever its path, gets an HTML 404. Each request is read whole before the
// answer, and the answer says Connection: close and closes, so the client's keep-alive pool
// never sends a request into a socket about to go away.
class NotGongServer
{
public:
    bool listen(quint16 port)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { serve(socket); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    QString errorString() const { return m_server.errorString(); }
    // The request lines ("POST /v2/tasks") it answered.
    QList<QByteArray> requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0 || socket->property("answered").toBool())
            return;
        qsizetype length = 0;
        for (const QByteArray &header : buffer.left(headerEnd).split('\n')) {
            if (header.toLower().startsWith("content-length:"))
                length = header.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still on its way
        socket->setProperty("answered", true);
        const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
        m_requests.append(requestLine.left(requestLine.lastIndexOf(' ')));
        const QByteArray body = "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
                                "<body><h1>Not Found</h1><p>The requested URL was not found on "
                                "this server.</p></body></html>\n";
        socket->write("HTTP/1.1 404 Not Found\r\n"
                      "Content-Type: text/html; charset=utf-8\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) +
                      "\r\n"
                      "Connection: close\r\n\r\n" +
                      body);
        socket->disconnectFromHost(); // after what was written has gone out
    }

    QTcpServer m_server;
    QList<QByteArray> m_requests;
};

// A tmpfs of `bytes` mounted on `path` for as long as this lives; unmounted however the test
// ends (lazily, should a file on it still be open).
class SmallDisk
{
public:
    SmallDisk(const QString &path, qint64 bytes)
        : m_path(QFile::encodeName(path))
    {
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
        if (::mount("tmpfs", m_path.constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData()) == 0)
            m_mounted = true;
        else
            m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;
    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }

private:
    QByteArray m_path;
    bool m_mounted = false;
    QString m_error;
};

// Whether the next commit to `database` must make its write-ahead log longer. SQLite appends a
// commit's pages to the -wal at frame mxFrame; only after a checkpoint that copied every frame
// back (nBackfill == mxFrame) does the next writer start again at frame 0, overwriting blocks the
// file already has. On a full disk such a commit succeeds, rightly: the disk did take it. So a
// full disk refuses a change only while the log has no such room: not checkpointed, and no
// longer than its frames. Read from the -shm (the WAL index: mxFrame at byte 16, the page size
// at 14, nBackfill at 96, in the machine's byte order) and the -wal's size.
bool walMustGrow(const QString &database, QString *why)
{
    QFile shm(database + QStringLiteral("-shm"));
    if (!shm.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no %1").arg(shm.fileName());
        return false;
    }
    const QByteArray index = shm.read(100);
    if (index.size() < 100) {
        *why = QStringLiteral("the WAL index is too short");
        return false;
    }
    quint16 pageSize = 0;
    quint32 mxFrame = 0, nBackfill = 0;
    std::memcpy(&pageSize, index.constData() + 14, sizeof pageSize);
    std::memcpy(&mxFrame, index.constData() + 16, sizeof mxFrame);
    std::memcpy(&nBackfill, index.constData() + 96, sizeof nBackfill);
    const qint64 walSize = QFileInfo(database + QStringLiteral("-wal")).size();
    const qint64 framesEnd = 32 + qint64(mxFrame) * (qint64(pageSize) + 24);
    *why = QStringLiteral("mxFrame %1, nBackfill %2, page size %3, -wal %4 bytes")
               .arg(mxFrame)
               .arg(nBackfill)
               .arg(pageSize)
               .arg(walSize);
    return mxFrame > 0 && nBackfill < mxFrame && walSize == framesEnd;
}

// Writes `path` until the disk refuses, in large blocks, then byte by byte: when it returns
// true, not one more byte fits on that file system. `bytes` says how much was written.
bool fillDisk(const QString &path, qint64 *bytes, QString *problem)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        *problem = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const QByteArray block(64 * 1024, 'x');
    *bytes = 0;
    for (const qsizetype size : {block.size(), qsizetype(1)}) {
        for (;;) {
            const ssize_t n = ::write(fd, block.constData(), static_cast<size_t>(size));
            if (n > 0) {
                *bytes += n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno != ENOSPC) {
                *problem = QString::fromLocal8Bit(std::strerror(errno));
                ::close(fd);
                return false;
            }
            break; // ENOSPC (or a write of 0): the next, smaller, size
        }
    }
    ::fsync(fd);
    ::close(fd);
    return true;
}
} // namespace

class TestTrust : public QObject
{
    Q_OBJECT

private slots:
    void serverThatIsNotGongChangesNothing()
    {
        QTemporaryDir data;
        const QStringList seed{QStringLiteral("--now"), SeedNow};
        QUrl gong;
        int count = 0;
        // Online once: the cache is filled, and the window can say "Synced" (so the checks
        // below, that it does not, would see it).
        {
            Sandbox sandbox(seed);
            QVERIFY(sandbox.url().isValid());
            gong = sandbox.url();
            App app(harness::automationEnvironment(gong, RepId), dataDirArgs(data.path()));
            QCOMPARE(app.line(), QByteArray("ready"));
            QCOMPARE(app.ask("waitsynced"), QByteArray("synced"));
            count = countOf(app);
            QVERIFY(count > 0);
            const Screen online = screenOf(app);
            QVERIFY2(online.status.contains(QLatin1String("Synced")), online.raw.constData());
            QCOMPARE(app.quit(), QString());
        }
        const QString storeFile = StoreLocation::fileFor(data.path(), gong, RepId);
        qint64 changed = 0;
        {
            TaskStore store;
            QVERIFY2(store.open(storeFile), qPrintable(store.errorString()));
            const TaskList cached = store.cachedTasks();
            QCOMPARE(cached.size(), count);
            QVERIFY(store.pendingChanges().isEmpty());
            for (const Task &t : cached) {
                if (t.status == TaskStatus::Open) {
                    changed = t.id;
                    break;
                }
            }
            QVERIFY(changed != 0);
        }

        // The sandbox is gone; on its address, something that answers every request with an
        // HTML 404 page.
        {
            NotGongServer notGong;
            QVERIFY2(notGong.listen(static_cast<quint16>(gong.port())),
                     qPrintable(notGong.errorString()));
            App app(harness::automationEnvironment(gong, RepId), dataDirArgs(data.path()));
            QVERIFY2(app.line() == "ready", qPrintable(app.diagnosis()));
            QCOMPARE(countOf(app), count); // the list, from the cache
            QCOMPARE(app.ask("done " + idText(changed)), QByteArray("ok"));
            // Some seconds of retries (backoff 0.5-1.5 s, then 1-3 s; each one a list request,
            // as the change waits for a good look at Gong first): the window is watched all
            // along and never says "Synced", and the list stays as it was.
            QElapsedTimer clock;
            clock.start();
            Screen last;
            while (clock.elapsed() < 3000 ||
                   (notGong.requests().size() < 3 && clock.elapsed() < 10000)) {
                last = screenOf(app);
                QVERIFY2(last.raw.startsWith("screen "), last.raw.constData());
                QVERIFY2(!last.status.contains(QLatin1String("Synced")), last.raw.constData());
                QCOMPARE(countOf(app), count);
                QTest::qWait(100);
            }
            QVERIFY2(notGong.requests().size() >= 3,
                     notGong.requests().join(" | ").prepend("only: ").constData());
            QVERIFY2(last.error.contains(NotGongMessage), last.raw.constData());
            QVERIFY2(last.error.contains(QLatin1String("404")), last.raw.constData());
            QVERIFY2(last.error.contains(QLatin1String("text/html")), last.raw.constData());
            // The change is shown as made, and waits.
            QCOMPARE(app.ask("task " + idText(changed)),
                     "task " + idText(changed) + " DONE pending");
            QCOMPARE(app.quit(), QString());
        }
        // Nothing of the account's was lost on the way: the whole cache, and the change.
        {
            TaskStore store;
            QVERIFY2(store.open(storeFile), qPrintable(store.errorString()));
            QCOMPARE(store.cachedTasks().size(), count);
            const QList<PendingChange> pending = store.pendingChanges();
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.at(0).taskId, changed);
            QCOMPARE(pending.at(0).update.status, std::optional<TaskStatus>(TaskStatus::Done));
            QVERIFY(!pending.at(0).failed);
        }

        // Gong back on its address: the change reaches it, and only now is the window synced.
        Sandbox sandbox(QStringList{QStringLiteral("--port"), QString::number(gong.port())} + seed);
        QCOMPARE(sandbox.url(), gong);
        App app(harness::automationEnvironment(gong, RepId), dataDirArgs(data.path()));
        QCOMPARE(app.line(), QByteArray("ready"));
        QVERIFY2(app.ask("waitsynced") == "synced", qPrintable(app.diagnosis()));
        const QList<harness::Patch> patches = sandbox.patches();
        QVERIFY2(patches.size() == 1, sandbox.log().constData());
        QCOMPARE(patches.at(0).taskId, changed);
        QCOMPARE(patches.at(0).userId, RepId);
        QCOMPARE(patches.at(0).status, QStringLiteral("DONE"));
        const Screen synced = screenOf(app);
        QVERIFY2(synced.status.contains(QLatin1String("Synced")), synced.raw.constData());
        QVERIFY2(!synced.error.contains(NotGongMessage), synced.raw.constData());
        QCOMPARE(app.quit(), QString());
        QCOMPARE(harness::tasksOf(gong, RepId).value(changed), QStringLiteral("DONE"));
        TaskStore store;
        QVERIFY2(store.open(storeFile), qPrintable(store.errorString()));
        QVERIFY(store.pendingChanges().isEmpty());
    }

    // No account at all: nobody has answered, so nothing may look synced.
    void firstRunWithoutAccountIsNotSynced()
    {
        QTemporaryDir data;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("GONG_")))
                env.remove(key);
        }
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("ENGAGE_AUTOMATION"), QStringLiteral("1"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        App app(env, dataDirArgs(data.path()));
        QElapsedTimer clock;
        clock.start();
        Screen last;
        while (clock.elapsed() < 2000) {
            last = screenOf(app);
            QVERIFY2(last.raw.startsWith("screen "), qPrintable(app.diagnosis()));
            QVERIFY2(!last.status.contains(QLatin1String("Synced")), last.raw.constData());
            QTest::qWait(100);
        }
        QVERIFY2(last.status.contains(QLatin1String("Not connected")), last.raw.constData());
        QCOMPARE(app.quit(), QString());
    }

    void startingOnAFullDiskKeepsTheJournal()
    {
        // A change waits in the journal; the rep starts the app while the disk is (nearly)
        // full. The store must stay where it is with the change in it (an earlier version took
        // the disk's I/O error for a damaged file, moved the store aside and started empty), the
        // rep must be told, and once there is room the change must reach Gong.
        if (::geteuid() != 0)
            QSKIP("Mounting a small tmpfs as the data folder needs root.");
        QTemporaryDir base;
        const QString mountPoint = QDir(base.path()).filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        const SmallDisk disk(mountPoint, 4 * 1024 * 1024);
        if (!disk.mounted())
            QSKIP(qPrintable(
                QStringLiteral("Cannot mount a tmpfs on %1: %2").arg(mountPoint, disk.error())));
        const QString dataDir = QDir(mountPoint).filePath(QStringLiteral("engage"));
        Sandbox sandbox({QStringLiteral("--now"), SeedNow});
        QVERIFY(sandbox.url().isValid());
        {
            App app(harness::automationEnvironment(sandbox.url(), RepId), dataDirArgs(dataDir));
            QCOMPARE(app.line(), QByteArray("ready"));
            QVERIFY2(app.ask("waitsynced") == "synced", qPrintable(app.diagnosis()));
            QCOMPARE(app.quit(), QString());
        }
        const QString storeFile = StoreLocation::fileFor(dataDir, sandbox.url(), RepId);
        qint64 waiting = 0;
        {
            TaskStore store;
            QVERIFY(store.open(storeFile));
            const TaskList cached = store.cachedTasks();
            QVERIFY(!cached.isEmpty());
            waiting = cached.at(0).id;
            QVERIFY(store.appendChange(waiting, {TaskStatus::Done, {}}, cached.at(0).updated,
                                       QDateTime::currentDateTimeUtc()) > 0);
        } // closed: SQLite folds the -wal into the file and removes it and the -shm
        // Full but for a few blocks: enough for the lock file, not for the store's WAL index.
        const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler"));
        qint64 filled = 0;
        QString problem;
        QVERIFY2(fillDisk(filler, &filled, &problem), qPrintable(problem));
        QVERIFY(QFile::resize(filler, filled - 8 * 1024));

        QProcess full;
        full.setProcessEnvironment(harness::automationEnvironment(sandbox.url(), RepId));
        full.start(harness::appBinary(), dataDirArgs(dataDir));
        QVERIFY(full.waitForFinished(15000));
        const QString said = QString::fromLocal8Bit(full.readAllStandardError());
        QVERIFY2(full.exitCode() != 0, qPrintable(said));
        QVERIFY2(said.contains(QDir::toNativeSeparators(dataDir)), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("space")), qPrintable(said));
        // Nothing was moved aside, and nothing went to Gong.
        const QStringList aside =
            QDir(dataDir).entryList({QStringLiteral("*.broken-*")}, QDir::Files);
        QVERIFY2(aside.isEmpty(), qPrintable(aside.join(QLatin1Char(' '))));
        QVERIFY(QFileInfo::exists(storeFile));
        QVERIFY2(sandbox.patches().isEmpty(), sandbox.log().constData());

        // Room again: the change that waited reaches Gong.
        QVERIFY(QFile::remove(filler));
        App app(harness::automationEnvironment(sandbox.url(), RepId), dataDirArgs(dataDir));
        QCOMPARE(app.line(), QByteArray("ready"));
        QVERIFY2(app.ask("waitsynced") == "synced", qPrintable(app.diagnosis()));
        const QList<harness::Patch> patches = sandbox.patches();
        QVERIFY2(patches.size() == 1 && patches.at(0).taskId == waiting &&
                     patches.at(0).status == QStringLiteral("DONE"),
                 sandbox.log().constData());
        QCOMPARE(app.quit(), QString());
    }

    void fullDiskRefusesTheChange()
    {
        if (::geteuid() != 0)
            QSKIP("Mounting a small tmpfs as the data folder needs root.");
        QTemporaryDir base;
        const QString mountPoint = QDir(base.path()).filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        const SmallDisk disk(mountPoint, 4 * 1024 * 1024);
        if (!disk.mounted())
            QSKIP(qPrintable(
                QStringLiteral("Cannot mount a tmpfs on %1: %2").arg(mountPoint, disk.error())));
        const QString dataDir = QDir(mountPoint).filePath(QStringLiteral("engage"));

        Sandbox sandbox({QStringLiteral("--now"), SeedNow});
        QVERIFY(sandbox.url().isValid());
        App app(harness::automationEnvironment(sandbox.url(), RepId), dataDirArgs(dataDir));
        QCOMPARE(app.line(), QByteArray("ready"));
        QVERIFY2(app.ask("waitsynced") == "synced", qPrintable(app.diagnosis()));
        // Two open tasks: the window's current row (done with the window's own D), and another
        // (done through TaskActions, as the list's other doors do).
        const Screen start = screenOf(app);
        const qint64 pressed = start.current;
        QVERIFY2(pressed != 0, start.raw.constData());
        qint64 other = 0;
        for (const auto &[id, status] : harness::tasksOf(sandbox.url(), RepId).asKeyValueRange()) {
            if (id != pressed && status == QLatin1String("OPEN")) {
                other = id;
                break;
            }
        }
        QVERIFY(other != 0);
        QCOMPARE(app.ask("task " + idText(pressed)), "task " + idText(pressed) + " OPEN clean");

        // The disk fills up, to the last byte, while the app runs. A commit then fails only if
        // it needs a new block: SQLite reuses its write-ahead log from the start after a full
        // checkpoint, and a commit into that room succeeds on a full disk (tried with sqlite3
        // 3.40 on a tmpfs: after PRAGMA wal_checkpoint, a small INSERT commits; the next large
        // one gets SQLITE_FULL). Here the store was created in this run and has never been
        // checkpointed (SQLite does so at 1000 pages, more than this disk holds), so the log
        // can only grow, which walMustGrow() checks rather than assumes.
        const QString storeFile = StoreLocation::fileFor(dataDir, sandbox.url(), RepId);
        QString walState;
        QVERIFY2(walMustGrow(storeFile, &walState), qPrintable(walState));
        const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler"));
        qint64 filled = 0;
        QString problem;
        QVERIFY2(fillDisk(filler, &filled, &problem), qPrintable(problem));
        QVERIFY(filled > 0);

        QCOMPARE(app.ask("done " + idText(other)), QByteArray("notsaved"));
        QCOMPARE(app.ask("task " + idText(other)), "task " + idText(other) + " OPEN clean");
        Screen full = screenOf(app);
        QVERIFY2(full.error.contains(QDir::toNativeSeparators(dataDir)), full.raw.constData());
        QVERIFY2(full.error.contains(QLatin1String("no space left")), full.raw.constData());
        // Through the window: not made, and the selection stays on the row.
        QCOMPARE(app.ask("press-done " + idText(pressed)), QByteArray("notsaved"));
        full = screenOf(app);
        QCOMPARE(full.current, pressed);
        QVERIFY2(full.error.contains(QLatin1String("no space left")), full.raw.constData());
        QCOMPARE(app.ask("task " + idText(pressed)), "task " + idText(pressed) + " OPEN clean");
        // Nothing went to Gong, and the window keeps working.
        QTest::qWait(500);
        QVERIFY2(sandbox.patches().isEmpty(), sandbox.log().constData());
        QVERIFY(app.answers());

        // Room again: the same changes go through, and reach Gong.
        QVERIFY(QFile::remove(filler));
        QCOMPARE(app.ask("done " + idText(other)), QByteArray("ok"));
        QCOMPARE(app.ask("press-done " + idText(pressed)), QByteArray("ok"));
        const Screen moved = screenOf(app);
        QVERIFY2(moved.current != pressed, moved.raw.constData());
        QVERIFY2(app.ask("waitsynced") == "synced", qPrintable(app.diagnosis()));
        const QList<harness::Patch> patches = sandbox.patches();
        QVERIFY2(patches.size() == 2, sandbox.log().constData());
        QCOMPARE(patches.at(0).taskId, other);
        QCOMPARE(patches.at(0).status, QStringLiteral("DONE"));
        QCOMPARE(patches.at(1).taskId, pressed);
        QCOMPARE(patches.at(1).status, QStringLiteral("DONE"));
        const QMap<qint64, QString> inGong = harness::tasksOf(sandbox.url(), RepId);
        QCOMPARE(inGong.value(other), QStringLiteral("DONE"));
        QCOMPARE(inGong.value(pressed), QStringLiteral("DONE"));
        QCOMPARE(app.quit(), QString());
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
