#!/usr/bin/env bash
# Opens the sample output in headless QGIS: every layer valid, its default style really applied,
# and a rendered PNG (tools/qgis_check.py); the project inside in Swedish and in English
# (tests/e2e/check_qgis_project.py). Skipped (77) when PyQGIS is not installed, unless
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
# The project inside, as a planner opens it: Swedish group names and layer titles by default
# (check_qgis_project.py expects Swedish unless told --lang en), English with --lang en; the
# styles of both languages load.
project="$src/tests/e2e/check_qgis_project.py"
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$project" sample.gpkg trygg > project_sv.txt ||
    { cat project_sv.txt; exit 1; }
"$trygg" --lang en run -q -o sample_en.gpkg > /dev/null
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$check" sample_en.gpkg sample_en.png
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$project" --lang en sample_en.gpkg trygg > project_en.txt ||
    { cat project_en.txt; exit 1; }
# The measure register and measure_effects with their styles: a first run with a register, three
# measures done, a second run.
"$trygg" run -q -o reg1.gpkg --register register.gpkg > /dev/null
ogrinfo -q register.gpkg -sql "UPDATE measures SET status = 'genomförd', done_on = '2024-01-01' WHERE measure_id <= 3" > /dev/null
"$trygg" run -q -o reg2.gpkg --register register.gpkg > /dev/null
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$check" reg2.gpkg reg2.png
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$check" register.gpkg register.png
