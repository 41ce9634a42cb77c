#pragma once

#include "GongClient.h"

#include <QDateTime>
#include <QObject>

namespace engage {

// Keeps the rep's task list in step with Gong. The UI reads what it holds and listens for
// changes; it never talks to GongClient itself.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(GongClient *client, QObject *parent = nullptr);

    const QList<Task> &tasks() const { return m_tasks; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    bool isRefreshing() const { return m_refreshing; }

public slots:
    void refresh();

signals:
    void tasksReset();
    void refreshStarted();
    void refreshFailed(const engage::ApiError &error);
    void refreshSucceeded();

private:
    GongClient *m_client;
    QList<Task> m_tasks;
    QDateTime m_lastRefreshed;
    bool m_refreshing = false;
};

} // namespace engage
