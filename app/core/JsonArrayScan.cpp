#include "core/JsonArrayScan.h"

namespace engage {

namespace {

// A cursor over the text; every step returns false on text it cannot vouch for.
struct Scanner {
    QByteArrayView s;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    char peek() const { return atEnd() ? '\0' : s.at(i); }

    void skipSpace()
    {
        while (!atEnd() &&
               (s.at(i) == ' ' || s.at(i) == '\n' || s.at(i) == '\r' || s.at(i) == '\t'))
            ++i;
    }

    bool expect(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++i;
        return true;
    }

    // At an opening quote: moves past the closing one. *escaped says whether a backslash was met.
    bool skipString(bool *escaped = nullptr)
    {
        if (peek() != '"')
            return false;
        for (++i; !atEnd(); ++i) {
            const char c = s.at(i);
            if (c == '\\') {
                if (escaped)
                    *escaped = true;
                ++i; // the escaped character, whatever it is, is not the end
            } else if (c == '"') {
                ++i;
                return true;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return false; // a control character may not stand in a string
            }
        }
        return false;
    }

    // An object or array: to its matching bracket, strings skipped whole. The content is for the
    // element's parser to judge.
    bool skipNested()
    {
        int depth = 0;
        while (!atEnd()) {
            const char c = s.at(i);
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++i;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return true;
            }
        }
        return false;
    }

    // true, false, null or a number: only the characters they are made of.
    bool skipScalar()
    {
        const qsizetype from = i;
        while (!atEnd()) {
            const char c = s.at(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '+' ||
                  c == '.' || c == 'E'))
                break;
            ++i;
        }
        const QByteArrayView word = s.sliced(from, i - from);
        if (word == "true" || word == "false" || word == "null")
            return true;
        if (word.isEmpty())
            return false;
        for (const char c : word) {
            if (c >= 'a' && c <= 'z' && c != 'e')
                return false;
        }
        return true;
    }

    bool skipValue()
    {
        skipSpace();
        switch (peek()) {
        case '"':
            return skipString();
        case '{':
        case '[':
            return skipNested();
        default:
            return skipScalar();
        }
    }
};

} // namespace

std::optional<JsonArrayScan> JsonArrayScan::scan(QByteArrayView json, QLatin1String key)
{
    Scanner in{json};
    if (!in.expect('{'))
        return std::nullopt;
    JsonArrayScan out;
    qsizetype open = -1, close = -1;
    in.skipSpace();
    if (in.peek() == '}')
        return std::nullopt; // no such member: the whole parse says so
    for (;;) {
        in.skipSpace();
        const qsizetype keyStart = in.i;
        bool escaped = false;
        if (!in.skipString(&escaped) || escaped)
            return std::nullopt;
        const bool isKey = json.sliced(keyStart + 1, in.i - keyStart - 2) ==
                           QByteArrayView(key.data(), key.size());
        if (!in.expect(':'))
            return std::nullopt;
        in.skipSpace();
        if (isKey) {
            if (open >= 0 || in.peek() != '[')
                return std::nullopt; // twice, or not an array
            open = in.i++;
            in.skipSpace();
            if (in.peek() != ']') {
                for (;;) {
                    in.skipSpace();
                    const qsizetype from = in.i;
                    if (!in.skipValue())
                        return std::nullopt;
                    out.items.append(json.sliced(from, in.i - from));
                    in.skipSpace();
                    if (in.peek() == ']')
                        break;
                    if (!in.expect(','))
                        return std::nullopt;
                }
            }
            close = in.i++;
        } else if (!in.skipValue()) {
            return std::nullopt;
        }
        in.skipSpace();
        if (in.peek() == '}')
            break;
        if (!in.expect(','))
            return std::nullopt;
    }
    ++in.i;
    in.skipSpace();
    if (!in.atEnd() || open < 0)
        return std::nullopt;
    out.rest = json.first(open + 1).toByteArray() + json.sliced(close).toByteArray();
    return out;
}

} // namespace engage
