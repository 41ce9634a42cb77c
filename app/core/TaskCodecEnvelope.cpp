// Reading Gong's list answer ({requestId, tasks[], crmType}): task by task on every core, or, for
// a body the scan is not sure of, as one document.
#include "core/JsonArrayScan.h"
#include "core/Parallel.h"
#include "core/StringPool.h"
#include "core/TaskCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <atomic>
#include <vector>

namespace engage {

// The whole body as one document: slower and bigger, but it words what is wrong with it.
static bool parseWhole(const QByteArray &body, TaskEnvelope *envelope, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("TaskCodec",
                                             "Gong's answer is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("TaskCodec", "Gong's answer is not a JSON object.");
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue tasks = root.value(QLatin1String("tasks"));
    if (!tasks.isArray()) {
        *error = QCoreApplication::translate("TaskCodec", "Gong's answer has no task list.");
        return false;
    }
    envelope->requestId = root.value(QLatin1String("requestId")).toString();
    envelope->crmType = root.value(QLatin1String("crmType")).toString();
    envelope->tasks.clear();
    const QJsonArray array = tasks.toArray();
    envelope->tasks.reserve(array.size());
    for (const QJsonValue t : array) {
        // A task without an id cannot be acted on; drop it rather than show a dead row.
        if (!t.isObject())
            continue;
        Task task = TaskCodec::taskFromJson(t.toObject());
        if (task.id != 0)
            envelope->tasks.append(std::move(task));
    }
    return true;
}

// Each task on its own, on every core, with repeated strings shared. False when the body is not
// plainly well formed: parseWhole then reads it again, and says why it fails if it does.
static bool parseSliced(const QByteArray &body, TaskEnvelope *envelope)
{
    const std::optional<JsonArrayScan> scan = JsonArrayScan::scan(body, QLatin1String("tasks"));
    if (!scan)
        return false;
    QJsonParseError parseError;
    const QJsonDocument rest = QJsonDocument::fromJson(scan->rest, &parseError);
    if (parseError.error != QJsonParseError::NoError || !rest.isObject())
        return false;
    const qsizetype n = scan->items.size();
    std::vector<std::optional<Task>> tasks(static_cast<size_t>(n));
    std::atomic<bool> ok = true;
    parallelFor(n, 500, [&](qsizetype from, qsizetype to) {
        StringPool pool;
        for (qsizetype i = from; i < to && ok; ++i) {
            const QByteArrayView item = scan->items.at(i);
            if (item.front() != '{' && item.front() != '[')
                continue; // a scalar where a task should be: skipped, like the whole parse does
            QJsonParseError e;
            const QJsonDocument doc =
                QJsonDocument::fromJson(QByteArray::fromRawData(item.data(), item.size()), &e);
            if (e.error != QJsonParseError::NoError) {
                ok = false;
                return;
            }
            if (!doc.isObject())
                continue;
            Task task = TaskCodec::taskFromJson(doc.object());
            pool.shareRepeated(task);
            tasks[static_cast<size_t>(i)] = std::move(task);
        }
    });
    if (!ok)
        return false;
    const QJsonObject root = rest.object();
    envelope->requestId = root.value(QLatin1String("requestId")).toString();
    envelope->crmType = root.value(QLatin1String("crmType")).toString();
    envelope->tasks.clear();
    envelope->tasks.reserve(n);
    for (std::optional<Task> &t : tasks) {
        // A task without an id cannot be acted on; drop it rather than show a dead row.
        if (t && t->id != 0)
            envelope->tasks.append(std::move(*t));
    }
    return true;
}

bool TaskCodec::parseEnvelope(const QByteArray &body, TaskEnvelope *envelope, QString *error)
{
    return parseSliced(body, envelope) || parseWhole(body, envelope, error);
}

} // namespace engage
