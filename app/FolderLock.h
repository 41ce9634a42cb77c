#pragma once

#include <QString>

namespace engage {

// A lock file the kernel lets go of when its process ends, however it ends (flock): a lock left
// by a killed run is free at once, with no process ids to judge. It names its holder as
// QLockFile did (pid, program, host), so an older build started beside this one sees a live
// holder, and it skips QLockFile's flush to disk, which cost 3.5 ms of every start.
class FolderLock
{
public:
    enum class Result { Locked, HeldByOther, Failed };

    explicit FolderLock(QString path);
    ~FolderLock(); // removes the file, then lets go of it
    FolderLock(const FolderLock &) = delete;
    FolderLock &operator=(const FolderLock &) = delete;

    Result tryLock();

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace engage
