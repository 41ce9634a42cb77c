#include "sandbox/SandboxServer.h"

#include "core/TaskCodec.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace engage {

namespace {
constexpr int UsersPageSize = 100;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

// The keys a JSON object may hold; anything else is "unknown field", as Gong's validator says.
QString unknownKey(const QJsonObject &object, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

// Checks an array of strings from an enum; returns the complaint or an empty string.
QString checkEnumArray(const QJsonObject &object, const QString &key, const QStringList &values)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("filter.%1 is required").arg(key);
    if (!v.isArray())
        return QStringLiteral("filter.%1 must be an array").arg(key);
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString() || !values.contains(item.toString()))
            return QStringLiteral("filter.%1 has an invalid value; allowed: %2")
                .arg(key, values.join(QStringLiteral(", ")));
    }
    return {};
}

QJsonObject userToJson(const SandboxUser &u)
{
    return QJsonObject{{QLatin1String("id"), u.id},
                       {QLatin1String("emailAddress"), u.emailAddress},
                       {QLatin1String("emailAliases"), QJsonArray::fromStringList(u.emailAliases)},
                       {QLatin1String("firstName"), u.firstName},
                       {QLatin1String("lastName"), u.lastName},
                       {QLatin1String("title"), u.title},
                       {QLatin1String("active"), u.active}};
}
} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setAccessKey(demoAccessKey(), demoAccessKeySecret());
    m_users = DemoData::users();
    m_clock.start();
    // One dispatcher for every path, so that answers can be delayed or withheld.
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(quint16 port)
{
    m_port = m_server.listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void SandboxServer::setAccessKey(const QString &key, const QString &secret)
{
    m_basic = QByteArrayLiteral("Basic ") + (key + QLatin1Char(':') + secret).toUtf8().toBase64();
}

void SandboxServer::setBearerToken(const QString &token)
{
    m_bearer = token.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + token.toUtf8();
}

void SandboxServer::seedDemoData(const QDateTime &now, const QTimeZone &zone)
{
    setTasks(DemoData::tasks(now, zone));
}

void SandboxServer::setTasks(const QList<Task> &tasks)
{
    m_calls.forgetRemovals();
    m_tasks.clear();
    for (const Task &t : tasks)
        m_tasks.insert(t.id, t);
}

void SandboxServer::changeElsewhere(qint64 id, const std::function<void(Task &)> &change)
{
    auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return;
    change(*it);
    // Later than anything the app saw: Gong's stamps move forward.
    it->updated = std::max(m_now().toUTC(), it->updated.addSecs(1));
}

void SandboxServer::setUsers(const QList<SandboxUser> &users)
{
    m_users = users;
}

std::optional<Task> SandboxServer::task(qint64 id) const
{
    const auto it = m_tasks.constFind(id);
    return it == m_tasks.cend() ? std::nullopt : std::optional<Task>(*it);
}

void SandboxServer::setRateLimit(int perSecond, int retryAfterSeconds)
{
    m_ratePerSecond = perSecond;
    m_retryAfter = retryAfterSeconds;
    m_recentMs.clear();
}

void SandboxServer::setFailEveryNth(int n)
{
    m_failEveryNth = n;
    m_counted = 0;
}

void SandboxServer::enqueueResponse(const CannedResponse &response)
{
    m_canned.push_back(response);
}

void SandboxServer::enqueueError(int status, const QString &message, int retryAfterSeconds)
{
    CannedResponse r;
    r.status = status;
    r.body = TaskCodec::errorBodyToJson({newRequestId(), {message}});
    if (retryAfterSeconds >= 0)
        r.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    m_canned.push_back(r);
}

void SandboxServer::setRecordLimit(int limit)
{
    m_recordLimit = std::max(0, limit);
    if (m_requests.size() > m_recordLimit)
        m_requests.remove(0, m_requests.size() - m_recordLimit);
}

QList<RecordedRequest> SandboxServer::patchRequests() const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_requests) {
        if (r.method == "PATCH")
            out.append(r);
    }
    return out;
}

QString SandboxServer::newRequestId()
{
    // Gong's look: 19 lower-case base-36 characters.
    const quint64 mixed = (++m_requestSerial) * 0x9E3779B97F4A7C15ULL;
    return QString::number(mixed, 36).rightJustified(19, QLatin1Char('0')).left(19);
}

void SandboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.query = request.query();
    recorded.headers = request.headers();
    recorded.body = request.body();
    ++m_received;
    if (m_recordLimit > 0) {
        if (m_requests.size() >= m_recordLimit)
            m_requests.remove(0, m_requests.size() - m_recordLimit + 1);
        m_requests.append(recorded);
    }
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    emit requestReceived();

    if (m_silent || m_answersLost) {
        if (m_answersLost)
            (void)route(recorded);
        m_held.push_back(held);
        return;
    }
    Reply reply;
    if (!m_canned.empty()) {
        const CannedResponse canned = m_canned.front();
        m_canned.pop_front();
        reply = {canned.status, canned.body, canned.contentType, canned.headers, canned.raw};
    } else if (rateLimited()) {
        reply = error(429, QStringLiteral("API request limit exceeded"));
        ++m_rateLimited;
        reply.headers.append({"Retry-After", QByteArray::number(m_retryAfter)});
    } else if (m_failEveryNth > 0 && ++m_counted % m_failEveryNth == 0) {
        reply = error(500, QStringLiteral("Internal server error occurred"));
    } else {
        reply = route(recorded);
    }
    if (m_latencyMs > 0) {
        // The socket dies with the connection; the responder would keep a dangling pointer.
        const QPointer<QTcpSocket> socket = held->socket();
        QTimer::singleShot(m_latencyMs, this, [this, held, reply, socket] {
            if (socket)
                deliver(held, reply);
        });
    } else {
        deliver(held, reply);
    }
}

void SandboxServer::deliver(std::shared_ptr<QHttpServerResponder> responder, const Reply &reply)
{
    // The client may have given up and closed the connection meanwhile.
    if (!responder->socket() || responder->socket()->state() != QAbstractSocket::ConnectedState)
        return;
    if (!reply.raw.isEmpty()) {
        responder->socket()->write(reply.raw);
        responder->socket()->flush();
        responder->socket()->disconnectFromHost();
        ++m_answered;
        return;
    }
    responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder->writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &h : reply.headers)
        responder->writeHeader(h.first, h.second);
    responder->writeHeader(QByteArrayLiteral("Content-Length"),
                           QByteArray::number(reply.body.size()));
    responder->writeBody(reply.body);
    ++m_answered;
}

bool SandboxServer::rateLimited()
{
    if (m_ratePerSecond <= 0)
        return false;
    const qint64 nowMs = m_clock.elapsed();
    while (!m_recentMs.empty() && nowMs - m_recentMs.front() >= 1000)
        m_recentMs.pop_front();
    if (static_cast<int>(m_recentMs.size()) >= m_ratePerSecond)
        return true;
    m_recentMs.push_back(nowMs);
    return false;
}

bool SandboxServer::authorized(const RecordedRequest &request) const
{
    const QByteArray auth = request.header("Authorization");
    return !auth.isEmpty() && (auth == m_basic || (!m_bearer.isEmpty() && auth == m_bearer));
}

SandboxServer::Reply SandboxServer::error(int status, const QString &message)
{
    return {status,
            TaskCodec::errorBodyToJson({newRequestId(), {message}}),
            "application/json",
            {},
            {}};
}

SandboxServer::Reply SandboxServer::answer(const SandboxCalls::Answer &answer)
{
    if (answer.status != 200)
        return error(answer.status, answer.error);
    QJsonObject body{{QLatin1String("requestId"), newRequestId()}};
    for (auto it = answer.body.begin(); it != answer.body.end(); ++it)
        body.insert(it.key(), it.value());
    return json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString SandboxServer::scopeFor(const QByteArray &method, const QString &path)
{
    if (path == QLatin1String("/v2/tasks"))
        return QStringLiteral("api:tasks:read");
    if (path.startsWith(QLatin1String("/v2/tasks/")))
        return QStringLiteral("api:tasks:write");
    if (path == QLatin1String("/v2/users") || path.startsWith(QLatin1String("/v2/users/")))
        return QStringLiteral("api:users:read");
    if (path == QLatin1String("/v2/call-outcomes"))
        return QStringLiteral("api:call-outcomes:read");
    if (path == QLatin1String("/v2/flows/steps"))
        return QStringLiteral("api:flows:read");
    if (path.startsWith(QLatin1String("/v2/flows/prospects/")))
        return method == "GET" ? QStringLiteral("api:flows:read")
                               : QStringLiteral("api:flows:write");
    return {};
}

SandboxServer::Reply SandboxServer::json(const QByteArray &body)
{
    return {200, body, "application/json", {}, {}};
}

SandboxServer::Reply SandboxServer::route(const RecordedRequest &request)
{
    if (!authorized(request))
        return error(401, QStringLiteral("Unauthorized: invalid or missing credentials"));
    if (const QString scope = scopeFor(request.method, request.path);
        !scope.isEmpty() && m_missingScopes.contains(scope))
        return error(
            403, QStringLiteral("Access denied: this key does not have the scope %1").arg(scope));
    const QString path = request.path;
    const QString tasksPrefix = QStringLiteral("/v2/tasks/");
    const QString usersPrefix = QStringLiteral("/v2/users/");
    if (path == QLatin1String("/v2/tasks") && request.method == "POST")
        return listTasks(request);
    if (path.startsWith(tasksPrefix) && request.method == "PATCH")
        return updateTask(request, path.mid(tasksPrefix.size()));
    if (path == QLatin1String("/v2/users") && request.method == "GET")
        return listUsers(request);
    if (path.startsWith(usersPrefix) && request.method == "GET")
        return getUser(path.mid(usersPrefix.size()));
    if (path == QLatin1String("/v2/call-outcomes") && request.method == "GET")
        return answer(m_calls.listOutcomes());
    if (path == QLatin1String("/v2/flows/steps") && request.method == "POST")
        return answer(m_calls.flowSteps(request.body));
    if (path == QLatin1String("/v2/flows/prospects/unassign-flows-by-crm-id") &&
        request.method == "POST")
        return answer(m_calls.unassign(request.body, m_tasks, m_now(), m_users));
    return error(
        404,
        QStringLiteral("No such endpoint: %1 %2").arg(QString::fromLatin1(request.method), path));
}

SandboxServer::Reply SandboxServer::listTasks(const RecordedRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return error(400, QStringLiteral("Malformed request: the body is not a JSON object"));
    const QJsonObject root = doc.object();
    if (const QString key = unknownKey(root, {QStringLiteral("filter")}); !key.isEmpty())
        return error(400, QStringLiteral("Unrecognized field: %1").arg(key));
    const QJsonValue filterValue = root.value(QLatin1String("filter"));
    if (!filterValue.isObject())
        return error(400, QStringLiteral("filter is required"));
    const QJsonObject filter = filterValue.toObject();
    if (const QString key =
            unknownKey(filter, {QStringLiteral("userId"), QStringLiteral("workspaceId"),
                                QStringLiteral("types"), QStringLiteral("taskAction"),
                                QStringLiteral("status")});
        !key.isEmpty())
        return error(400, QStringLiteral("Unrecognized field: filter.%1").arg(key));
    const QJsonValue userId = filter.value(QLatin1String("userId"));
    if (!userId.isString() || userId.toString().isEmpty())
        return error(400, QStringLiteral("filter.userId is required and must be a string"));
    if (filter.contains(QLatin1String("workspaceId")) &&
        !filter.value(QLatin1String("workspaceId")).isString())
        return error(400, QStringLiteral("filter.workspaceId must be a string"));
    for (const auto &[key, values] :
         {std::pair{QStringLiteral("types"),
                    QStringList{QStringLiteral("FLOW"), QStringLiteral("MANUAL")}},
          std::pair{QStringLiteral("taskAction"), QStringList{QStringLiteral("CALL")}},
          std::pair{QStringLiteral("status"),
                    QStringList{QStringLiteral("OPEN"), QStringLiteral("DONE"),
                                QStringLiteral("DISMISSED")}}}) {
        if (const QString problem = checkEnumArray(filter, key, values); !problem.isEmpty())
            return error(400, problem);
    }
    QList<TaskType> types;
    for (const QJsonValue t : filter.value(QLatin1String("types")).toArray())
        types.append(typeFromWire(t.toString()));
    QList<TaskStatus> statuses;
    for (const QJsonValue s : filter.value(QLatin1String("status")).toArray())
        statuses.append(statusFromWire(s.toString()));

    TaskEnvelope envelope;
    envelope.requestId = newRequestId();
    envelope.crmType = QStringLiteral("SALESFORCE");
    const qint64 owner = userId.toString().toLongLong();
    for (const Task &t : std::as_const(m_tasks)) {
        if (t.userId == owner && types.contains(t.type) && statuses.contains(t.status))
            envelope.tasks.append(t);
    }
    return json(TaskCodec::envelopeToJson(envelope));
}

SandboxServer::Reply SandboxServer::updateTask(const RecordedRequest &request,
                                               const QString &taskId)
{
    bool isNumber = false;
    const qint64 id = taskId.toLongLong(&isNumber);
    if (!isNumber)
        return error(400, QStringLiteral("taskId must be an integer"));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return error(400, QStringLiteral("Malformed request: the body is not a JSON object"));
    const QJsonObject body = doc.object();
    if (const QString key =
            unknownKey(body, {QStringLiteral("userId"), QStringLiteral("status"),
                              QStringLiteral("dueDate"), QStringLiteral("priority")});
        !key.isEmpty())
        return error(400, QStringLiteral("Unrecognized field: %1").arg(key));
    const QJsonValue userId = body.value(QLatin1String("userId"));
    if (!userId.isString() || userId.toString().isEmpty())
        return error(400, QStringLiteral("userId is required and must be a string"));
    std::optional<TaskStatus> status;
    if (body.contains(QLatin1String("status"))) {
        const TaskStatus s = statusFromWire(body.value(QLatin1String("status")).toString());
        if (s == TaskStatus::Unknown)
            return error(400, QStringLiteral("status must be one of OPEN, DONE, DISMISSED"));
        status = s;
    }
    QDateTime due;
    if (body.contains(QLatin1String("dueDate"))) {
        due = TaskCodec::parseDateTime(body.value(QLatin1String("dueDate")).toString());
        if (!due.isValid())
            return error(400,
                         QStringLiteral("dueDate must be an ISO-8601 date-time with a time zone"));
    }
    if (body.contains(QLatin1String("priority")) &&
        !body.value(QLatin1String("priority")).isString())
        return error(400, QStringLiteral("priority must be a string"));

    auto it = m_tasks.find(id);
    if (it == m_tasks.end() || it->userId != userId.toString().toLongLong())
        return error(404, QStringLiteral("TaskId not found"));
    if (status)
        it->status = *status;
    if (due.isValid())
        it->dueDate = due;
    it->updated = m_now().toUTC();
    return json(TaskCodec::envelopeToJson({newRequestId(), {*it}, QStringLiteral("SALESFORCE")}));
}

SandboxServer::Reply SandboxServer::listUsers(const RecordedRequest &request)
{
    int offset = 0;
    const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        bool ok = false;
        offset = QString::fromLatin1(QByteArray::fromBase64(cursor.toLatin1()))
                     .section(QLatin1Char(':'), 1)
                     .toInt(&ok);
        if (!ok || offset <= 0 || offset >= m_users.size())
            return error(400, QStringLiteral("Invalid cursor"));
    }
    QJsonArray users;
    const int end = std::min<int>(offset + UsersPageSize, static_cast<int>(m_users.size()));
    for (int i = offset; i < end; ++i)
        users.append(userToJson(m_users.at(i)));
    QJsonObject records{{QLatin1String("totalRecords"), static_cast<int>(m_users.size())},
                        {QLatin1String("currentPageSize"), static_cast<int>(users.size())},
                        {QLatin1String("currentPageNumber"), offset / UsersPageSize}};
    if (end < m_users.size()) {
        const QByteArray next = QByteArrayLiteral("users:") + QByteArray::number(end);
        records.insert(QLatin1String("cursor"), QString::fromLatin1(next.toBase64()));
    }
    return json(QJsonDocument(QJsonObject{{QLatin1String("requestId"), newRequestId()},
                                          {QLatin1String("records"), records},
                                          {QLatin1String("users"), users}})
                    .toJson(QJsonDocument::Compact));
}

SandboxServer::Reply SandboxServer::getUser(const QString &id)
{
    for (const SandboxUser &u : std::as_const(m_users)) {
        if (u.id == id)
            return json(QJsonDocument(QJsonObject{{QLatin1String("requestId"), newRequestId()},
                                                  {QLatin1String("user"), userToJson(u)}})
                            .toJson(QJsonDocument::Compact));
    }
    return error(404, QStringLiteral("User not found"));
}

} // namespace engage
