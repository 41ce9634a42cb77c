#!/bin/sh
# Renders the SVG master icon to the PNG sizes hicolor wants. Run after editing the SVG; the
# PNGs are committed so that building needs no image tools.
set -eu
cd "$(dirname "$0")/../resources/icons"
SVG=io.github.engagetasks.EngageTasks.svg
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "$size"
  # Render at the target density (the SVG is 256 px) rather than scaling a bitmap.
  convert -background none -density $((72 * size / 256 + 1)) "$SVG" -resize "${size}x${size}" \
    "PNG32:$size/io.github.engagetasks.EngageTasks.png"
done
