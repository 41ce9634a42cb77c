#include "sync/StoreError.h"

#include <QCoreApplication>
#include <QDir>

namespace engage {

StoreError::Kind StoreError::kindForCode(const QString &nativeCode)
{
    bool ok = false;
    const int code = nativeCode.toInt(&ok) & 0xff; // the primary code of an extended one
    if (!ok)
        return Kind::Other;
    switch (code) {
    case 13: // SQLITE_FULL
        return Kind::DiskFull;
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return Kind::ReadOnly;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Kind::Io;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Kind::Busy;
    default:
        return Kind::Other;
    }
}

StoreError::Kind StoreError::kindForText(const QString &text)
{
    if (text.contains(QLatin1String("disk is full")))
        return Kind::DiskFull;
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return Kind::ReadOnly;
    if (text.contains(QLatin1String("I/O error")))
        return Kind::Io;
    if (text.contains(QLatin1String("locked")))
        return Kind::Busy;
    return Kind::Other;
}

QString StoreError::userMessage() const
{
    const QString where = QDir::toNativeSeparators(folder);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DiskFull:
        return QCoreApplication::translate(
                   "StoreError",
                   "There is no space left on the disk that holds %1. Free some space there, then "
                   "try again.")
            .arg(where);
    case Kind::ReadOnly:
        return QCoreApplication::translate(
                   "StoreError",
                   "The folder %1 cannot be written to. Check that the disk is not read-only and "
                   "that the folder and its files belong to you, then try again.")
            .arg(where);
    case Kind::Io:
        return QCoreApplication::translate(
                   "StoreError",
                   "The disk that holds %1 reported an error (%2). Check the disk, then try again.")
            .arg(where, detail);
    case Kind::Busy:
        return QCoreApplication::translate(
                   "StoreError",
                   "Another program is using the task store in %1. Close it, then try again.")
            .arg(where);
    case Kind::Other:
        return QCoreApplication::translate("StoreError",
                                           "The task store in %1 could not be written (%2).")
            .arg(where, detail);
    }
    return detail;
}

} // namespace engage
