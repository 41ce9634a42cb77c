#pragma once

#include "core/Task.h"

#include <QByteArray>
#include <QJsonObject>

namespace engage {

// Gong's list/update answer: {requestId, tasks[], crmType}.
struct TaskEnvelope {
    QString requestId;
    QList<Task> tasks;
    QString crmType;
};

// Gong's error body: {requestId, errors[]}.
struct ErrorBody {
    QString requestId;
    QStringList errors;
    // The body is Gong's envelope: a JSON object with a string requestId and an errors array.
    // Only then may a 404 be read as Gong's "not found".
    bool isGong = false;
};

// Reads and writes Gong's task JSON. Reading is tolerant: every field is optional, null counts
// as missing, unknown keys are ignored and a field of the wrong type is skipped. Only a body that
// is not a JSON object or lacks the tasks array is an error, so that an empty list always means
// the server said "no tasks".
class TaskCodec
{
public:
    static Task taskFromJson(const QJsonObject &object);
    static QJsonObject taskToJson(const Task &task);

    // Returns false and fills *error (a sentence for the user) when the body cannot be read.
    static bool parseEnvelope(const QByteArray &body, TaskEnvelope *envelope, QString *error);
    static QByteArray envelopeToJson(const TaskEnvelope &envelope);

    // Best effort: an empty ErrorBody when the body is not Gong's error shape.
    static ErrorBody parseErrorBody(const QByteArray &body);
    static QByteArray errorBodyToJson(const ErrorBody &error);

    // ISO-8601 with Z or an offset, in; UTC "yyyy-MM-ddTHH:mm:ssZ" without milliseconds, out.
    static QDateTime parseDateTime(const QString &text);
    static QString formatDateTime(const QDateTime &dateTime);
};

} // namespace engage
