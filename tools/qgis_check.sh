#!/bin/sh
# Open a trygg GeoPackage headless in QGIS, check that every layer is valid and that its
# default style from layer_styles really applies, and render all layers to a PNG.
# Usage: tools/qgis_check.sh OUT.gpkg [OUT.png]
# Runs tools/qgis_check.py beside it; needs Debian's qgis and python3-qgis. Exit 0 when all is
# well, 1 when a check fails, 77 when PyQGIS is not installed.
set -eu
if [ $# -lt 1 ]; then
    echo "usage: $0 GPKG [PNG]" >&2
    exit 2
fi
check="$(dirname "$0")/qgis_check.py"
if [ ! -f "$check" ]; then
    echo "$0: $check not found" >&2
    exit 1
fi
if ! /usr/bin/python3 -c "import qgis.core" 2>/dev/null; then
    echo "$0: PyQGIS is not installed (tools/setup --tests installs it)" >&2
    exit 77
fi
export QT_QPA_PLATFORM=offscreen
exec /usr/bin/python3 "$check" "$@"
