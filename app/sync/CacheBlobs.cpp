#include "sync/CacheBlobs.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace engage {

namespace {
QAtomicInteger<int> s_serial;
} // namespace

CacheBlobs::CacheBlobs(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_owner(QThread::currentThread())
{}

QByteArray CacheBlobs::blob(qint64 id) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_allRead && QThread::currentThread() != m_owner)
            readAll();
        if (m_allRead)
            return m_all.take(id);
    }
    QByteArray out;
    if (readOne(id, &out))
        return out;
    // The store is closed (the app is quitting): from a connection of its own.
    QMutexLocker lock(&m_mutex);
    readAll();
    return m_all.take(id);
}

bool CacheBlobs::readOne(qint64 id, QByteArray *out) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT data FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        *out = q.value(0).toByteArray();
    else if (q.lastError().isValid())
        qCWarning(lcStore).noquote() << "a cached task could not be read:" << q.lastError().text();
    return true;
}

void CacheBlobs::readAll() const
{
    if (m_allRead)
        return;
    m_allRead = true;
    if (m_path.isEmpty() || m_path == QLatin1String(":memory:"))
        return; // no second connection to it: what was not read stays unread
    const QString name =
        QStringLiteral("engage-cache-blobs-%1").arg(s_serial.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        QSqlError error;
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(QStringLiteral("SELECT id, data FROM tasks"))) {
                while (q.next())
                    m_all.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
            }
            error = q.lastError();
        } else {
            error = db.lastError();
        }
        if (error.isValid())
            qCWarning(lcStore).noquote() << "the cached tasks could not be read:" << error.text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace engage
