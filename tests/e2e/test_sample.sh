#!/usr/bin/env bash
# End to end on the bundled sample: run twice, validate with GDAL's GeoPackage validator,
# check the output contract, compare the two runs, and read it back with `trygg info`.
set -euo pipefail
trygg=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work" && cd "$work"
export SOURCE_DATE_EPOCH=1735689600 # 2025-01-01T00:00:00Z: pinned timestamps

"$trygg" run -q -o run1.gpkg > run1.txt
"$trygg" run -q --threads 1 -o run2.gpkg > run2.txt
grep -q "skrev .*run1.gpkg" run1.txt

/usr/bin/python3 -m osgeo_utils.samples.validate_gpkg --extra --warning-as-error run1.gpkg
/usr/bin/python3 "$here/check_output.py" run1.gpkg --incidents --lamps --surroundings

# Same inputs, same output, whatever the thread count.
bash "$here/dump_layers.sh" run1.gpkg > run1.dump
bash "$here/dump_layers.sh" run2.gpkg > run2.dump
if ! cmp -s run1.dump run2.dump; then
    diff run1.dump run2.dump | head -20
    echo "FAIL: two runs differ"
    exit 1
fi

# The sample's incidents are synthetic and the output says so.
ogrinfo -ro -q -sql "SELECT value FROM run_info WHERE key = 'note'" run1.gpkg | grep -q SYNTETISKA

"$trygg" info run1.gpkg > info.txt
grep -q "street_segments" info.txt
echo "sample run OK"
