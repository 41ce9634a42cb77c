#include "SyncEngine.h"

namespace engage {

SyncEngine::SyncEngine(GongClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void SyncEngine::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    emit refreshStarted();
    m_client->listTasks({}, this, [this](const ApiResult<TaskEnvelope> &result) {
        m_refreshing = false;
        if (!result.ok()) {
            emit refreshFailed(*result.error);
            return;
        }
        m_tasks = result.value.tasks;
        m_lastRefreshed = QDateTime::currentDateTimeUtc();
        emit tasksReset();
        emit refreshSucceeded();
    });
}

} // namespace engage
