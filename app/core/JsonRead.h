#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace engage {

// Small tolerant readers for Gong's JSON, shared by the codecs of the call-session types
// (CallOutcome, FlowStep). Each one reads one key and gives "not sent" for a missing key, a null
// or a value of the wrong type, so that one odd field never costs the whole object.
class JsonRead
{
public:
    // The string, or an empty one.
    static QString text(const QJsonObject &object, QLatin1String key);
    // A positive 64-bit id, sent as a number or as a decimal string; 0 when missing or not one.
    // Numbers go through QJsonValue::toInteger(), never toDouble(): ids exceed 2^53.
    static qint64 id(const QJsonObject &object, QLatin1String key);
    // The same, for an array item (a bare value rather than an object's key).
    static qint64 id(const QJsonValue &value);
    // A whole number that fits 32 bits, sent as a number or a decimal string. A fraction, a
    // number out of range or anything else is "not sent".
    static std::optional<int> int32(const QJsonObject &object, QLatin1String key);

    // The array under `key` of a body that must be a JSON object; on failure, empty with
    // `*error` saying which of the two it was not.
    enum class ListError { None, NotAnObject, NoList };
    static QJsonArray listIn(const QByteArray &body, QLatin1String key, ListError *error);
};

} // namespace engage
