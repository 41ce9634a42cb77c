#pragma once

#include <QString>

namespace engage {

// Why the local store could not take a write, in words the rep can act on.
struct StoreError {
    enum class Kind {
        None,
        DiskFull, // SQLITE_FULL: no space left where the data folder is
        ReadOnly, // the file or its folder cannot be written
        Io,       // the disk failed to read or write
        Busy,     // another program holds the file
        Other,
    };
    Kind kind = Kind::None;
    QString detail; // SQLite's own text, for support
    QString folder; // the data folder, so the rep knows where to make room

    bool isError() const { return kind != Kind::None; }
    // "There is no space left on the disk that holds /home/…/engage-tasks. Free some space
    // there, then try again." — what went wrong and how to fix it.
    QString userMessage() const;
    // From SQLite's (extended) result code, as QSqlError::nativeErrorCode() gives it.
    static Kind kindForCode(const QString &nativeCode);
    // From SQLite's message, where a driver passed no code on.
    static Kind kindForText(const QString &text);
};

} // namespace engage
