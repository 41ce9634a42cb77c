#!/usr/bin/env python3
"""Checks that the translations are complete and safe to ship.

For each .ts file: every message is translated and none is marked unfinished or vanished,
each plural message has all its forms, a translation keeps the source's placeholders (%1, %n)
and its HTML tags, and an accelerator (&) stays an accelerator. With --fresh DIR (where lupdate
wrote the .ts files again from today's sources) it also fails when the committed files miss a
string the code has, or keep one it no longer has: run `cmake --build build --target
update_translations` and translate what is new.

    tests/i18n/check-ts.py [--fresh DIR] resources/translations/*.ts
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:[1-9]|n|L[1-9])")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(name, message):
    return (name, message.findtext("source"), message.findtext("comment") or "")


def check(path, fresh_dir):
    problems = []
    plural_only = path.stem.endswith("_en")
    seen = set()
    for name, message in messages(path):
        source = message.findtext("source") or ""
        where = f"{path.name}: {name}: “{source[:60]}”"
        seen.add(key(name, message))
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "missing", "vanished", "obsolete"):
            problems.append(f"{where}: {kind}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{where}: an empty translation")
                continue
            want = sorted(set(PLACEHOLDER.findall(source)))
            have = sorted(set(PLACEHOLDER.findall(form)))
            if message.get("numerus") == "yes" and "%n" not in form and len(forms) > 1:
                have.append("%n")  # a singular form may spell the number out
                have = sorted(set(have))
            if want != have:
                problems.append(f"{where}: placeholders {want} became {have} in “{form[:60]}”")
            if sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
                problems.append(f"{where}: the HTML tags differ in “{form[:60]}”")
            src_amp = re.search(r"&[^&\s;]", source.replace("&amp;", "&")) is not None
            dst_amp = re.search(r"&[^&\s;]", form) is not None
            if src_amp and not dst_amp:
                problems.append(f"{where}: the accelerator (&) is missing in “{form[:60]}”")
    if fresh_dir:
        fresh_path = Path(fresh_dir) / path.name
        fresh = {key(n, m) for n, m in messages(fresh_path)}
        for name, source, _ in sorted(fresh - seen):
            problems.append(f"{path.name}: {name}: “{source[:60]}”: missing (run update_translations)")
        for name, source, _ in sorted(seen - fresh):
            problems.append(f"{path.name}: {name}: “{source[:60]}”: no longer in the code")
    if plural_only:
        return problems
    return problems


def main(argv):
    fresh_dir = None
    if len(argv) > 2 and argv[1] == "--fresh":
        fresh_dir = argv[2]
        argv = argv[:1] + argv[3:]
    problems = []
    for name in argv[1:]:
        problems += check(Path(name), fresh_dir)
    for p in problems:
        print(p)
    if problems:
        print(f"check-ts: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"check-ts: {len(argv) - 1} translation file(s) complete")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
