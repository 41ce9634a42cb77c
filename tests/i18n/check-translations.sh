#!/bin/sh
# Fails when a user-visible literal is not translatable, or when a translation file misses a
# string of today's code, keeps one it no longer has, or has an unfinished entry.
#   tests/i18n/check-translations.sh <repository> <lupdate>
set -eu
repo=$1
lupdate=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$repo/tests/i18n/find-untranslated.py" "$repo"

# lupdate again from today's sources into copies: what it adds is missing, what it drops is gone.
cp "$repo"/resources/translations/*.ts "$tmp"/
sources=""
for folder in ui app app/core app/gong app/sync; do
    sources="$sources $(ls "$repo/$folder"/*.cpp "$repo/$folder"/*.h)"
done
# shellcheck disable=SC2086 # the list is split on purpose
"$lupdate" -silent -no-obsolete -locations none $sources -I "$repo" -I "$repo/app" \
    -ts "$tmp/engage-tasks_de.ts" "$tmp/engage-tasks_fr.ts" 2>/dev/null
# shellcheck disable=SC2086
"$lupdate" -silent -no-obsolete -locations none -pluralonly $sources -I "$repo" -I "$repo/app" \
    -ts "$tmp/engage-tasks_en.ts" 2>/dev/null
python3 "$repo/tests/i18n/check-ts.py" --fresh "$tmp" "$repo"/resources/translations/*.ts
