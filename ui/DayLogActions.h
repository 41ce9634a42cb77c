#pragma once

#include "core/Clock.h"
#include "sync/DayLog.h"

#include <QObject>

#include <functional>

class QWidget;

namespace engage {

class SyncEngine;

// Ctrl+L and File → Export Day Log: today's rows from the account's store, shown or written as
// CSV. The save dialog is a seam, so tests name the file.
class DayLogActions : public QObject
{
    Q_OBJECT
public:
    DayLogActions(SyncEngine *sync, const Clock &clock, QWidget *window);

    QList<DayLogRow> todaysRows() const;
    void openDialog();
    // Asks where (the seam), then writes; the notice says where it went or why not.
    void exportCsv();
    bool exportTo(const QString &path, QString *error) const;

    using PathAsker = std::function<QString(const QString &suggested)>;
    void setPathAsker(PathAsker asker) { m_askPath = std::move(asker); }

signals:
    void notice(const QString &text, bool undoable);
    void failed(const QString &text);

private:
    SyncEngine *m_sync;
    const Clock &m_clock;
    QWidget *m_window;
    PathAsker m_askPath;
};

} // namespace engage
