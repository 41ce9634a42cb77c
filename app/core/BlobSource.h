#pragma once

#include <QByteArray>

namespace engage {

// Where a cached task's binary form (TaskBinary) is, until its task is first shown: start-up
// reads only the keys of 10,000 rows, and each row's blob when the row is decoded.
class BlobSource
{
public:
    virtual ~BlobSource() = default;
    // The blob of task `id`; empty when it cannot be read. Safe from any thread.
    virtual QByteArray blob(qint64 id) const = 0;
};

} // namespace engage
