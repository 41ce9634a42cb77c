#include "core/JsonRead.h"

#include <QJsonDocument>

#include <QJsonValue>

#include <limits>

namespace engage {

namespace {
// A JSON number that is a whole qint64. toInteger() gives its default for a fraction or a
// number outside qint64, so two different defaults tell "whole" from "not".
std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble() || v.toInteger(0) != v.toInteger(1))
        return std::nullopt;
    return v.toInteger();
}

std::optional<qint64> decimalString(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}
} // namespace

QString JsonRead::text(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    return v.isString() ? v.toString() : QString();
}

qint64 JsonRead::id(const QJsonValue &v)
{
    std::optional<qint64> n = wholeNumber(v);
    if (!n)
        n = decimalString(v);
    return n && *n > 0 ? *n : 0;
}

qint64 JsonRead::id(const QJsonObject &object, QLatin1String key)
{
    return id(object.value(key));
}

std::optional<int> JsonRead::int32(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    std::optional<qint64> n = wholeNumber(v);
    if (!n)
        n = decimalString(v);
    if (!n || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*n);
}

QJsonArray JsonRead::listIn(const QByteArray &body, QLatin1String key, ListError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = ListError::NotAnObject;
        return {};
    }
    const QJsonValue list = doc.object().value(key);
    *error = list.isArray() ? ListError::None : ListError::NoList;
    return list.toArray();
}

} // namespace engage
