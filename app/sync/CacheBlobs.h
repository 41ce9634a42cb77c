#pragma once

#include "core/BlobSource.h"

#include <QHash>
#include <QMutex>
#include <QString>

class QThread;

namespace engage {

// The cached tasks' blobs, for the rows start-up read by their keys alone (TaskStore::
// readCache). On the store's own thread one row is read when its task is first shown, on the
// store's connection. Another thread (a refresh's worker, comparing every cached task with
// Gong's answer) reads them all at once on a connection of its own, and each is handed out
// from there; the store's thread then takes its rows from there too.
class CacheBlobs : public BlobSource
{
public:
    // `connection`: the store's, opened on the calling thread, to the file at `path`.
    CacheBlobs(QString path, QString connection);
    QByteArray blob(qint64 id) const override;

private:
    // Each false when its connection could not be had (the caller reads all instead, or none).
    bool readOne(qint64 id, QByteArray *out) const;
    void readAll() const; // with m_mutex held

    const QString m_path;
    const QString m_connection;
    QThread *const m_owner;
    mutable QMutex m_mutex;
    mutable bool m_allRead = false;
    mutable QHash<qint64, QByteArray> m_all; // each taken out when handed over
};

} // namespace engage
