#include "app/FolderLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace engage {

namespace {
bool sameFile(int fd, const QByteArray &path)
{
    struct stat held = {};
    struct stat named = {};
    return ::fstat(fd, &held) == 0 && ::stat(path.constData(), &named) == 0 &&
           held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}
} // namespace

FolderLock::FolderLock(QString path)
    : m_path(std::move(path))
{}

FolderLock::~FolderLock()
{
    if (m_fd < 0)
        return;
    // Removed while still held: a start that opens the name from now on makes a new file.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
}

FolderLock::Result FolderLock::tryLock()
{
    if (m_fd >= 0)
        return Result::Locked;
    const QByteArray path = QFile::encodeName(m_path);
    // The holder may remove the file between our open and our flock: then the lock we got is on
    // a file no later start will find, so open the name again.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return Result::Failed;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            return error == EWOULDBLOCK ? Result::HeldByOther : Result::Failed;
        }
        if (!sameFile(fd, path)) {
            ::close(fd);
            continue;
        }
        const QByteArray holder =
            QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
            QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n' +
            QSysInfo::machineHostName().toUtf8() + '\n';
        if (::ftruncate(fd, 0) != 0 ||
            ::write(fd, holder.constData(), size_t(holder.size())) != holder.size()) {
            ::unlink(path.constData());
            ::close(fd);
            return Result::Failed;
        }
        m_fd = fd;
        return Result::Locked;
    }
    return Result::Failed; // the file keeps being replaced
}

} // namespace engage
