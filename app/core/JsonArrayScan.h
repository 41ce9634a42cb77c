#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>
#include <QList>

#include <optional>

namespace engage {

// Finds the elements of one array member of a JSON object's text without parsing them, so that
// 10,000 tasks can be parsed one by one, on several cores, instead of as one 10 MB document (which
// costs both time and, while it lives, several times the text in memory). It checks only the
// structure between the elements; each element is left to a real parser. Anything it is not sure
// of (an escaped or repeated key, a bare word that is not JSON) answers nullopt, and the caller
// parses the whole text as before, which also words the error.
struct JsonArrayScan {
    QList<QByteArrayView> items; // each element's text, in order (views into the scanned text)
    QByteArray rest;             // the object with that array emptied: {"requestId":"x","tasks":[]}

    static std::optional<JsonArrayScan> scan(QByteArrayView json, QLatin1String key);
};

} // namespace engage
