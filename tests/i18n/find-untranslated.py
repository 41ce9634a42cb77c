#!/usr/bin/env python3
"""Finds user-visible text that is not translatable.

Scans the app's C++ sources (not the sandbox, which only serves the demo's data) for string
literals that read like words a person would see ("Your time", "Quick picks") and are not
inside tr(), translate() or a QT_TR_NOOP. Literals nobody reads pass by where they are (an
objectName, a settings key, a log line, SQL) or by the reason written after `// notr:` on their
line.

    tests/i18n/find-untranslated.py <repository>      # exit 1 with a list when any is found
"""
import pathlib
import re
import sys

FOLDERS = ["ui", "app", "app/core", "app/gong", "app/sync"]
TRANSLATING = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TR_N_NOOP",
               "QT_TRANSLATE_N_NOOP", "QT_TRANSLATE_NOOP3"}
# Calls whose string arguments nobody reads as text.
QUIET_CALLS = {
    "setObjectName", "findChild", "findChildren", "value", "setValue", "contains", "remove",
    "fromTheme", "setProperty", "property", "prepare", "exec", "bindValue", "addBindValue",
    "QSqlQuery", "fprintf", "Q_ARG", "QUrlQuery", "addQueryItem", "setRawHeader",
    "rawHeader", "QTimeZone", "fromString", "QRegularExpression", "Q_LOGGING_CATEGORY",
    "QSettings", "setStyleSheet", "QCommandLineOption", "addResultItem", "beginGroup",
    "QDBusInterface", "QDBusMessage", "createMethodCall", "connect", "QMetaObject",
    "invokeMethod", "setDesktopFileName", "setApplicationName", "setOrganizationName",
    "QIcon", "addFile", "QByteArrayLiteral", "QLatin1Char", "setToolTipDuration", "inherits", "setEnvironment", "startDetached",
    "QProcess", "start", "setAccessibleIdentifier", "toString", "fromJson", "setHeader",
    "startsWith", "endsWith", "compare", "indexOf", "replace", "split", "section", "mid",
}
QUIET_STATEMENTS = re.compile(r"^\s*(qWarning|qDebug|qInfo|qCritical|qFatal|qCDebug|qCWarning|"
                              r"qCInfo|qCCritical|static\s+const\s+char|constexpr)")
TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*|[()\[\];{}]|\S')


def reads_as_words(text):
    if re.search(r"\b(SELECT|INSERT|UPDATE|CREATE|DELETE|PRAGMA|WHERE|VALUES|ALTER|DROP)\b", text):
        return False
    if re.search(r"[{}]|\bQ[A-Z][A-Za-z]+\b|background:|padding:|color:", text):
        return False  # style sheets and SQL fragments
    prose = re.sub(r"<[^>]*>|%[0-9n]|&[a-z]+;|https?://\S+", " ", text)
    if re.search(r"[A-Za-z']{2,}\s+[A-Za-z']{2,}", prose):
        return True  # two words: a sentence or a label
    if re.match(r"\s*[A-Z][a-z]{2,}\s", prose):
        return True  # "Overdue %1m", "Today %1"
    # One word a person reads: capitalised, no inner capitals, dots or underscores.
    return bool(re.fullmatch(r"\s*&?[A-Z][a-z&]{2,}[.!?…:]?\s*", prose))


def strip_comments(source):
    """Blanks comments (keeping line breaks) so line numbers stay right."""
    out, i, n = [], 0, len(source)
    while i < n:
        c = source[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and source[j] != c and source[j] != "\n":
                j += 2 if source[j] == "\\" else 1
            out.append(source[i:j + 1])
            i = j + 1
        elif source.startswith("//", i):
            j = source.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", source[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def scan_file(path, root):
    raw = path.read_text(encoding="utf-8")
    exempt, quiet_region = set(), False
    for number, line in enumerate(raw.splitlines(), 1):
        quiet_region = (quiet_region or "// notr-begin:" in line) and "// notr-end" not in line
        if quiet_region or "// notr:" in line:
            exempt.add(number)
    code = strip_comments(raw)
    lines = code.splitlines()
    found = []
    offsets, total = [], 0
    for line in lines:
        offsets.append(total)
        total += len(line) + 1

    def line_of(pos):
        lo, hi = 0, len(offsets) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if offsets[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    stack, previous, statement_quiet = [], None, False
    pending = None  # adjacent literals form one string
    for match in TOKEN.finditer(code):
        token = match.group(0)
        if token.startswith('"'):
            text = token[1:-1]
            if pending and code[pending[3]:match.start()].strip() == "":
                pending = (pending[0], pending[1] + text, match.start(), match.end(), pending[4])
            else:
                flush(pending, found, path, root, exempt)
                quiet = statement_quiet or any(name in QUIET_CALLS for name in stack)
                translated = any(name in TRANSLATING for name in stack)
                pending = (line_of(match.start()), text, match.start(), match.end(),
                           quiet or translated)
            previous = token
            continue
        if token == "(":
            stack.append(previous if previous and re.match(r"[A-Za-z_]", previous) else "")
        elif token == ")":
            if stack:
                stack.pop()
        elif token in (";", "{", "}"):
            stack.clear()
            statement_quiet = False
        elif not stack and QUIET_STATEMENTS.match(lines[line_of(match.start()) - 1]):
            statement_quiet = True
        previous = token
    flush(pending, found, path, root, exempt)
    return found


def flush(pending, found, path, root, exempt):
    if not pending:
        return
    line, text, _, _, passes = pending
    if not passes and line not in exempt and reads_as_words(text):
        found.append(f'{path.relative_to(root)}:{line}: "{text}"')


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    found = []
    for folder in FOLDERS:
        for path in sorted((root / folder).glob("*.cpp")):
            found += scan_file(path, root)
    for item in found:
        print(item)
    if found:
        print(f"find-untranslated: {len(found)} user-visible literal(s) outside tr(); wrap "
              "them, or say why nobody reads them after // notr: on the line", file=sys.stderr)
        return 1
    print("find-untranslated: every user-visible literal is translatable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
