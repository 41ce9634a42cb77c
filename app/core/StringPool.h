#pragma once

#include "core/Task.h"

#include <QSet>
#include <QString>

namespace engage {

// Makes repeated strings one shared QString. 10,000 tasks name a few hundred companies, accounts,
// opportunities, flows, steps, time zones and labels, and every copy read from Gong's JSON or the
// cache would otherwise be an allocation of its own. A pool is for one thread at a time; two
// pools on two threads at most keep two copies of a string.
class StringPool
{
public:
    // Replaces `text` by the pool's copy of it (adding it first if new).
    void share(QString &text);
    // Shares the fields that repeat from task to task; names, ids and numbers that are one
    // task's own are left alone (pooling them would only cost a lookup).
    void shareRepeated(Task &task);

private:
    void shareRepeated(Contact &contact);
    QSet<QString> m_strings;
};

} // namespace engage
