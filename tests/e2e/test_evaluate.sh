#!/usr/bin/env bash
# `trygg evaluate` on the bundled sample: the table of the three methods, exit 0; a bad period is a
# usage error (exit 2) that names the option. Also a run with a square grid and the GeoTIFF raster.
set -euo pipefail
trygg=$1
work=$2
src=${TRYGG_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
rm -rf "$work" && mkdir -p "$work" && cd "$work"

"$trygg" evaluate "$src/gis-data/trygg.ini" --train 2023-01-01/2023-12-31 --test 2024-01-01/2024-12-31 > eval.txt
cat eval.txt
for method in "rangordning efter kärntäthet" "rangordning efter Gi\* z" "rangordning efter antal" "Gi\*-heta celler"; do
    grep -q "$method" eval.txt || { echo "FAIL: no row for $method"; exit 1; }
done
grep -q "träning 2023-01-01/2023-12-31 (309)" eval.txt || { echo "FAIL: training count"; exit 1; }
grep -q "PAI längd" eval.txt || { echo "FAIL: no PAI on street length"; exit 1; }

rc=0
"$trygg" evaluate "$src/gis-data/trygg.ini" --train 2023-13-01/2023-12-31 --test 2024-01-01/2024-12-31 \
    > /dev/null 2> err.txt || rc=$?
[ "$rc" = 2 ] || { echo "FAIL: bad --train gave exit $rc"; exit 1; }
grep -q -- "--train '2023-13-01/2023-12-31'" err.txt || { echo "FAIL: message"; cat err.txt; exit 1; }

# Square 250 m cells and the kernel-density GeoTIFF beside the output.
sed -e "s|^source = \(.*\)|source = $src/gis-data/\1|" -e "s|^\(areas\{0,1\}\) = \(.*\)|\1 = $src/gis-data/\2|" "$src/gis-data/trygg.ini" > square.ini
printf '\n[grid]\nkind = square\ncell_m = 250\n\n[hotspots]\nraster = geotiff\n' >> square.ini
"$trygg" run square.ini -q -o square.gpkg > /dev/null
test -s square_kde.tif
gdalinfo square_kde.tif | grep -q "Description = vandalism"
/usr/bin/python3 "$src/tests/e2e/check_output.py" square.gpkg --incidents
area=$(ogrinfo -ro -q -sql "SELECT MIN(area_km2) || ' ' || MAX(area_km2) FROM grid_cells" square.gpkg | sed -n 's/.* = //p')
[ "$area" = "0.0625 0.0625" ] || { echo "FAIL: square cells of 250 m have areas $area"; exit 1; }
echo "evaluate OK"
