#include "gong/GongClient.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcGong, "engage.gong", QtInfoMsg)

namespace engage {

namespace {
const char TooLargeProperty[] = "engage_tooLarge";

// Gong answers JSON objects only. Anything else that arrives with a 2xx (a Wi-Fi login page, a
// proxy's notice) is not Gong's, however it is labelled. Cheap: no parse.
bool startsLikeJsonObject(const QByteArray &body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{';
    }
    return false;
}

// Gong answered 2xx with a JSON object that does not hold what the operation returns.
ApiError unreadableAnswer(const QString &problem, const QByteArray &body)
{
    ApiError invalid;
    invalid.kind = ApiError::Kind::InvalidResponse;
    invalid.httpStatus = 200;
    invalid.detail = problem;
    invalid.requestId = TaskCodec::parseErrorBody(body).requestId;
    return invalid;
}

// An answer given without asking Gong still arrives later, through the context, like any other.
template <typename T>
void answerLater(QObject *context, std::function<void(const ApiResult<T> &)> callback,
                 ApiResult<T> result)
{
    QTimer::singleShot(0, context, [callback = std::move(callback), result = std::move(result)] {
        callback(result);
    });
}

} // namespace

GongClient::GongClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

QByteArray GongClient::userAgent()
{
    return QByteArrayLiteral("EngageTasks/" ENGAGE_VERSION " (Qt " QT_VERSION_STR ")");
}

QNetworkRequest GongClient::request(const QString &path, const QUrlQuery *query) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (query)
        url.setQuery(*query);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", m_config.credentials.authorizationHeader());
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setTransferTimeout(m_config.timeoutMs);
    // Credentials must never follow a redirect to another host.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::SameOriginRedirectPolicy);
    return req;
}

void GongClient::send(const QNetworkRequest &request, const QByteArray &verb,
                      const QByteArray &body, QObject *context,
                      std::function<void(const QByteArray &, const ApiError *)> done)
{
    if (!m_network) {
        ApiError error;
        error.kind = ApiError::Kind::Offline;
        error.neverDelivered = true;
        error.detail = tr("the network is shutting down");
        done({}, &error);
        return;
    }
    QNetworkReply *reply =
        verb == "GET" ? m_network->get(request) : m_network->sendCustomRequest(request, verb, body);
    qCDebug(lcGong) << verb << request.url().path();
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > MaxResponseBytes || total > MaxResponseBytes) {
            reply->setProperty(TooLargeProperty, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [this, reply, done = std::move(done)] {
        const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        emit requestFinished(status);
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300 &&
            startsLikeJsonObject(data)) {
            done(data, nullptr);
            return;
        }
        const ApiError error = ApiError::fromReply(
            reply, data, reply->property(TooLargeProperty).toBool() ? MaxResponseBytes : 0);
        qCInfo(lcGong).noquote() << "request failed:" << ApiError::kindName(error.kind) << status
                                 << error.requestId << error.detail;
        done(data, &error);
    });
}

QByteArray GongClient::listBody(const QString &userId, const QString &workspaceId,
                                const ListQuery &query)
{
    QJsonArray types;
    for (TaskType t : query.types)
        types.append(typeToWire(t));
    QJsonArray statuses;
    for (TaskStatus s : query.statuses)
        statuses.append(statusToWire(s));
    QJsonObject filter{{QLatin1String("userId"), userId},
                       {QLatin1String("types"), types},
                       {QLatin1String("taskAction"), QJsonArray{QStringLiteral("CALL")}},
                       {QLatin1String("status"), statuses}};
    if (!workspaceId.isEmpty())
        filter.insert(QLatin1String("workspaceId"), workspaceId);
    return QJsonDocument(QJsonObject{{QLatin1String("filter"), filter}})
        .toJson(QJsonDocument::Compact);
}

void GongClient::listTasks(const ListQuery &query, QObject *context, ListCallback callback)
{
    listTasksRaw(query, context,
                 [callback = std::move(callback)](const QByteArray &data,
                                                  const std::optional<ApiError> &error) {
                     callback(readListAnswer(data, error));
                 });
}

void GongClient::listTasksRaw(const ListQuery &query, QObject *context, RawListCallback callback)
{
    const QByteArray body = listBody(m_config.userId, m_config.workspaceId, query);
    send(request(QStringLiteral("/v2/tasks")), "POST", body, context,
         [callback = std::move(callback)](const QByteArray &data, const ApiError *error) {
             callback(data, error ? std::optional<ApiError>(*error) : std::nullopt);
         });
}

ApiResult<TaskEnvelope> GongClient::readListAnswer(const QByteArray &data,
                                                   const std::optional<ApiError> &error)
{
    ApiResult<TaskEnvelope> result;
    if (error && error->kind == ApiError::Kind::NotFound) {
        // Gong answers 404 "No tasks found" for an empty list.
        result.value.requestId = error->requestId;
    } else if (error) {
        result.error = *error;
    } else {
        QString problem;
        if (!TaskCodec::parseEnvelope(data, &result.value, &problem))
            result.error = unreadableAnswer(problem, data);
    }
    return result;
}

void GongClient::updateTask(qint64 taskId, const TaskUpdate &update, QObject *context,
                            TaskCallback callback)
{
    const QByteArray body =
        QJsonDocument(update.toJson(m_config.userId)).toJson(QJsonDocument::Compact);
    send(request(QStringLiteral("/v2/tasks/%1").arg(taskId)), "PATCH", body, context,
         [callback = std::move(callback), taskId](const QByteArray &data, const ApiError *error) {
             ApiResult<Task> result;
             if (error) {
                 result.error = *error;
                 callback(result);
                 return;
             }
             TaskEnvelope envelope;
             QString problem;
             if (TaskCodec::parseEnvelope(data, &envelope, &problem) && !envelope.tasks.isEmpty() &&
                 envelope.tasks.first().id == taskId) {
                 result.value = envelope.tasks.first();
             } else {
                 result.error = unreadableAnswer(
                     problem.isEmpty() ? tr("Gong did not send back the updated task.") : problem,
                     data);
             }
             callback(result);
         });
}

void GongClient::listCallOutcomes(QObject *context, OutcomesCallback callback)
{
    send(request(QStringLiteral("/v2/call-outcomes")), "GET", {}, context,
         [callback = std::move(callback)](const QByteArray &data, const ApiError *error) {
             ApiResult<QList<CallOutcome>> result;
             QString problem;
             if (error)
                 result.error = *error;
             else if (!CallOutcome::parseList(data, &result.value, &problem))
                 result.error = unreadableAnswer(problem, data);
             callback(result);
         });
}

QByteArray GongClient::flowStepsBody(const QList<qint64> &flowIds)
{
    QJsonArray ids;
    for (const qint64 id : flowIds)
        ids.append(QString::number(id)); // strings, as the spec says: JSON numbers lose digits
    return QJsonDocument(QJsonObject{{QLatin1String("flowIds"), ids}})
        .toJson(QJsonDocument::Compact);
}

void GongClient::listFlowSteps(const QList<qint64> &flowIds, QObject *context,
                               FlowsCallback callback)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const qint64 id : flowIds) {
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    if (ids.isEmpty()) {
        answerLater<QList<FlowInfo>>(context, std::move(callback), {});
        return;
    }
    fetchFlowSteps(ids, 0, {}, context, std::move(callback));
}

void GongClient::fetchFlowSteps(const QList<qint64> &ids, qsizetype from, QList<FlowInfo> found,
                                QObject *context, FlowsCallback callback)
{
    const qsizetype to = std::min<qsizetype>(from + MaxFlowIdsPerRequest, ids.size());
    QPointer<QObject> guard(context);
    send(request(QStringLiteral("/v2/flows/steps")), "POST",
         flowStepsBody(ids.mid(from, to - from)), context,
         [this, ids, to, found = std::move(found), guard,
          callback = std::move(callback)](const QByteArray &data, const ApiError *error) mutable {
             ApiResult<QList<FlowInfo>> result;
             QList<FlowInfo> batch;
             QString problem;
             if (error)
                 result.error = *error;
             else if (!FlowInfo::parseList(data, &batch, &problem))
                 result.error = unreadableAnswer(problem, data);
             if (result.error) {
                 callback(result);
                 return;
             }
             found.append(batch);
             if (to >= ids.size()) {
                 result.value = std::move(found);
                 callback(result);
                 return;
             }
             // The pacer may wait: neither this client nor the caller may be gone by then.
             auto next = [self = QPointer<GongClient>(this), ids, to, found = std::move(found),
                          guard, callback = std::move(callback)]() mutable {
                 if (self && guard)
                     self->fetchFlowSteps(ids, to, std::move(found), guard, std::move(callback));
             };
             if (m_pacer)
                 m_pacer(std::move(next));
             else
                 next();
         });
}

QByteArray GongClient::unassignBody(const QString &crmProspectId, qint64 flowId)
{
    QJsonObject body{{QLatin1String("crmProspectId"), crmProspectId}};
    if (flowId > 0)
        body.insert(QLatin1String("flowId"), QString::number(flowId));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void GongClient::unassignFlow(const QString &crmProspectId, qint64 flowId, QObject *context,
                              UnassignCallback callback)
{
    if (crmProspectId.trimmed().isEmpty()) {
        ApiResult<QStringList> refused;
        ApiError error;
        error.kind = ApiError::Kind::BadRequest;
        error.neverDelivered = true;
        error.detail = QCoreApplication::translate(
            "GongClient", "This contact has no CRM id, so they cannot be taken out of the flow; "
                          "nothing was sent to Gong.");
        refused.error = error;
        answerLater(context, std::move(callback), refused);
        return;
    }
    send(request(QStringLiteral("/v2/flows/prospects/unassign-flows-by-crm-id")), "POST",
         unassignBody(crmProspectId, flowId), context,
         [callback = std::move(callback)](const QByteArray &data, const ApiError *error) {
             ApiResult<QStringList> result;
             if (error) {
                 result.error = *error;
                 callback(result);
                 return;
             }
             const QJsonValue ids = QJsonDocument::fromJson(data).object().value(
                 QLatin1String("unassignedFlowInstanceIds"));
             if (!ids.isArray()) {
                 result.error = unreadableAnswer(
                     QCoreApplication::translate("GongClient",
                                                 "Gong's answer does not say which flows the "
                                                 "contact left."),
                     data);
                 callback(result);
                 return;
             }
             for (const QJsonValue id : ids.toArray()) {
                 // Strings in the spec; a number is read exactly, never through a double.
                 if (id.isString() && !id.toString().isEmpty())
                     result.value.append(id.toString());
                 else if (const qint64 n = JsonRead::id(id))
                     result.value.append(QString::number(n));
             }
             callback(result);
         });
}

void GongClient::findUserByEmail(const QString &email, QObject *context, UserCallback callback)
{
    fetchUsersPage(email.trimmed(), {}, std::nullopt, context, std::move(callback));
}

void GongClient::fetchUsersPage(const QString &email, QStringList cursors,
                                std::optional<GongUser> inactiveMatch, QObject *context,
                                UserCallback callback)
{
    const QString cursor = cursors.isEmpty() ? QString() : cursors.last();
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    QPointer<QObject> guard(context);
    send(request(QStringLiteral("/v2/users"), &query), "GET", {}, context,
         [this, email, cursors, inactiveMatch, guard,
          callback = std::move(callback)](const QByteArray &data, const ApiError *error) mutable {
             ApiResult<GongUser> result;
             if (error) {
                 result.error = *error;
                 callback(result);
                 return;
             }
             const QJsonDocument doc = QJsonDocument::fromJson(data);
             const QJsonValue users = doc.object().value(QLatin1String("users"));
             if (!doc.isObject() || !users.isArray()) {
                 result.error = unreadableAnswer(tr("Gong's user list has no users array."), data);
                 callback(result);
                 return;
             }
             for (const QJsonValue v : users.toArray()) {
                 const QJsonObject u = v.toObject();
                 QStringList addresses{u.value(QLatin1String("emailAddress")).toString(),
                                       u.value(QLatin1String("trustedEmailAddress")).toString()};
                 for (const QJsonValue alias : u.value(QLatin1String("emailAliases")).toArray())
                     addresses << alias.toString();
                 const bool match =
                     std::any_of(addresses.cbegin(), addresses.cend(), [&](const QString &a) {
                         return !a.isEmpty() && a.compare(email, Qt::CaseInsensitive) == 0;
                     });
                 if (!match)
                     continue;
                 GongUser user;
                 const QJsonValue id = u.value(QLatin1String("id"));
                 user.id = id.isString() ? id.toString() : QString::number(id.toInteger());
                 user.emailAddress = u.value(QLatin1String("emailAddress")).toString();
                 user.firstName = u.value(QLatin1String("firstName")).toString();
                 user.lastName = u.value(QLatin1String("lastName")).toString();
                 user.active = u.value(QLatin1String("active")).toBool();
                 if (user.active) {
                     result.value = user;
                     callback(result);
                     return;
                 }
                 if (!inactiveMatch)
                     inactiveMatch = user;
             }
             const QString next = doc.object()
                                      .value(QLatin1String("records"))
                                      .toObject()
                                      .value(QLatin1String("cursor"))
                                      .toString();
             if (!next.isEmpty() && guard) {
                 // Each page spends the company's rate budget: a server that repeats a cursor
                 // or never ends must not make this loop forever.
                 if (cursors.contains(next) || cursors.size() + 1 >= MaxUserPages) {
                     ApiError invalid;
                     invalid.kind = ApiError::Kind::InvalidResponse;
                     invalid.httpStatus = 200;
                     invalid.detail = cursors.contains(next)
                                          ? tr("Gong's user list sent the same page twice; the "
                                               "search was stopped.")
                                          : tr("Gong's user list did not end after %1 pages; the "
                                               "search was stopped.")
                                                .arg(MaxUserPages);
                     result.error = invalid;
                     callback(result);
                     return;
                 }
                 cursors.append(next);
                 auto send = [self = QPointer<GongClient>(this), email, cursors, inactiveMatch,
                              guard, callback = std::move(callback)]() mutable {
                     if (self && guard)
                         self->fetchUsersPage(email, cursors, inactiveMatch, guard,
                                              std::move(callback));
                 };
                 if (m_pacer)
                     m_pacer(std::move(send));
                 else
                     send();
                 return;
             }
             if (inactiveMatch) {
                 result.value = *inactiveMatch;
             } else {
                 ApiError notFound;
                 notFound.kind = ApiError::Kind::NotFound;
                 notFound.httpStatus = 200;
                 notFound.detail = tr("No Gong user has the email address %1.").arg(email);
                 result.error = notFound;
             }
             callback(result);
         });
}

} // namespace engage
