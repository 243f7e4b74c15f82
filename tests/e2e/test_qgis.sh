#!/usr/bin/env bash
# Opens the sample output in headless QGIS: every layer valid, its default style really applied,
# and a rendered PNG (../shared/tools/qgis_check.py). Skipped (77) when PyQGIS is not installed.
set -euo pipefail
trygg=$1
work=$2
src=${TRYGG_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
check="$src/../shared/tools/qgis_check.py"
if ! /usr/bin/python3 -c "import qgis.core" 2>/dev/null || [ ! -f "$check" ]; then
    echo "PyQGIS or $check not available: skipped"
    exit 77
fi
rm -rf "$work" && mkdir -p "$work" && cd "$work"
"$trygg" run -q -o sample.gpkg > /dev/null
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$check" sample.gpkg sample.png
test -s sample.png
