#pragma once

#include "core/Task.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxCalls.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <memory>

class QHttpServerResponder;

namespace engage {

// One request as the sandbox received it, for tests to inspect.
struct RecordedRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

// An answer a test wants the next request to get, instead of the normal one.
struct CannedResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    // When set, these bytes go to the socket as they are (a lying Content-Length, a cut-off body)
    // and the connection is closed.
    QByteArray raw;
};

// A Gong-compatible server on 127.0.0.1 for the demo and the tests: POST /v2/tasks,
// PATCH /v2/tasks/{taskId}, GET /v2/users and GET /v2/users/{id}, and the call session's
// GET /v2/call-outcomes, POST /v2/flows/steps and POST /v2/flows/prospects/unassign-flows-by-crm-id
// (SandboxCalls), validated the way Gong's spec says, with state, and with fault knobs (rate
// limit, failures, latency, silence, missing scopes).
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. False when it cannot listen.
    bool start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    // Credentials it accepts: Basic with this key and secret, or Bearer with this token.
    static QString demoAccessKey() { return QStringLiteral("demo-access-key"); }
    static QString demoAccessKeySecret() { return QStringLiteral("demo-secret"); }
    void setAccessKey(const QString &key, const QString &secret);
    void setBearerToken(const QString &token);

    // Data.
    void seedDemoData(const QDateTime &now, const QTimeZone &zone);
    void setTasks(const QList<Task> &tasks);
    // Someone else changes a task in Gong (another device, a manager, a workflow): its
    // `updated` stamp moves on.
    void changeElsewhere(qint64 id, const std::function<void(Task &)> &change);
    void setUsers(const QList<SandboxUser> &users);
    QList<Task> tasks() const { return m_tasks.values(); }
    std::optional<Task> task(qint64 id) const;
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }
    // The company's call outcomes (listed in this order) and flows with their steps; the demo
    // company's (DemoCalling) unless set.
    void setCallOutcomes(const QList<CallOutcome> &outcomes) { m_calls.setOutcomes(outcomes); }
    void setFlows(const QList<FlowInfo> &flows) { m_calls.setFlows(flows); }
    QList<FlowInfo> flows() const { return m_calls.flows(); }

    // Fault knobs.
    // At most `perSecond` requests in any second; the rest get 429 with Retry-After. 0: no limit.
    void setRateLimit(int perSecond, int retryAfterSeconds = 1);
    // Every Nth request (counting those not refused by the rate limit) fails with 500. 0: never.
    void setFailEveryNth(int n);
    // Answers are held back this long.
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // While true, requests are received but never answered (nor carried out).
    void setSilent(bool silent) { m_silent = silent; }
    // Carries requests out but never answers them: a PATCH applied whose answer was lost.
    void setAnswersLost(bool lost) { m_answersLost = lost; }
    // The key lacks these scopes (e.g. "api:call-outcomes:read"): the operations that need one
    // answer 403 with Gong's envelope. Scopes: api:tasks:read, api:tasks:write, api:users:read,
    // api:call-outcomes:read, api:flows:read, api:flows:write. Empty: every scope.
    void setMissingScopes(const QStringList &scopes) { m_missingScopes = scopes; }
    static QString scopeFor(const QByteArray &method, const QString &path);
    // The next requests get these answers, in order, unprocessed.
    void enqueueResponse(const CannedResponse &response);
    void enqueueError(int status, const QString &message, int retryAfterSeconds = -1);

    // The recorder: the requests received, oldest first, but only the newest recordLimit() of
    // them, so a demo that runs all day does not grow without end.
    static constexpr int DefaultRecordLimit = 1000;
    // Keeps at most `limit` requests (dropping the oldest at once); 0 turns recording off.
    void setRecordLimit(int limit);
    int recordLimit() const { return m_recordLimit; }
    QList<RecordedRequest> requests() const { return m_requests; }
    QList<RecordedRequest> patchRequests() const;
    void clearRequests() { m_requests.clear(); }
    // Every request received, recorded or not.
    qint64 receivedCount() const { return m_received; }
    int answeredCount() const { return m_answered; }
    int rateLimitedCount() const { return m_rateLimited; } // 429s given

signals:
    void requestReceived();

private:
    struct Reply {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray raw;
    };
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply route(const RecordedRequest &request);
    Reply listTasks(const RecordedRequest &request);
    Reply updateTask(const RecordedRequest &request, const QString &taskId);
    Reply listUsers(const RecordedRequest &request);
    Reply getUser(const QString &id);
    Reply answer(const SandboxCalls::Answer &answer);
    Reply error(int status, const QString &message);
    Reply json(const QByteArray &body);
    bool authorized(const RecordedRequest &request) const;
    bool rateLimited();
    QString newRequestId();
    void deliver(std::shared_ptr<QHttpServerResponder> responder, const Reply &reply);

    QHttpServer m_server;
    quint16 m_port = 0;
    QByteArray m_basic;
    QByteArray m_bearer;
    QMap<qint64, Task> m_tasks;
    QList<SandboxUser> m_users;
    SandboxCalls m_calls;
    QStringList m_missingScopes;
    std::function<QDateTime()> m_now;
    QList<RecordedRequest> m_requests; // the newest m_recordLimit
    int m_recordLimit = DefaultRecordLimit;
    qint64 m_received = 0;
    std::deque<CannedResponse> m_canned;
    std::deque<qint64> m_recentMs; // when recent requests were let through, for the rate limit
    QElapsedTimer m_clock;
    int m_ratePerSecond = 0;
    int m_retryAfter = 1;
    int m_failEveryNth = 0;
    int m_counted = 0;
    int m_latencyMs = 0;
    bool m_silent = false;
    bool m_answersLost = false;
    int m_answered = 0;
    int m_rateLimited = 0;
    quint64 m_requestSerial = 0;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held; // never answered, kept open
};

} // namespace engage

Q_DECLARE_METATYPE(engage::CannedResponse)
