#!/usr/bin/env bash
# render-report.sh — render the demo territory's HTML report to PNG screenshots in headless Chromium,
# to look at the report as a browser shows it. A developer tool: CI does not run it.
#
# Usage:  territories/tools/render-report.sh [MONTH] [OUT_DIR]
#         MONTH    the month to plan and report (default 2026-12)
#         OUT_DIR  where report.html and the PNGs go (default /tmp/territory-report)
#
# Needs:  the Swift toolchain, and Debian's Chromium with CJK fonts:
#           apt-get update && apt-get install -y chromium fonts-noto-cjk
#         (without fonts-noto-cjk the Chinese text renders as boxes in a bare container;
#          the report names a font stack that includes common CJK fonts and works without them).
# Env:    LANG_OPT=en for English labels; ITERATIONS=N for solver effort (default: the plan default);
#         SCRATCH=DIR for the SwiftPM scratch path (default .build-report); WIDTH, HEIGHT of the window.
#
# Writes: OUT_DIR/report.html, OUT_DIR/report.png (top of the page, WIDTH×HEIGHT) and
#         OUT_DIR/report-print.pdf (the print layout, one rep per page group).
set -euo pipefail

month="${1:-2026-12}"
out="${2:-/tmp/territory-report}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="${SCRATCH:-.build-report}"
width="${WIDTH:-1400}"
height="${HEIGHT:-4000}"
lang="${LANG_OPT:-zh}"

cd "$root"
swift build --scratch-path "$scratch" --product territory >&2
bin="$(swift build --scratch-path "$scratch" --product territory --show-bin-path)/territory"

mkdir -p "$out"
args=(report --month "$month" --out "$out/report.html" --lang "$lang")
if [[ -n "${ITERATIONS:-}" ]]; then args+=(--iterations "$ITERATIONS"); fi
"$bin" "${args[@]}"

chrome="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$chrome" ]]; then
  echo "error: no Chromium found; install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk" >&2
  exit 69
fi
common=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
        --disable-background-networking --virtual-time-budget=2000)
"$chrome" "${common[@]}" --window-size="$width,$height" --screenshot="$out/report.png" "file://$out/report.html" >&2
"$chrome" "${common[@]}" --no-pdf-header-footer --print-to-pdf="$out/report-print.pdf" "file://$out/report.html" >&2
echo "$out/report.png"
echo "$out/report-print.pdf"
