#pragma once

#include "core/Clock.h"
#include "core/FlowExpiry.h"

#include <QObject>

#include <functional>

class QWidget;

namespace engage {

class SyncEngine;
struct Task;

// Asks before a reschedule moves a flow to-do past its expiry (R, the reschedule dialog,
// Shift+R): once it expires, Gong drops the contact from the flow. The question goes through a
// seam tests answer; the default asks in a message box.
class ExpiryGuard : public QObject
{
    Q_OBJECT
public:
    // True: move them anyway.
    using Asker = std::function<bool(const QString &question)>;

    ExpiryGuard(SyncEngine *sync, const Clock &clock, QWidget *window);

    void setExpiry(const FlowExpiry &expiry) { m_expiry = expiry; }
    const FlowExpiry &expiry() const { return m_expiry; }
    void setAsker(Asker asker) { m_asker = std::move(asker); }

    // Whether moving these tasks to `due` may go ahead: none of them would pass its expiry, or
    // the rep said so when asked (once for all of them).
    bool mayMove(const QList<qint64> &taskIds, const QDateTime &due) const;
    // "This flow to-do expires on Mon 14 Dec; moving it past then drops Jon Snow from the flow
    // in Gong. Move it anyway?"; for several, how many.
    QString question(const QList<Task> &passing) const;

private:
    SyncEngine *m_sync;
    const Clock &m_clock;
    FlowExpiry m_expiry;
    Asker m_asker;
};

} // namespace engage
