#pragma once

#include <QString>
#include <QUrl>

namespace engage {

// Where an account's store lives: one SQLite file per Gong host and user id, as Nextcloud keeps
// one sync journal per account, so that one account's unsent changes can never be sent with
// another's user id.
class StoreLocation
{
public:
    // "tasks-api.gong.io-1234567890.sqlite" in dataDir; a port other than the scheme's default
    // is part of the name. Characters outside [A-Za-z0-9.-] become '_'.
    static QString fileFor(const QString &dataDir, const QUrl &baseUrl, const QString &userId);
    // A short label for the window: "1234567890 on api.gong.io".
    static QString accountLabel(const QUrl &baseUrl, const QString &userId);

    // Versions before 0.2 kept every account in one tasks.sqlite. It is taken over (with its
    // -wal), once, by the account it belongs to: the user id its cached tasks carry, else the
    // last one saved in Settings (`savedUserId`), the id the old version sent with. Another
    // account leaves it alone (`*error` then says whose it is). False only when it could not be
    // moved, or belongs to another account.
    static bool adoptLegacyStore(const QString &dataDir, const QString &accountFile,
                                 const QString &userId, const QString &savedUserId, QString *error);
    // Whose the legacy store is, as above; empty when it cannot tell.
    static QString legacyOwner(const QString &dataDir, const QString &savedUserId);
    static QString legacyFile(const QString &dataDir);
};

} // namespace engage
