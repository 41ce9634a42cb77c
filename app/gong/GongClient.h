#pragma once

#include "core/CallOutcome.h"
#include "core/FlowStep.h"
#include "core/TaskCodec.h"
#include "core/TaskUpdate.h"
#include "gong/ApiError.h"
#include "gong/GongConfig.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace engage {

// What one call gave: a value, or the error that stopped it.
template <typename T> struct ApiResult {
    T value{};
    std::optional<ApiError> error;
    bool ok() const { return !error.has_value(); }
};

// The rep's Gong user, as GET /v2/users describes them.
struct GongUser {
    QString id;
    QString emailAddress;
    QString firstName;
    QString lastName;
    bool active = false;
};

// Talks to Gong's task, user, call-outcome and flow endpoints over an injected
// QNetworkAccessManager. Each call answers once, through its callback, on the context's thread;
// if the context is destroyed first, the answer is dropped.
class GongClient : public QObject
{
    Q_OBJECT
public:
    // Bodies larger than this are refused: no task list comes near it.
    static constexpr qint64 MaxResponseBytes = 64LL * 1024 * 1024;
    // GET /v2/users pages at 100 users: 200 pages is a company of 20,000.
    static constexpr int MaxUserPages = 200;

    explicit GongClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setConfig(const GongConfig &config) { m_config = config; }
    const GongConfig &config() const { return m_config; }

    struct ListQuery {
        QList<TaskType> types{TaskType::Flow, TaskType::Manual};
        QList<TaskStatus> statuses{TaskStatus::Open};
    };
    using ListCallback = std::function<void(const ApiResult<TaskEnvelope> &)>;
    using TaskCallback = std::function<void(const ApiResult<Task> &)>;
    using UserCallback = std::function<void(const ApiResult<GongUser> &)>;

    // POST /v2/tasks. A 404 ("No tasks found") is an empty list.
    void listTasks(const ListQuery &query, QObject *context, ListCallback callback);
    // The same request, answered with the body as it came (or the error) unread: the caller
    // reads it with readListAnswer(), on whichever thread it likes.
    using RawListCallback =
        std::function<void(const QByteArray &data, const std::optional<ApiError> &error)>;
    void listTasksRaw(const ListQuery &query, QObject *context, RawListCallback callback);
    // What listTasks() answers for that body or error. Pure: safe on any thread.
    static ApiResult<TaskEnvelope> readListAnswer(const QByteArray &data,
                                                  const std::optional<ApiError> &error);
    // PATCH /v2/tasks/{taskId}; the answer is the updated task (tasks[0]).
    void updateTask(qint64 taskId, const TaskUpdate &update, QObject *context,
                    TaskCallback callback);
    // Called before each request for a further page of users (or a further batch of flow ids),
    // with what sends it: so the pages go at the company's rate (the caller's RateLimiter), not as
    // fast as they answer.
    using Pacer = std::function<void(std::function<void()> send)>;
    void setPacer(Pacer pacer) { m_pacer = std::move(pacer); }
    // Pages through GET /v2/users; matches address, aliases and trusted address, ignoring case,
    // and prefers an active user.
    void findUserByEmail(const QString &email, QObject *context, UserCallback callback);

    // The call session's operations. Each answers once, like the ones above; every failure is an
    // ApiError read by the same rule (a 404 or 403 is Gong's only with Gong's envelope).
    using OutcomesCallback = std::function<void(const ApiResult<QList<CallOutcome>> &)>;
    using FlowsCallback = std::function<void(const ApiResult<QList<FlowInfo>> &)>;
    using UnassignCallback = std::function<void(const ApiResult<QStringList> &)>;

    // GET /v2/call-outcomes: the company's outcomes, sorted by displayOrder. A key without
    // api:call-outcomes:read gets Gong's 403 (Kind::Forbidden): the caller falls back on its
    // cache or CallOutcome::gongDefaults(), as it does for any other failure.
    void listCallOutcomes(QObject *context, OutcomesCallback callback);

    // Gong takes at most this many flow ids in one POST /v2/flows/steps.
    static constexpr int MaxFlowIdsPerRequest = 20;
    // POST /v2/flows/steps: the flows with their steps (the call scripts). The ids go as strings;
    // duplicates and ids below 1 are left out. A longer list goes as several requests, one after
    // the other, each one after the first through the pacer (setPacer), combined in order into
    // one answer; the first failure ends it and is the answer. Gong's 404 means one or more of
    // the ids is unknown to Gong, without saying which: ask per flow to find it. No ids: an
    // empty list, without a request.
    void listFlowSteps(const QList<qint64> &flowIds, QObject *context, FlowsCallback callback);

    // POST /v2/flows/prospects/unassign-flows-by-crm-id: takes the prospect (a task's
    // contact.crmId) out of one flow, its id sent as a string, or with flowId 0 out of every
    // flow. The value is Gong's unassignedFlowInstanceIds (empty: they were in none of them).
    // An empty crmProspectId is refused here, as Gong would refuse it (Kind::BadRequest, never
    // sent).
    void unassignFlow(const QString &crmProspectId, qint64 flowId, QObject *context,
                      UnassignCallback callback);

    static QByteArray userAgent();
    static QByteArray listBody(const QString &userId, const QString &workspaceId,
                               const ListQuery &query);
    static QByteArray flowStepsBody(const QList<qint64> &flowIds);
    static QByteArray unassignBody(const QString &crmProspectId, qint64 flowId);

signals:
    // Every answer that came back, for the status bar's count of calls today.
    void requestFinished(int httpStatus);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery *query = nullptr) const;
    // Sends and calls `done` with the body or the error, once.
    void send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
              QObject *context, std::function<void(const QByteArray &, const ApiError *)> done);
    // `cursors`: every cursor followed so far, the last one to fetch now.
    void fetchUsersPage(const QString &email, QStringList cursors,
                        std::optional<GongUser> inactiveMatch, QObject *context,
                        UserCallback callback);
    // Sends ids[from, from + MaxFlowIdsPerRequest), then the rest, adding to `found`.
    void fetchFlowSteps(const QList<qint64> &ids, qsizetype from, QList<FlowInfo> found,
                        QObject *context, FlowsCallback callback);

    QPointer<QNetworkAccessManager> m_network;
    GongConfig m_config;
    Pacer m_pacer;
};

} // namespace engage
