#!/usr/bin/env bash
# Opens the sample output in headless QGIS: every layer valid, its default style really applied,
# and a rendered PNG (tools/qgis_check.py). Skipped (77) when PyQGIS is not installed, unless
# TRYGG_REQUIRE_QGIS=1 (tools/test sets it: there, a missing QGIS is a failure).
set -euo pipefail
trygg=$1
work=$2
src=${TRYGG_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
check="$src/tools/qgis_check.py"
if [ ! -f "$check" ]; then
    echo "$check not found" >&2
    exit 1
fi
if ! /usr/bin/python3 -c "import qgis.core" 2>/dev/null; then
    if [ "${TRYGG_REQUIRE_QGIS:-0}" = 1 ]; then
        echo "PyQGIS is not installed and TRYGG_REQUIRE_QGIS=1" >&2
        exit 1
    fi
    echo "PyQGIS not installed: skipped"
    exit 77
fi
rm -rf "$work" && mkdir -p "$work" && cd "$work"
"$trygg" run -q -o sample.gpkg > /dev/null
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$check" sample.gpkg sample.png
test -s sample.png
# The measure register and measure_effects with their styles: a first run with a register, three
# measures done, a second run.
"$trygg" run -q -o reg1.gpkg --register register.gpkg > /dev/null
ogrinfo -q register.gpkg -sql "UPDATE measures SET status = 'genomförd', done_on = '2024-01-01' WHERE measure_id <= 3" > /dev/null
"$trygg" run -q -o reg2.gpkg --register register.gpkg > /dev/null
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$check" reg2.gpkg reg2.png
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$check" register.gpkg register.png
