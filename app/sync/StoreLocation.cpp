#include "sync/StoreLocation.h"

#include "sync/TaskStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLocation, "engage.store", QtInfoMsg)

namespace engage {

namespace {
QString safe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                        c == QLatin1Char('-');
        out.append(ok ? c : QLatin1Char('_'));
    }
    return out;
}

QString hostPart(const QUrl &baseUrl)
{
    QString host = baseUrl.host().toLower();
    const int defaultPort = baseUrl.scheme() == QLatin1String("http") ? 80 : 443;
    if (baseUrl.port(defaultPort) != defaultPort)
        host += QStringLiteral("_%1").arg(baseUrl.port());
    return host;
}
} // namespace

QString StoreLocation::fileFor(const QString &dataDir, const QUrl &baseUrl, const QString &userId)
{
    return QDir(dataDir).filePath(
        QStringLiteral("tasks-%1-%2.sqlite").arg(safe(hostPart(baseUrl)), safe(userId.trimmed())));
}

QString StoreLocation::accountLabel(const QUrl &baseUrl, const QString &userId)
{
    return QCoreApplication::translate("StoreLocation", "%1 on %2").arg(userId, hostPart(baseUrl));
}

QString StoreLocation::legacyFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tasks.sqlite"));
}

QString StoreLocation::legacyOwner(const QString &dataDir, const QString &savedUserId)
{
    TaskStore legacy;
    if (!legacy.open(legacyFile(dataDir)))
        return savedUserId.trimmed();
    const TaskList cached = legacy.cachedTasks();
    for (const Task &t : cached) {
        if (t.userId != 0)
            return QString::number(t.userId);
    }
    return savedUserId.trimmed();
}

bool StoreLocation::adoptLegacyStore(const QString &dataDir, const QString &accountFile,
                                     const QString &userId, const QString &savedUserId,
                                     QString *error)
{
    const QString legacy = legacyFile(dataDir);
    if (!QFileInfo::exists(legacy) || QFileInfo::exists(accountFile))
        return true;
    // Its changes must go with the user id they were made under, or Gong answers 404 and they
    // would be dropped as gone.
    const QString owner = legacyOwner(dataDir, savedUserId);
    if (!owner.isEmpty() && owner != userId.trimmed()) {
        *error = QCoreApplication::translate("StoreLocation",
                                             "The task store of an earlier version (%1) belongs "
                                             "to Gong user %2; it is kept for when that account "
                                             "is opened.")
                     .arg(QDir::toNativeSeparators(legacy), owner);
        return false;
    }
    // The -wal holds committed changes not yet in the main file: it moves first, so a crash
    // between the two renames leaves a file that still opens with all of them (SQLite treats a
    // -wal without its database as absent, and the legacy file keeps its own on the next try).
    const QString wal = QStringLiteral("-wal");
    if (QFileInfo::exists(legacy + wal) && !QFile::rename(legacy + wal, accountFile + wal)) {
        *error = QCoreApplication::translate("StoreLocation",
                                             "Could not move %1 to %2; both are left as they are.")
                     .arg(legacy + wal, accountFile + wal);
        return false;
    }
    if (!QFile::rename(legacy, accountFile)) {
        QFile::rename(accountFile + wal, legacy + wal); // put it back
        *error = QCoreApplication::translate("StoreLocation",
                                             "Could not move %1 to %2; both are left as they are.")
                     .arg(legacy, accountFile);
        return false;
    }
    QFile::remove(legacy + QStringLiteral("-shm")); // rebuilt from the -wal on open
    qCInfo(lcLocation) << "the shared task store now belongs to" << accountFile;
    return true;
}

} // namespace engage
