#!/usr/bin/env bash
# render-report.sh — render the demo territory's HTML report to PNG screenshots in headless Chromium,
# to look at the report as a browser shows it. A developer tool: CI does not run it.
#
# Usage:  territories/tools/render-report.sh [MONTH] [OUT_DIR] [-- REPORT_OPTIONS…]
#         MONTH    the month to plan and report (default 2026-12)
#         OUT_DIR  where report.html and the PNGs go (default /tmp/territory-report)
#         after --, more `territory report` options, e.g. -- --territory /tmp/d20 --plan /tmp/p20/plan.json --manager M01
#
# Needs:  the Swift toolchain, and Debian's Chromium with CJK fonts, and poppler for the page images:
#           apt-get update && apt-get install -y chromium fonts-noto-cjk poppler-utils
#         (without fonts-noto-cjk the Chinese text renders as boxes in a bare container;
#          the report names a font stack that includes common CJK fonts and works without them).
# Env:    LANG_OPT=en for English labels; ITERATIONS=N for solver effort (default: the plan default);
#         SCRATCH=DIR for the SwiftPM scratch path (default .build-report); WIDTH, HEIGHT of the window.
#
#         PAGES=N printed pages rendered to PNG (default 4).
#
# Writes: OUT_DIR/report.html, OUT_DIR/report.png (top of the page, WIDTH×HEIGHT), OUT_DIR/report-phone.png
#         (390 px wide, as a phone shows it), OUT_DIR/report-print.pdf (the A4 print layout, each rep on new
#         pages) and, with pdftoppm, OUT_DIR/page-1.png … of its first PAGES pages.
set -euo pipefail

month="2026-12"
out="/tmp/territory-report"
if [[ $# -gt 0 && "$1" != "--" ]]; then month="$1"; shift; fi
if [[ $# -gt 0 && "$1" != "--" ]]; then out="$1"; shift; fi
if [[ $# -gt 0 && "$1" == "--" ]]; then shift; fi
extra=("$@")
root="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="${SCRATCH:-.build-report}"
width="${WIDTH:-1400}"
height="${HEIGHT:-4000}"
lang="${LANG_OPT:-zh}"

cd "$root"
swift build --scratch-path "$scratch" --product territory >&2
bin="$(swift build --scratch-path "$scratch" --product territory --show-bin-path)/territory"

mkdir -p "$out"
args=(report --out "$out/report.html" --lang "$lang")
# --plan names its month; --month would only have to agree with it.
if [[ " ${extra[*]-} " != *" --plan "* ]]; then args+=(--month "$month"); fi
if [[ -n "${ITERATIONS:-}" ]]; then args+=(--iterations "$ITERATIONS"); fi
args+=("${extra[@]}")
"$bin" "${args[@]}"

chrome="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$chrome" ]]; then
  echo "error: no Chromium found; install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk" >&2
  exit 69
fi
common=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
        --disable-background-networking --virtual-time-budget=2000)
"$chrome" "${common[@]}" --window-size="$width,$height" --screenshot="$out/report.png" "file://$out/report.html" >&2
"$chrome" "${common[@]}" --window-size=390,2400 --screenshot="$out/report-phone.png" "file://$out/report.html" >&2
"$chrome" "${common[@]}" --no-pdf-header-footer --print-to-pdf="$out/report-print.pdf" "file://$out/report.html" >&2
echo "$out/report.png"
echo "$out/report-phone.png"
echo "$out/report-print.pdf"
if command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 60 -f 1 -l "${PAGES:-4}" "$out/report-print.pdf" "$out/page"
  ls "$out"/page-*.png
fi
