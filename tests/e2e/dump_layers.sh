#!/usr/bin/env bash
# Text dump of every layer of a GeoPackage for comparing two runs: features in fid order,
# run_info without what differs by nature between runs (timings, the thread count).
set -euo pipefail
gpkg=$1
for layer in street_segments dark_stretches incidents lamps; do
    ogrinfo -ro -q -al -geom=ISO_WKT "$gpkg" "$layer" | grep -v "^INFO: Open of"
done
ogrinfo -ro -q -sql "SELECT key, value FROM run_info WHERE key NOT LIKE 'timing.%' AND key != 'threads' ORDER BY fid" \
    "$gpkg" | grep -v "^threads = "
